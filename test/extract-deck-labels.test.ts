/**
 * Labels a presenting official would stumble on, seen on drafted decks of real reports (test/corpus), each fixed
 * as a rule of the genre: a town or the countryside alone is a part of the measure before (城市涨幅 → 城市居民消费价格
 * 涨幅); a count after a span of years names the noun after it (地区生产总值十亿级台阶, not 地区生产总值); the things counted end
 * before 中 and the place held among them; a list of industries before 等 may be long.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string, asOf = '2015年') => extractFigures(text, { asOf }).map((f) => [f.value, f.label]);

describe('a town or the countryside alone, after a measure', () => {
  it('is a part of that measure (甘肃 2015 公报)', () => {
    expect(labels('物价:全年居民消费价格总水平比上年上涨1.6%,其中城市上涨1.4%,农村上涨1.8%。全省商品零售价格比上年上涨1.0%。')).toEqual(
      expect.arrayContaining([
        ['1.4', '城市居民消费价格涨幅'],
        ['1.8', '农村居民消费价格涨幅'],
      ]),
    );
  });

  it('is so without the place the whole is of (新华社 2005, china.zjol.com.cn)', () => {
    expect(labels('1月份,中国居民消费价格总水平比去年同月上涨1.9%,其中城市上涨1.4%,农村上涨2.8%。', '2005年1月')).toEqual(
      expect.arrayContaining([
        ['1.4', '城市居民消费价格涨幅'],
        ['2.8', '农村居民消费价格涨幅'],
      ]),
    );
  });

  it('is left alone when it names its own measure', () => {
    expect(labels('全年城镇居民人均可支配收入增长8%。')).toEqual([['8', '城镇居民人均可支配收入增速']]);
  });
});

describe('a count after a span of years', () => {
  it('is of the noun after it, and the rate after still of the subject before (陵川 2025)', () => {
    expect(
      labels('预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;规模以上工业增加值增长16%。', '2025年'),
    ).toEqual(
      expect.arrayContaining([
        ['87.4', '地区生产总值'],
        ['3', '地区生产总值十亿级台阶'],
        ['8', '地区生产总值年均增速'],
      ]),
    );
  });
});

describe('the things a count counts', () => {
  it('end before 中 and the place held among them (杭州 2011)', () => {
    expect(
      labels(
        '从全国看,2011年1-11月,我市规模以上工业销售产值在全国15个副省级城市中位居第四,省会城市排名第三,全国中心城市中排名第九。',
        '2011年1-11月',
      ),
    ).toEqual(expect.arrayContaining([['15', '副省级城市']]));
    expect(labels('我市规模以上工业增加值在全国15个副省级城市中排名第五。')).toEqual(expect.arrayContaining([['15', '副省级城市']]));
  });
});

describe('a long list of industries before 等', () => {
  it('is no part of the class it names, nor is how the class fares (广西 2016, traditional)', () => {
    const [f] = labels(
      '其中,航空航太器及設備製造業、資訊化學品製造業、電腦及辦公設備製造業、醫療儀器設備及儀器儀錶製造業、電子及通信設備製造業、醫藥製造業等高技術六大産業發展態勢良好,全部實現增長,增速高於規模以上工業增速0.1個百分點,比重同比提高。',
      '2016年1-2月',
    );
    expect(f).toEqual(['0.1', '高技術六大産業增速高於規模以上工業增速']);
  });
});

describe('a bracket of the kinds of place counted', () => {
  it('is read whole (梅州 2023, traditional; 保定 2021): 縣(市、區), not 縣(市', () => {
    expect(labels('8個縣(市、區)中,正增長的有豐順縣(37.8%)、五華縣(29.2%)等6個縣(市、區)。', '2023年1-8月')).toEqual(
      expect.arrayContaining([
        ['8', '縣(市、區)'],
        ['6', '縣(市、區)'],
      ]),
    );
    expect(labels('1-7月,22个县(市、区)规上工业增加值同比均实现正增长。其中,4个县(市、区)增速超过30%。', '2021年1-7月')).toEqual(
      expect.arrayContaining([
        ['22', '县(市、区)'],
        ['4', '县(市、区)'],
      ]),
    );
  });
});

describe('a name picked out with its rate in brackets', () => {
  // test/corpus/meizhou-2023-08-industry-traditional.txt: the counties' bars of two measures, 规上工业增加值 and 工业投资,
  // both read "大埔縣增速" (3.6% and 233.1%) on the drafted deck.
  it('is a part of the measure whose rate the paragraph gave before (梅州 2023 1-8月)', () => {
    const got = labels(
      '1-8月,全市完成工業投資87.14億元,同比增長13.4%,增速在全省排名第15位。正增長的有大埔縣(233.1%)、五華縣(76.2%)、蕉嶺縣(42.3%)等3個縣;負增長的有豐順縣(-20.4%)、梅縣區(-38.3%)等2個縣(市、區)。',
      '2023年1-8月',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['233.1', '大埔縣工業投資增速'],
        ['76.2', '五華縣工業投資增速'],
        ['42.3', '蕉嶺縣工業投資增速'],
        ['-20.4', '豐順縣工業投資增速'],
        ['-38.3', '梅縣區工業投資增速'],
      ]),
    );
  });

  it('of a group of industries, takes only its measure; the name after 和 is its own (梅州 2023 1-8月)', () => {
    const got = labels(
      '1-8月,五大支柱產業實現增加值159.61億元(占規上工業比重84.1%),同比增長6.7%,增速比1-7月回落0.6個百分點,拉動全市規上工業增長5.7個百分點。正增長的有電力(20.6%)、電子信息(13.0%)和機電製造(7.6%)等3個產業,負增長的有煙草(-0.4%)、建材(-2.9%)等2個產業。',
      '2023年1-8月',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['20.6', '電力增加值增速'],
        ['13.0', '電子信息增加值增速'],
        ['7.6', '機電製造增加值增速'],
        ['-0.4', '煙草增加值增速'],
      ]),
    );
  });

  it('of another month of the same report (梅州 2023 1-7月, m.ljsggw.cn): 技改投资', () => {
    const got = labels(
      '1-7月,全市技改投资完成16.13亿元,同比下降2.5%,增速在全省排名第17位。正增长的有大埔县(2000.3%)、蕉岭县(381.3%)、五华县(239.7%)、兴宁市(29.9%)、丰顺县(4.2%)等5个县(市);负增长的有平远县(-8.5%)、梅江区(-50.6%)、梅县区(-78.4%)等3个县(区)。',
      '2023年1-7月',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['2000.3', '大埔县技改投资增速'],
        ['-78.4', '梅县区技改投资增速'],
      ]),
    );
  });

  it('keeps its own name where the paragraph gave no rate before (梅州 2023 1-8月)', () => {
    const got = labels(
      '8個縣(市、區)中,正增長的有豐順縣(37.8%)、五華縣(29.2%)、梅縣區(19.1%)等3個縣(市、區);負增長的是平遠縣(-13.8%),降幅比1-7月收窄1.6個百分點。',
      '2023年1-8月',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['37.8', '豐順縣增速'],
        ['-13.8', '平遠縣增速'],
      ]),
    );
  });
});

describe('the noun a count counts', () => {
  // test/corpus/yichang-2025-industry.txt: a card read "化工园顺利 6个".
  it('ends before how its verb went (宜昌 2025)', () => {
    expect(labels('6个化工园顺利通过新一轮复核认定。', '2025年')).toEqual([['6', '化工园']]);
    expect(labels('全市3家企业成功入选国家级专精特新“小巨人”企业。', '2025年')).toEqual([['3', '企业']]);
  });
});

describe('a class of goods whose price fell', () => {
  // test/corpus/alashan-2022-bulletin-traditional.txt: "衣著類增速 −1.2%" was charted beside the economy's growth, as 增速.
  it('among classes whose prices rose is a price rate too (阿拉善盟 2022 公报)', () => {
    expect(
      labels(
        '全年居民消费价格比上年上涨1.9%。分类别看,食品烟酒类上涨1.1%、衣着类下降1.2%、居住类上涨3.9%、生活用品及服务类下降0.1%。',
        '2022年',
      ),
    ).toEqual([
      ['1.9', '居民消费价格涨幅'],
      ['1.1', '食品烟酒类涨幅'],
      ['1.2', '衣着类涨幅'],
      ['3.9', '居住类涨幅'],
      ['0.1', '生活用品及服务类涨幅'],
    ]);
  });

  it('is left a growth rate where no price rose before it', () => {
    expect(labels('限额以上单位中,粮油食品类增长5.1%、石油及制品类下降2.3%。', '2022年')).toEqual([
      ['5.1', '粮油食品类增速'],
      ['2.3', '石油及制品类增速'],
    ]);
  });
});

describe("a property's superlative before 的", () => {
  // test/corpus/hainan-2023-h1-industry.txt: 制造业's 20.6% was labelled 工业增加值占GDP比重占比最大的制造业增速, and its bar read
  // 工业增加值占GDP比重占比 20.6%, beside the share's own 10.8%.
  it('picks out the subject, no property of the one before (海南 2023 上半年)', () => {
    expect(
      labels(
        '上半年工业增加值373亿元,同比增长17.8%,工业增加值占GDP比重为10.8%,比去年同期提高0.5个百分点。从工业三大门类来看,占比最大的制造业同比增长20.6%;采矿业同比增长7.8%。',
        '2023年上半年',
      ),
    ).toEqual(expect.arrayContaining([['20.6', '制造业增速']]));
    // ("增速最快的是…": a superlative before 是, not before a name, is left as it was.)
    expect(labels('全省工业增加值增长8%,增速最快的行业增长20%。', '2023年')).toEqual(expect.arrayContaining([['20', '行业增速']]));
  });
});

describe('a rate that grew or fell after a share named by its measure', () => {
  // test/corpus/dawukou-2022-05-industry.txt: 17.1% was labelled 制造业增加值占我区规上工业增加值比重增速 and drafted as a bar
  // "制造业增加值占我区规上工业增加值比重 17.1%", beside the share's own 66.4%.
  it("is the measure's, and so is the pull after it (大武口区 2022 1-5月)", () => {
    expect(labels('1-5月,制造业增加值占我区规上工业增加值比重为66.4%,同比增长17.1%,拉动规上工业增速9.9个百分点。', '2022年1-5月')).toEqual([
      ['66.4', '制造业增加值占我区规上工业增加值比重'],
      ['17.1', '制造业增加值增速'],
      ['9.9', '制造业增加值拉动规上工业增速变化'],
    ]);
  });

  it("leaves the share's own change in points the share's (泉州 2022)", () => {
    expect(labels('全市高新技术产业增加值占规模以上工业增加值的比重为24.5%,比上年同期提高1.2个百分点。', '2022年')).toEqual([
      ['24.5', '高新技术产业增加值占规模以上工业增加值的比重'],
      ['1.2', '高新技术产业增加值占规模以上工业增加值的比重变化'],
    ]);
  });
});
