/**
 * Rules from development zones', counties' and sectors' reviews (session 25's third wide read): a multiple of a year
 * after 为; a record since a year; a quarter counted up to; things counted, added since the year's start.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('为 (相当于) a year’s N倍', () => {
  it('"为2011年的72倍": the year is the base, the multiple this year’s, of the measure before', () => {
    // 信阳 2012 (https://ribao.xyxww.com.cn/html/2013-01/28/content_86120.htm).
    const text =
      '2012年,我市把电子信息产业作为转型的支柱产业来抓,全市电子信息产业国内生产总值达到39亿元,为2011年的72倍。2013年,各电子信息产业将进一步扩大产能,预计产值将突破200亿元。';
    expect(the(text, '72')).toMatchObject({ kind: 'multiple', period: '2012年', label: '电子信息产业国内生产总值倍数' });
  });

  it('是 a year’s N倍 is read as before', () => {
    const text = '2012年,全市电子信息产业产值达到39亿元,是2011年的72倍。';
    expect(the(text, '72')).toMatchObject({ period: '2012年', label: '电子信息产业产值倍数' });
  });
});

describe('a record since a year', () => {
  it('"成爲自1998年以來經濟增長最快的一年": 1998 is no time of the next sentence’s figures', () => {
    // 天津开发区 2002, a 繁體 copy (http://news.big5.enorth.com.cn/system/2003/01/10/000488458.shtml).
    const text =
      '北方網消息:開發區2002年實現國內生產總值380億元,同比增長30%,實現工業總產值1030億元,歷史上首次突破千億元,成爲自1998年以來經濟增長最快的一年。按增加值計算,開發區工業全員勞動生產率達到人均21萬元。';
    expect(the(text, '21').period).toBe('2002年');
  });

  it('"创2015年以来新高": nor of the figures after it', () => {
    const text = '2020年,全市规上工业增加值增长5.1%,增速创2015年以来新高。全市工业投资增长8%。';
    expect(the(text, '8').period).toBe('2020年');
  });

  it('a span since a year, opening its sentence, still is one', () => {
    expect(the('2015年以来,全市累计完成投资300亿元。', '300').period).toBe('2015年以来');
  });
});

describe('a quarter counted up to', () => {
  it('"截止二季度,…累计完成工业总产值22.02亿元" is the first half', () => {
    // A county's 2023 analysis (http://guquanjl.com/zfxxgk/fdzdgknr/tjxx/tjfx/1646064819615268866.html).
    const text =
      '截止二季度,全县规模以上工业企业继续保持快速增长态势,累计完成工业总产值22.02亿元,同比增长44.2%;其中园区企业二季度完成工业总产值14.17亿元,占全县规模以上工业总产值的64.35%,同比增长72.8%。';
    expect(the(text, '22.02').period).toBe('上半年');
    expect(the(text, '44.2').period).toBe('上半年');
  });

  it('"截至三季度末" is a point in time, kept as written; a quarter alone stays one', () => {
    expect(the('截至三季度末,全市企业达368户。', '368').period).toBe('三季度末');
    expect(the('二季度,全市工业增加值增长5%。', '5').period).toBe('二季度');
  });
});

describe('things counted, added since a time', () => {
  it('"达368户,比上年末净增22户": the 22 is the change of the count', () => {
    // 安徽 2014 一季度 (https://www.yybnet.net/hefei/news/201404/304218.html).
    const text = '近年来,全省电子信息产业企业数量不断增多,截至3月底,全省电子信息行业企业达368户,比上年末净增22户。';
    expect(the(text, '22').kind).toBe('change');
    expect(the(text, '368').kind).toBe('count');
  });

  it('新增 alone still counts what was added', () => {
    expect(the('全市新增规上企业120家。', '120').kind).toBe('count');
  });
});

describe('labels in zone and district reviews', () => {
  // 通州 (城市副中心) 2021 1-10月, a 繁體 copy (http://www.dvtln.cn/zx/2021/1126/21604.html).
  const TONGZHOU =
    '其中,規模以上工業實現總產值490.5億元,同比增長6.5%。重點培育的醫藥制造業穩中向好,1—10月產值同比增長16.3%,高技術制造業在醫藥制造業高位增長的帶動下實現產值114億元,同比增長12.8%,增速高于規模以上工業平均增速6.3個百分點。';

  it('在…的带动下 is an aside: its verbs are no predicate', () => {
    expect(the(TONGZHOU, '114').label).toBe('高技術制造業產值');
    expect(the(TONGZHOU, '12.8').label).toBe('高技術制造業產值增速');
    expect(the('在重点项目带动下,全市工业增加值增长12%。', '12').label).toBe('工业增加值增速');
  });

  it('an industry that 稳中向好 names the bare measure after it', () => {
    expect(the(TONGZHOU, '16.3').label).toBe('醫藥制造業產值增速');
  });

  it('尤其 before the subject is no part of it', () => {
    // A district's half-year review, a 繁體 copy (pages corpus: "上半年,實現生產總值33.74億元,比增9.2%…").
    const text = '1-6月,工業投資3.49億元,比增121.7%,增速排位全市第6,尤其工業技改投資完成3.3億元,增速排位全市第2。';
    expect(the(text, '3.3').label).toBe('工業技改投資');
  });
});

describe('a January review of the year before', () => {
  // 安康's 2011 review of its county industrial zones, dated 2012年01月13日 (https://gxj.ankang.gov.cn/Content-152230.html).
  const ANKANG =
    '作者:   发布时间:2012年01月13日15时58分\n2011年县域工业集中区综述(一)\n' +
    '2011年,全市县域工业集中区内工业企业个数达到374户,实现工业总产值113.6亿元,同比增长76.1%;营业收入109亿元,同比增长77% ;实现增加值39.4亿元,同比增长56.7%;上交税金10.3亿元,实现利润11.6亿元。今年新入园1000万元以上工业项目62个,超额完成市政府下达的入园企业考核指标数。集中区全年完成固定资产投资总额31.9亿元,较上年同期增长了43%。目前,集中区规划工业用地面积25.47平方公里;基础设施建设累计投资额18.9亿元,入驻项目累计固定资产投资额40.4亿元。旬阳县生态工业集中区实现工业总产值45.5亿元,同比增长68.1%,占全县工业总产值的70%。';

  it('今年 … 超额完成 its task is the year reviewed: results, not the next year’s targets', () => {
    expect(the(ANKANG, '62')).toMatchObject({ status: 'actual', period: '2011年' });
    expect(the(ANKANG, '31.9')).toMatchObject({ status: 'actual', period: '2011年' });
    expect(the(ANKANG, '45.5')).toMatchObject({ status: 'actual', period: '2011年' });
  });

  it('a zone’s 规划…面积 is a fact of the zone, not a target', () => {
    expect(the(ANKANG, '25.47').status).toBe('actual');
    // 马鞍山's industrial transfer park, 2012 (https://soolun.net/periodical/34880c48c5bcd5759b6d88034e8d0926.html).
    expect(the('2012年.马鞍山承接产业转移集中示范园区正式获得省政府批准,规划面积15平方公里,比照省级开发区进行管理。', '15').status).toBe(
      'actual',
    );
    expect(the('规划到2025年工业总产值达到500亿元。', '500').status).toBe('target');
  });

  it('a 今年 with work still to do, in a report dated the next January, stays that next year', () => {
    const text = '发布时间:2012年01月13日\n2011年,全市工业总产值113.6亿元。今年要新入园工业项目70个。';
    expect(the(text, '70').status).toBe('target');
  });
});

describe('a task’s amount', () => {
  it('"完成年任务75亿元的23.7%;实现税金6925万元": the task owns no measure after it', () => {
    // A county park's 2016 一季度 (http://m.news.wmxa.cn/n/201604/315237.html).
    const text =
      '1—3月份,园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%;实现税金6925万元,完成年任务3.5亿元的19.8%;实现工业固定资产投资1.42亿元,完成年任务14亿元的10.2%。';
    expect(the(text, '6925').label).not.toContain('任务');
    expect(the(text, '75').status).toBe('target');
  });
});

describe('zones’ projects and funds', () => {
  it('"实施500万元投资建设项目15个": the investment picks out the projects, no figure of its own', () => {
    // 玉溪's parks, 2017 一季度 (http://yn.touzi888.net/news/view.html?id=6938).
    const text = '实施千万元投资建设项目11个,竣工1个。实施500万元投资建设项目15个,竣工10个,完成工业投资26.3亿元。';
    expect(extractFigures(text).some((x) => x.value === '500')).toBe(false);
    expect(the(text, '15').kind).toBe('count');
    expect(the('项目总投资500万元。', '500').kind).toBe('level');
  });

  it('"爭取落實到位省產業園區發展引導資金505萬元" is money got, a result', () => {
    // 巴中's parks, 2010, a 繁體 copy (http://m.jnjuyue.cn/new/184_900_201012/31xu2796035140.shtml).
    const text = '(三)園區項目有所突破。全年爭取落實到位省產業園區發展引導資金505萬元,較上年增長110.4%。';
    expect(the(text, '505').status).toBe('actual');
    expect(the(text, '110.4').status).toBe('actual');
  });
});

describe('times and marks inside a subject', () => {
  // 天津开发区 2002, a 繁體 copy (http://news.big5.enorth.com.cn/system/2003/01/10/000488458.shtml).
  const TEDA =
    '北方網消息:開發區2002年實現國內生產總值380億元,同比增長30%,實現工業總產值1030億元,歷史上首次突破千億元,成爲自1998年以來經濟增長最快的一年。';

  it('a year between the body and its measure is the period, not the label', () => {
    expect(the(TEDA, '380')).toMatchObject({ period: '2002年', label: '開發區國內生產總值' });
    expect(the('园区企业二季度完成工业总产值14.17亿元。', '14.17')).toMatchObject({ period: '二季度', label: '园区企业工业总产值' });
    expect(the('全市2020年末户籍人口300万人。', '300').label).toBe('户籍人口');
  });

  it('歷史上首次突破千億元: the mark passed is of the measure before', () => {
    expect(the(TEDA, '千億').label).toBe('工業總產值');
  });
});

describe('a sector’s output and sales', () => {
  // 安徽's 2013 car industry (http://chongdian360.cn/pingdaoxinwen/show.php?itemid=19447).
  const ANHUI_CARS =
    '其中,合肥产汽车成为销量冠军,江淮汽车更是当之无愧的“老大哥”。去年,江汽股份累计产销50.97万辆和50.65万辆,同比增长9.2%和6.2%;合肥昌河汽车累计产销2.18万辆和2.25万辆。';

  it('产销 and two figures: what was made, then what was sold; their rates likewise', () => {
    expect(the(ANHUI_CARS, '50.97').label).toBe('江汽股份累计产量');
    expect(the(ANHUI_CARS, '50.65').label).toBe('江汽股份累计销量');
    expect(the(ANHUI_CARS, '9.2').label).toBe('江汽股份累计产量增速');
    expect(the(ANHUI_CARS, '6.2').label).toBe('江汽股份累计销量增速');
    expect(the(ANHUI_CARS, '2.25').label).toBe('合肥昌河汽车累计销量');
  });

  it('产销量分别为 … and a 繁體 copy', () => {
    // 重庆's 2012 car industry (http://www.jrcq.com/viewnews/60-591.html).
    const cq = '调查显示,去年全年,市内(不含市外分支机构)汽车产销量分别为196万辆和194万辆,分别同比增长11.5%和12.7%。';
    expect(the(cq, '194').label).toBe('市内汽车销量');
    expect(the(cq, '11.5').label).toBe('市内汽车产量增速');
    expect(the('去年,江汽股份累計產銷50.97萬輛和50.65萬輛。', '50.65').label).toBe('江汽股份累計銷量');
  });

  it('a list of figures names no items for the rates after it (no "辆增速")', () => {
    const text = '去年,江汽股份累计生产50.97万辆和50.65万辆,同比增长9.2%和6.2%。';
    expect(the(text, '6.2').label).not.toMatch(/^辆/u);
  });
});

describe('a dash before the subject', () => {
  it('"…交出了一份漂亮的成绩单——全年汽车整车行业完成工业总产值1472亿元": the subject follows the dash', () => {
    // 重庆's 2012 car industry (http://www.jrcq.com/viewnews/60-591.html).
    const text =
      '不过,伴随实施加大投资和新品开发力度等举措,我市汽车工业依然交出了一份漂亮的成绩单——全年汽车整车行业完成工业总产值1472亿元,同比增长11%。';
    expect(the(text, '1472').label).toBe('汽车整车行业工业总产值');
    expect(the(text, '11').label).toBe('汽车整车行业工业总产值增速');
  });
});

describe('了 after the verb', () => {
  it('"利润总额完成了年计划的57%", "完成了工业投资50亿元": 了 is no part of the label', () => {
    // 甘肃's defence industry, 2012 上半年 (https://gstzyz.com/html/.xxgkdttjxx.201210t20121015_244932.html).
    const text = '“一过半”即经济效益实现过半,利润总额完成了年计划的57%。';
    expect(the(text, '57').label).not.toContain('了');
    expect(the('全县完成了工业投资50亿元。', '50').label).toBe('工业投资');
  });
});
