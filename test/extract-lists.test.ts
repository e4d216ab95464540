/**
 * 分别 lists as reports write them: which numbers form a list, which subject and which period each item gets
 * (from the phrase before 分别, a head noun written once, the list named in an earlier clause, the months or the
 * span before 分别). A figure given the next item's subject or period is a wrong number in the review table.
 * From the survivors of the extractor's mutation run (part extract-rest, issue 26); the sentences are from the
 * corpus's reports or written as they write them.
 */
import { describe, expect, it } from 'vitest';
import { listRuns } from '../src/shared/extract/lists';
import { scanTokens } from '../src/shared/extract/tokens';
import { extractFigures } from '../src/shared/extract';
import { the, labels } from './extract-helpers';

describe('which numbers form a list', () => {
  it('numbers joined by 、 和 以及 (not by a clause comma) are runs of token indices', () => {
    // chongqing-2019-industry
    const s = '重庆高技术制造业和战略性新兴制造业增加值分别增长12.6%和11.6%，分别高于全市平均水平6.4和5.4个百分点。';
    expect(listRuns(s, scanTokens(s))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const also = '电子信息、汽车以及装备制造业增加值分别增长12.3%、8.5%以及6.1%。';
    expect(listRuns(also, scanTokens(also))).toEqual([[0, 1, 2]]);
    const one = '规上工业增加值增长6.2%。';
    expect(listRuns(one, scanTokens(one))).toEqual([]);
  });

  it('a list closed by 以及 gives its last item the last subject', () => {
    const text = '电子信息、汽车以及装备制造业增加值分别增长12.3%、8.5%以及6.1%。';
    expect(labels(text, ['12.3', '8.5', '6.1'])).toEqual(['电子信息增加值增速', '汽车增加值增速', '装备制造业增加值增速']);
  });

  it('a list with no 分别 still reads (城乡居民…分别为3.6万元、2.1万元，增长9.4%、10.2%)', () => {
    // changsha-2014-government-work
    const text = '城乡居民人均可支配收入分别为3.6万元、2.1万元，增长9.4%、10.2%。';
    expect(the(text, '9.4').kind).toBe('growth');
    // 城乡居民 hands out one group to each value (城镇, then 农村), the rates as the levels before them.
    expect(labels(text, ['3.6', '2.1', '9.4', '10.2'])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入增速',
      '农村居民人均可支配收入增速',
    ]);
  });
});

describe('a list after 分别 written with commas', () => {
  // yunnan-2016-08-industry (held-out set 15): the page writes ASCII commas between the items.
  const text =
    '2-7月,烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%。2-7月,非烟工业增加值累计增幅分别为7.3%,10.0%,9.3%,9.4%,9.5%,9.8%。';

  it('every item of a 降幅 list is a decline, a growth rate like the first', () => {
    const figures = extractFigures(text, { asOf: '2016年1-8月' });
    expect(figures.slice(0, 6).map((f) => [f.number, f.kind])).toEqual([-7.5, -7.8, -8.6, -10.4, -11.7, -12.6].map((n) => [n, 'growth']));
    expect(figures.slice(6).map((f) => f.number)).toEqual([7.3, 10, 9.3, 9.4, 9.5, 9.8]);
  });

  it('a span of as many months gives each item its month; 累计 rates run from January', () => {
    const periods = extractFigures(text, { asOf: '2016年1-8月' }).map((f) => f.period.replace(/^2016年/u, ''));
    expect(periods).toEqual(['1-2月', '1-3月', '1-4月', '1-5月', '1-6月', '1-7月', '1-2月', '1-3月', '1-4月', '1-5月', '1-6月', '1-7月']);
    expect(extractFigures('2-4月,全省工业用电量增速分别为3.1%,5.2%,6.0%。').map((f) => f.period)).toEqual(['2月', '3月', '4月']);
  });

  it('so does a part of the year whose 各月 the list gives (上半年各月份…分别为)', () => {
    // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
    const jilin = '上半年各月份工业增速分别为:6.1%、12.1%、10.9%、12.0%、11.5%和18.5%,6月份增速比上年12月提高了9.5个百分点。';
    const periods = extractFigures(jilin, { asOf: '2009年上半年' })
      .filter((f) => f.unit === '%')
      .map((f) => f.period.replace(/^2009年/u, ''));
    expect(periods).toEqual(['1月', '2月', '3月', '4月', '5月', '6月']);
    expect(extractFigures('一季度各月全省工业用电量累计增速分别为3.1%、5.2%、6.0%。').map((f) => f.period)).toEqual([
      '1月',
      '1-2月',
      '1-3月',
    ]);
    // Without 各月 the part of the year is every item's time.
    expect(extractFigures('上半年,全省工业增速和投资增速分别为6.1%和12.1%。').map((f) => f.period)).toEqual(['上半年', '上半年']);
  });

  it('a comma ends the list without 分别, or between two units, and the months stay whole for several subjects', () => {
    expect(listRuns('增长7.5%，7.8%。', scanTokens('增长7.5%，7.8%。'))).toEqual([]);
    const s = '分别增长7.5%，7.8万吨。';
    expect(listRuns(s, scanTokens(s))).toEqual([]);
    // yueyang-2018-q1-industry: three subjects over the same months.
    const three = '1—3月,全市石化、食品、电力分别增长7.3%、6.8%、15.8%。';
    expect(extractFigures(three, { asOf: '2018年1-3月' }).map((f) => f.period)).toEqual(['1-3月', '1-3月', '1-3月']);
  });
});

describe('the subjects written before 分别', () => {
  it('a space after 、 or 和 (saved web pages) is not part of the next subject', () => {
    expect(labels('新能源汽车、 集成电路产量分别增长15.2%和9.8%。', ['15.2', '9.8'])).toEqual(['新能源汽车产量增速', '集成电路产量增速']);
    expect(labels('汽车制造业和 电气机械和器材制造业分别增长15.2%和9.8%。', ['15.2', '9.8'])).toEqual([
      '汽车制造业增速',
      '电气机械和器材制造业增速',
    ]);
  });

  it('a head noun is shared only when no item before the last names a measure of its own', () => {
    const text = '规上工业增加值、高技术制造业和装备制造业增加值分别增长7%、12%和9%。';
    expect(the(text, '7').label).toBe('规上工业增加值增速');
    expect(the(text, '9').label).toBe('装备制造业增加值增速');
  });

  it('the longest shared measure is kept: 营业收入 not 收入, 投资额', () => {
    expect(labels('大中型企业、小微企业营业收入分别增长10.2%和6.5%。', ['10.2', '6.5'])).toEqual([
      '大中型企业营业收入增速',
      '小微企业营业收入增速',
    ]);
    // 投资额 did not end a measure (MEASURE_END knew 投资 only): 工业 got no head.
    expect(labels('工业、基础设施投资额分别增长8%和10%。', ['8', '10'])).toEqual(['工业投资额增速', '基础设施投资额增速']);
    expect(labels('工业、基础设施投资分别增长8%和10%。', ['8', '10'])).toEqual(['工业投资增速', '基础设施投资增速']);
  });

  it('比上年 / 较上年 between the subjects and 分别 is not part of the last subject', () => {
    for (const text of [
      '高技术制造业、装备制造业增加值比上年分别增长12.6%和9.1%。',
      '高技术制造业、装备制造业增加值较上年分别增长12.6%和9.1%。',
    ])
      expect(labels(text, ['12.6', '9.1']), text).toEqual(['高技术制造业增加值增速', '装备制造业增加值增速']);
  });

  it('a note in brackets before 分别 is dropped before the predicate is looked for (可比价格 holds 比)', () => {
    // The 比 of 可比价格 cut the phrase: 装备制造业增加值（按可增速.
    for (const note of ['（按可比价格计算）', '(按可比价格计算)']) {
      const text = `高技术制造业、装备制造业增加值${note}分别增长12.6%和9.1%。`;
      expect(labels(text, ['12.6', '9.1']), text).toEqual(['高技术制造业增加值增速', '装备制造业增加值增速']);
    }
  });

  it('a bracketed note after a subject is dropped', () => {
    expect(labels('一般公共预算收入（地方口径）、税收收入分别增长8.1%和9.2%。', ['8.1', '9.2'])).toEqual([
      '一般公共预算收入增速',
      '税收收入增速',
    ]);
  });

  it('a count of the items (两大行业的) is not part of their subject', () => {
    const text = '汽车制造业、电子信息产业增长较快，两大行业的增加值分别增长12%和15%。';
    expect(labels(text, ['12', '15'])).toEqual(['汽车制造业增加值增速', '电子信息产业增加值增速']);
  });

  it('城、乡 before the people written once are 城镇 and 农村, in either script (涪城区, held-out set 11)', () => {
    // 绵阳市涪城区2019年政府工作报告 (a Hong Kong reprint): "城、鄉居民人均可支配收入分別增長8%、9%".
    expect(labels('城、乡居民人均可支配收入分别增长8%、9%。', ['8', '9'])).toEqual([
      '城镇居民人均可支配收入增速',
      '农村居民人均可支配收入增速',
    ]);
    expect(labels('城、鄉居民人均可支配收入分別增長8%、9%。', ['8', '9'])).toEqual([
      '城鎮居民人均可支配收入增速',
      '農村居民人均可支配收入增速',
    ]);
    // 常住 between the group and its people (荆门市东宝区2020年政府工作报告, as a PDF gives it: spaced).
    const text = '城镇、农村常住居民人均可支配收入分别达到 39159 元和 20598 元,分别增长 8%和 8.5%。';
    expect(labels(text, ['39159', '20598', '8', '8.5'])).toEqual([
      '城镇常住居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '城镇常住居民人均可支配收入增速',
      '农村常住居民人均可支配收入增速',
    ]);
    // Other one-character groups keep their character: 男、女职工.
    expect(labels('男、女职工人数分别增长3%和5%。', ['3', '5'])).toEqual(['男职工人数增速', '女职工人数增速']);
  });
});

describe('the subjects named in an earlier clause', () => {
  it('two items joined by 和 (chongqing-2019: 材料产业和电子产业…，增速分别为14.7%、14.3%)', () => {
    // They were labelled 材料产业和电子产业两位数增速, both: an earlier clause was read only if it held 、.
    const text = '九大支柱产业中，材料产业和电子产业实现两位数的较快增长，增速分别为14.7%、14.3%；汽车产业下降4.1%。';
    expect(labels(text, ['14.7', '14.3'])).toEqual(['材料产业增速', '电子产业增速']);
    expect(the(text, '4.1').number).toBe(-4.1);
  });

  it('two items joined by 与 or 及', () => {
    expect(labels('汽车与电子行业增长较快，增速分别为12%和8%。', ['12', '8'])).toEqual(['汽车增速', '电子行业增速']);
  });

  it('never a comparison: 增速与上月持平 names no two items (jiyuan-2012-08-economy)', () => {
    const text = '1-8月，全市规模以上工业增加值累计增长11.5%，增速与上月持平，分别较去年同期和全年分别回落4.5、4.2个百分点。';
    for (const label of labels(text, ['4.5', '4.2'])) expect(label).not.toMatch(/^增速|上月持平/u);
  });

  it('the nearest clause that names as many items as there are values', () => {
    const nearest = '分行业看，电子、汽车行业增长较快，医药、食品行业增长放缓，增速分别为1.2%和0.8%。';
    expect(labels(nearest, ['1.2', '0.8'])).toEqual(['医药增速', '食品行业增速']);
    // The clause just before names three (钢铁、化工、建材): the one before it, two.
    const counted = '电子信息、汽车行业增长较快，带动钢铁、化工、建材行业协同发展，增速分别为12%和8%。';
    expect(labels(counted, ['12', '8'])).toEqual(['电子信息增速', '汽车行业增速']);
  });

  it('the items end where their predicate starts (比上年, 占)', () => {
    const values = ['12', '8', '6'];
    expect(labels('电子、汽车、医药比上年增长较快，增速分别为12%、8%和6%。', values)).toEqual(['电子增速', '汽车增速', '医药增速']);
    expect(labels('电子、汽车、医药占全市规上工业的比重居前3位，增速分别为12%、8%和6%。', values)).toEqual([
      '电子增速',
      '汽车增速',
      '医药增速',
    ]);
  });
});

describe('the periods written before 分别', () => {
  it('one per item, the last ending right at 分别 (jilin-2020-q3: 其中7月、8月、9月分别同比增长…)', () => {
    const text = '汽车产业生产明显恢复，第三季度增加值同比增长32.5%，其中7月、8月、9月分别同比增长28.4%、63.2%和17.3%。';
    expect(['28.4', '63.2', '17.3'].map((v) => the(text, v, { asOf: '2020年' }).period)).toEqual(['7月', '8月', '9月']);
  });

  it('a month named after the list is not one of its items', () => {
    const text = '10月、11月增加值增速分别为3.1%和5.8%，12月为6.5%。';
    expect(['3.1', '5.8'].map((v) => the(text, v, { asOf: '2020年' }).period)).toEqual(['10月', '11月']);
  });

  it('a base year before 分别 is no item’s period', () => {
    const text = '2019年全市城镇和农村居民人均可支配收入比2015年分别增长38.2%和45.1%。';
    expect(['38.2', '45.1'].map((v) => the(text, v).period)).toEqual(['2019年', '2019年']);
  });

  it('a span of another length than the list is every item’s (2016-2020年 … 年均分别增长)', () => {
    for (const span of ['2016-2020年', '“十三五”时期']) {
      const text = `${span}全省城镇和农村居民人均可支配收入年均分别增长8.1%和9.2%。`;
      expect(['8.1', '9.2'].map((v) => the(text, v).period)).toEqual([span, span]);
    }
  });
});

describe("how the items of a list fared is no item's (held-out set 16)", () => {
  it('cuts 增势良好 and 增速相对较快 from the last item', () => {
    const shaanxi = '一季度,重点监测的能源产品中,原煤、天然气、发电量增势良好,同比分别增长20.5%、8.6%和5.3%。';
    expect(the(shaanxi, '5.3').label).toBe('发电量增速');
    const wenzhou =
      '仪器仪表、化工、鞋革、通用设备和电力等行业增速相对较快,产值分别较去年同期提高8.9%、6.2%、4.4%、4.2%和4.0%,高于规上工业平均增速。';
    expect(the(wenzhou, '4.0').label).toBe('电力等行业产值增速');
    expect(the(wenzhou, '8.9').label).toBe('仪器仪表产值增速');
  });
});

describe('a bare rate after the clause that names the items', () => {
  it('is each item’s rate (天津 2025-07, read for a sweep)', () => {
    const tianjin =
      '从细分领域看,1—7月份,石油化工产业同比增长4.6%,拉动全市规模以上工业1.7个百分点;新能源产业同比增长16.5%,拉动全市规模以上工业0.4个百分点;新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%。';
    const rates = extractFigures(tianjin, { asOf: '2025年1-7月' }).slice(-3);
    expect(rates.map((f) => [f.value, f.label])).toEqual([
      ['4.6', '新材料产业增速'],
      ['2.2', '电子信息产业增速'],
      ['0.5', '航空航天产业增速'],
    ]);
  });
});

describe('the parts of a ratio', () => {
  it('each is of the item named in its place', () => {
    // hualong-2025-q3-industry (held-out set 15).
    const text = '分三大门类看,前三季度,制造业、电热气水的供应业、采矿业增加值总量在全区规上工业增加值的占比为:6.4:5.8:87.8。';
    expect(labels(text, ['6.4', '5.8', '87.8'])).toEqual([
      '制造业增加值总量在全区规上工业增加值的占比',
      '电热气水的供应业增加值总量在全区规上工业增加值的占比',
      '采矿业增加值总量在全区规上工业增加值的占比',
    ]);
  });

  it('a whole named once labels every part; 三次产业 is three sectors', () => {
    expect(labels('轻重工业比例为41.8:58.2。', ['41.8', '58.2'])).toEqual(['轻重工业比例', '轻重工业比例']);
    expect(labels('三次产业结构比例为6.01:55.04:38.95。', ['6.01', '55.04', '38.95'])).toEqual([
      '第一产业占比',
      '第二产业占比',
      '第三产业占比',
    ]);
    // (Two names for three parts: not handed out.)
    expect(labels('制造业、采矿业占比为6.4:5.8:87.8。', ['6.4', '87.8'])).toEqual(['制造业、采矿业占比', '制造业、采矿业占比']);
  });
});

describe('a streak before a list of rates kept at a level (莆田 2013, read for a sweep)', () => {
  it('leaves each item its rate and its subject', () => {
    const text =
      '平稳增长是2013年我市工业经济运行的一个显著特征。从7月份累计开始全市规模以上工业总产值与增加值增速连续五个月分别维持在15.3%、15.2%,1-12月累计分别提高0.1个百分点。';
    const rows = extractFigures(text, { asOf: '2013年' }).map((f) => [f.value, f.kind, f.label]);
    expect(rows.slice(0, 2)).toEqual([
      ['15.3', 'growth', '规模以上工业总产值增速'],
      ['15.2', 'growth', '增加值增速'],
    ]);
  });
});

describe('one-character kinds sharing the head after the last (轻、重工业)', () => {
  it('each kind takes the head and the measure the last item writes', () => {
    // 山东 2009 上半年 (http://www.jjckb.cn/wzpd/2009-07/24/content_171240.htm, held-out set 42).
    const shandong = '轻、重工业分别实现增加值2962.2亿元、5841.3亿元,增速均为12.0%。';
    // (The measure after 分别 and its verb is each item's: extract-list-measure-after-verb.test.ts.)
    expect(the(shandong, '2962.2').label).toBe('轻工业增加值');
    expect(the(shandong, '5841.3').label).toBe('重工业增加值');
    // 安徽 2011-07 (chinanews, https://m.johnnytowncar.com/cj/2011/08-24/3281123.shtml).
    const anhui = '7月份,规模以上轻、重工业增加值分别为173.4亿元和410.2亿元,增长24.8%和19.6%,增幅比上月分别回落0.2个和1.2个百分点。';
    expect(['173.4', '24.8', '0.2'].map((v) => the(anhui, v, { asOf: '2011年7月' }).label)).toEqual([
      '规模以上轻工业增加值',
      '规模以上轻工业增加值增速',
      '规模以上轻工业增加值变化',
    ]);
    expect(the(anhui, '410.2', { asOf: '2011年7月' }).label).toBe('重工业增加值');
    expect(the('大、中型企业增加值分别增长13.9%和10.2%。', '13.9').label).toBe('大型企业增加值增速');
    // 浙江 2017 4月 (held-out set 49): the measure names 工业 too; 2.3% was 大增加值增速.
    expect(the('4月份,大、中型企业工业增加值分别增长2.3%和0.4%,均比上月回升1.4个百分点。', '2.3').label).toBe('大型企业工业增加值增速');
  });

  it('leaves items of more characters as they are', () => {
    expect(the('钢铁、有色工业分别增长5.1%和3.2%。', '5.1').label).toContain('钢铁');
  });
});

describe('official names holding 、 and 和, more values than names split at 、', () => {
  it('are not cut inside: the names set apart by commas are the items', () => {
    // 北京市统计局 on 2012-2021 (https://tjj.beijing.gov.cn/zt/eshdzt/eshdztbg/202209/t20220924_2822257.html).
    const beijing = '医药制造业,电力、热力生产和供应业,计算机、通信和其他电子设备制造业产值分别比2012年增长6.2倍、1倍和82.2%。';
    expect(['6.2', '1', '82.2'].map((v) => the(beijing, v, { asOf: '2021年' }).label)).toEqual([
      '医药制造业产值增长倍数',
      '电力、热力生产和供应业产值增长倍数',
      '计算机、通信和其他电子设备制造业产值增速',
    ]);
  });
});
