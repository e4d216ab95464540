/**
 * Figures written without digits, as reports write them: 翻番 and 翻两番 (a multiple), 千亿/万亿 reached or crossed (a
 * threshold), a place 第N位 (a rank), and Chinese numerals (八成, 两批, 逾四万亿元). Each is one pattern of the
 * extractor's tokens (tokens.ts' SPECIAL_RE); a piece of it broken drops the figure from the review table, or
 * puts one there that the report does not state (翻番目标, 第3批, 千亿级). Sentences from test/corpus unless said.
 * From the survivors of the mutation run of part extract-tokens (issue 26).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { cnDecimal, cnInteger } from '../src/shared/extract/units';

/** Each figure as [value as written, number, unit, qualifier]. */
const read = (text: string) => extractFigures(text).map((f) => [f.value, f.number, f.unit, f.qualifier]);

describe('翻番: a multiple', () => {
  it('翻了一番 and 翻两番, with and without 了; 翻番 alone', () => {
    expect(read('完成产值4658.41亿元，较2014年翻了一番。')).toEqual([
      ['4658.41', 4658.41, '亿元', null],
      ['翻了一番', 2, '倍', null],
    ]);
    expect(read('到2020年实现地区生产总值比2010年翻两番。')).toEqual([['翻两番', 4, '倍', null]]);
    expect(read('翻三番，翻了四番。').map((f) => f[1])).toEqual([8, 16]);
    expect(read('社会消费品零售总额翻番，人均消费突破两万元。')).toEqual([
      ['翻番', 2, '倍', null],
      ['两', 2, '万元', '突破'],
    ]);
  });

  it('翻了一番多 keeps its 多', () => {
    expect(read('全年经济总量翻了一番多。')).toEqual([['翻了一番', 2, '倍', '多']]);
  });

  it('翻番目标, 翻番计划 name a goal, not a figure', () => {
    expect(read('力争实现翻番目标，完成翻番计划。')).toEqual([]);
  });
});

describe('千亿, 万亿: a threshold', () => {
  it('before 元, 台阶 or 大关', () => {
    expect(read('经济总量突破万亿元大关，迈上万亿台阶。')).toEqual([
      ['万亿', 1e12, '元', '突破'],
      ['万亿', 1e12, '元', null],
    ]);
    expect(read('经济总量跨越万亿大关。')).toEqual([['万亿', 1e12, '元', '跨越']]);
  });

  it('after a word of crossing, whatever follows: 突破千亿的县, 超过千亿，', () => {
    expect(read('是全省首个突破千亿的县。')).toEqual([['千亿', 1e11, '元', '突破']]);
    expect(read('全省工业增加值超过千亿，站上千亿级台阶。')).toEqual([['千亿', 1e11, '元', '超过']]);
  });

  it('a class (千亿级), a count of thresholds (两个万亿台阶) or a class of industries (千亿元产业) is none', () => {
    expect(read('其中千亿级3个、百亿级33个。')).toEqual([
      ['3', 3, '个', null],
      ['33', 33, '个', null],
    ]);
    expect(read('站上万亿级台阶，迈上两个万亿台阶，建设两个千亿元产业。')).toEqual([]);
  });

  it('nor a class written 千亿元级 (重庆 2012, held-out set 35), while 千亿元 after 突破 still is one', () => {
    expect(read('形成了西永和两路寸滩两大电脑产业集群、北部新区千亿元级汽车产业集群以及长寿、万州、白涛三大化工产业集群。')).toEqual([]);
    // (Made up: the threshold crossed before a class of the same words.)
    expect(read('汽车产业产值突破千亿元,建成千亿元级产业基地。')).toEqual([['千亿', 1e11, '元', '突破']]);
  });

  it('in traditional characters too: 突破萬億元 is one figure, and 有望 makes it an estimate', () => {
    // 中国政府网 (big5), 2013-01-05 (test/corpus/sichuan-2012-industry-targets): the threshold crossed, as the
    // corpus annotates it (成都 经济总量突破万亿元大关, 浙江 均突破万亿元), expected, not yet reached.
    const sichuan = '2012年四川省規模以上工業增加值有望突破萬億元大關,鞏固回升向好的勢頭,今年工業將如何發力?';
    expect(extractFigures(sichuan, { asOf: '2012年' }).map((f) => [f.value, f.number, f.unit, f.qualifier, f.status, f.label])).toEqual([
      ['萬億', 1e12, '元', '突破', 'estimate', '四川省規模以上工業增加值'],
    ]);
    expect(read('會議預計,2012年四川省工業經濟總量有望實現歷史性突破,全年規模以上工業增加值將突破萬億元。')).toEqual([
      ['萬億', 1e12, '元', '突破'],
    ]);
  });

  it('多 or 余 between 万 and 亿 is inside the amount: 3万多亿元 is more than 3 万亿元', () => {
    // 人民日报 on 营改增 (2018) and on toll roads' debt.
    expect(read('加上采取小微企业税收优惠、清理各种收费等措施，共减轻市场主体负担3万多亿元。')).toEqual([['3', 3, '万亿元', '多']]);
    // Bounds on both sides keep one word (h88's rule: 将突破1300亿元以上 → 以上): 多 says more than 高达 does.
    expect(read('到去年底，全国收费公路债务余额高达3.8万多亿元。')).toEqual([['3.8', 3.8, '万亿元', '多']]);
  });

  it('万亿 inside an amount is its magnitude: 2.16万亿元, 1.3万亿斤', () => {
    expect(read('工业增加值超过2万亿元，达2.16万亿元。')).toEqual([
      ['2', 2, '万亿元', '超过'],
      ['2.16', 2.16, '万亿元', null],
    ]);
    expect(read('粮食产量保持在1.3万亿斤以上。')).toEqual([['1.3', 1.3, '万亿斤', '以上']]);
  });
});

describe('第N位: a rank', () => {
  it('第N位 and 第N名, in digits and in Chinese numerals of one to three characters', () => {
    expect(read('生产总值为3894亿元，位列全国第26位，西部第8位。')).toEqual([
      ['3894', 3894, '亿元', null],
      ['26', 26, '位', null],
      ['8', 8, '位', null],
    ]);
    expect(read('增速居全省第十一位，从第十位升至第八名。').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['十一', 11, '位'],
      ['十', 10, '位'],
      ['八', 8, '位'],
    ]);
  });

  it('a place moved to another: 由全省第7进到第6位, 从第一季度的第23位提升到第9位', () => {
    expect(read('总量由全省第7进到第6位。').map((f) => [f[0], f[2]])).toEqual([
      ['7', '位'],
      ['6', '位'],
    ]);
    expect(read('由第5升至第3名，由第2降为第4名。').map((f) => f[0])).toEqual(['5', '3', '2', '4']);
  });

  it('after 居, 列, 排名, 位列 or 名列 without 位: 排名全国第二, 列全省第三', () => {
    expect(read('6月全省规模以上工业增加值同比增长16.8%，排名全国第二。')).toEqual([
      ['16.8', 16.8, '%', null],
      ['二', 2, '位', null],
    ]);
    expect(read('当月增幅列全省第三。')).toEqual([['三', 3, '位', null]]);
    expect(read('增速名列全市第5，位列全省第12。').map((f) => f[0])).toEqual(['5', '12']);
  });

  it('after 全国, 全省, 全市…第N at the end of a clause: 连续6年保持全省第一', () => {
    expect(read('连续6年保持全省第一。')).toEqual([['一', 1, '位', null]]);
    expect(read('前移6位至全省并列第六。').map((f) => f[0])).toEqual(['6', '六']);
    expect(read('综合实力保持全国第3，稳居全市第2')).toEqual([
      ['3', 3, '位', null],
      ['2', 2, '位', null],
    ]);
  });

  it('an ordinal that is no rank: 第3批, 第二季度, 第一产业, 序列第一个, 全省第一批', () => {
    expect(read('列入全国第3批试点，排在第二季度，全省第一批。')).toEqual([]);
    expect(read('位居第一产业之首，系列第一个项目。')).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it('N成 (a share), N批, N倍', () => {
    expect(read('超八成行业保持增长，近九成行业恢复到疫情前水平。')).toEqual([
      ['八', 8, '成', '超'],
      ['九', 9, '成', '近'],
    ]);
    expect(read('新增两批国家级试点，利润增长一倍。')).toEqual([
      ['两', 2, '批', null],
      ['一', 1, '倍', null],
    ]);
    expect(read('产量增长三倍多。')).toEqual([['三', 3, '倍', '多']]);
  });

  it('一成, 一批 are idioms, not figures; a numeral inside a longer one or after 第 is not read alone', () => {
    expect(read('一成不变，培育一批龙头企业。')).toEqual([]);
    expect(read('第三批试点，十五成。')).toEqual([]);
  });

  it('before a magnitude and its unit: 两万元, 逾四万亿元, 三十万人; not before a magnitude alone', () => {
    expect(read('人均消费突破两万元，全省生产总值逾四万亿元，新增就业三十万人。')).toEqual([
      ['两', 2, '万元', '突破'],
      ['四', 4, '万亿元', '逾'],
      ['三十', 30, '万人', null],
    ]);
    expect(read('三亿斤，五万吨，两万千瓦时，一亿美元。').map((f) => [f[0], f[2]])).toEqual([
      ['三', '亿斤'],
      ['五', '万吨'],
      ['两', '万千瓦时'],
      ['一', '亿美元'],
    ]);
    expect(read('十万火急，三万里河山。')).toEqual([]);
  });

  it('a whole number of several places before 万亿, 万 inside one before 亿, and 百分之N: 五十四万亿元, 一万二千亿斤, 百分之三十', () => {
    // 十九大报告 (2017): every number in Chinese numerals.
    const report =
      '经济保持中高速增长，在世界主要国家中名列前茅，国内生产总值从五十四万亿元增长到八十万亿元，稳居世界第二，对世界经济增长贡献率超过百分之三十。农业现代化稳步推进，粮食生产能力达到一万二千亿斤。';
    const figures = extractFigures(report);
    expect(figures.map((f) => [f.value, f.number, f.unit, f.qualifier])).toEqual([
      ['五十四', 54, '万亿元', null],
      ['八十', 80, '万亿元', null],
      ['二', 2, '位', null],
      ['三十', 30, '%', '超过'],
      ['一万二千', 12000, '亿斤', null],
    ]);
    expect(figures.filter((f) => f.unit !== '%').map((f) => f.label)).toEqual([
      '国内生产总值',
      '国内生产总值',
      '国内生产总值位次',
      '粮食生产能力',
    ]);
    // 百分之 and a numeral, with 点 for a decimal point, as the same report writes every percentage.
    expect(figures.find((f) => f.unit === '%')).toMatchObject({ kind: 'share', valueStart: report.indexOf('三十') });
    expect([cnDecimal('三十'), cnDecimal('六点五'), cnDecimal('零点八'), cnDecimal('六点'), cnDecimal('点五')]).toEqual([
      30,
      6.5,
      0.8,
      undefined,
      undefined,
    ]);
    expect([cnInteger('一千零五'), cnInteger('一百二十'), cnInteger('十十'), cnInteger('二十百')]).toEqual([
      1005,
      120,
      undefined,
      undefined,
    ]);
    // Not whole numbers: nothing read ("三五万人": three to five 万).
    expect(read('三五万人参加。')).toEqual([]);
  });
});
