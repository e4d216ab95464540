/**
 * Government work reports (政府工作报告) and their plan reviews, as held-out set ten showed them read wrong:
 * a target list carried past its sentence, the year a report was given in, a province's congress session, a
 * level reached over a plan period, and a rate named as a noun before 控制在/达到. Each on the reports' own words.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';

function the(text: string, value: string, opts?: { asOf?: string }, nth = 0): Extracted {
  const all = extractFigures(text, opts).filter((x) => x.value === value);
  expect(all.length, `${value} in ${text}`).toBeGreaterThan(nth);
  return all[nth];
}

describe('status in a work report', () => {
  it('a figure of a year after the report’s own is a target, even in a paragraph of its own', () => {
    // 福建省2013年政府工作报告 (on 2012): the list of 2013 targets goes on in a new paragraph.
    const text =
      '报告明确提出了2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右;外贸出口增长5%。\n' +
      '2013年,城镇登记失业率控制在4.2%以内;社会消费品零售总额增长15%。';
    for (const v of ['4.2', '15']) expect(the(text, v, { asOf: '2012年' }), v).toMatchObject({ status: 'target', period: '2013年' });
    // The report's own year stays a result.
    expect(the('2012年,城镇登记失业率控制在3.6%以内。', '3.6', { asOf: '2012年' }).status).toBe('actual');
  });

  it('a sentence without figures that ends on the targets opens their list', () => {
    // 淄博市2019年政府工作报告 (news).
    const text = '于海田还在报告中阐述了2019年淄博市经济社会发展的预期目标建议。其中地区生产总值增长6.5%左右,一般公共预算收入增长5%左右。';
    for (const v of ['6.5', '5']) expect(the(text, v, { asOf: '2018年' }).status, v).toBe('target');
    // Targets said to be met open no list.
    const met = '全市圆满完成了年初确定的主要目标。其中地区生产总值增长6.5%,一般公共预算收入增长5%。';
    expect(the(met, '6.5', { asOf: '2018年' }).status).toBe('actual');
  });

  it('a target named after 预计 governs the figures after it', () => {
    const text = '预计地区生产总值迈上5000亿元台阶,同比增长6.5%左右2019年全市经济社会发展预期目标,地区生产总值增长仍将达到7%左右。';
    expect(the(text, '6.5', { asOf: '2018年' }).status).toBe('estimate');
    expect(the(text, '7', { asOf: '2018年' }).status).toBe('target');
  });
});

describe('periods in a work report', () => {
  it('the year in a work report’s title is the year it was given, not the time of its lines', () => {
    // 汉中市2017年政府工作报告 (on 2016): a paragraph naming no year of its own.
    const text =
      '(陕西省)2017年汉中市人民政府工作报告(全文)\n一、过去六年工作回顾\n2016年,生产总值达到1156.49亿元。\n' +
      '━━产业结构不断优化。三次产业结构为17.8:42.8:39.4,二产、三产占比分别上升3.7、0.2个百分点。';
    for (const v of ['17.8', '3.7']) expect(the(text, v, { asOf: '2016年' }), v).toMatchObject({ period: '2016年', status: 'actual' });
  });

  it('a province’s congress session names the year of 今年 in a report with no year', () => {
    // 山东省2013年政府工作报告 (news): no year anywhere, 今年 only.
    const text =
      '今天上午9时,省十二届人大一次会议在山东会堂开幕。今年全省经济社会发展的主要预期目标是,生产总值增长9.5%左右,城镇新增就业100万人。';
    for (const opts of [{ asOf: '2013年' }, {}]) {
      expect(the(text, '9.5', opts)).toMatchObject({ period: '2013年', status: 'target' });
      expect(the(text, '100', opts).period).toBe('2013年');
    }
    // A standing committee's session is not the congress's, and gives no year.
    expect(the('省十二届人大常委会第三次会议听取报告。今年生产总值增长9.5%左右。', '9.5').period).not.toBe('2013年');
  });

  it('a level reached over a plan period is of its last year; a sum over it and a multiple of it stay the plan’s', () => {
    // 西宁市2016年政府工作报告.
    const text =
      '一、“十二五”圆满收官\n这五年,全社会固定资产投资提前一年完成“十二五”规划目标。' +
      '地区生产总值年均增长13.7%,是2010年的1.8倍。人均生产总值达到4.92万元。' +
      '五年累计完成固定资产投资4626亿元,是 “十一五”的3.7倍。全市总财力突破300亿元,达到326.8亿元。';
    const opts = { asOf: '2015年' };
    for (const v of ['1.8', '4.92', '300', '326.8']) expect(the(text, v, opts).period, v).toBe('2015年');
    for (const v of ['13.7', '4626', '3.7']) expect(the(text, v, opts).period, v).toBe('“十二五”时期');
  });
});

describe('what a work report names but does not measure', () => {
  it('a plan named as a document after the sentence’s year is not the time of its figures', () => {
    // 成都市2016年政府工作报告 (news).
    const text = '2015年,成都编制完成“十三五”规划纲要,34个“十三五”重点专项规划正加快编制;“北改”工程实施重大项目69个。';
    for (const v of ['34', '69']) expect(the(text, v, { asOf: '2015年' }).period, v).toBe('2015年');
    // A plan that is the time of its sentence stays it.
    expect(the('“十三五”时期,全市地区生产总值年均增长7.2%。', '7.2', { asOf: '2020年' }).period).toBe('“十三五”时期');
  });

  it('“城镇和农村居民…分别”: each group gets the people and the measure written once after the last', () => {
    const text = '城镇和农村居民人均可支配收入分别增长7%、7.5%。';
    expect(the(text, '7', { asOf: '2016年' }).label).toContain('城镇居民人均可支配收入');
    expect(the(text, '7.5', { asOf: '2016年' }).label).toContain('农村居民人均可支配收入');
  });
});

describe('text a page wrapped at a fixed width', () => {
  it('a line wrapped inside a number or between a verb and its number goes on', () => {
    // 汉中市2017年政府工作报告, as a page hard-wrapped it.
    const text =
      '规模以上工业总产值年均增长19.2%,2016年达到1145.07亿元;财政总收入年均增长\n15.2%、2016年达到105.67亿元。\n' +
      '三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.\n9个百分点。一般公共预算收入完成385. 23亿元。';
    const opts = { asOf: '2016年' };
    expect(the(text, '15.2', opts)).toMatchObject({ kind: 'growth', label: '财政总收入年均增速' });
    expect(the(text, '105.67', opts).label).toContain('财政总收入');
    expect(the(text, '3.\n9', opts)).toMatchObject({ number: -3.9, unit: '个百分点', kind: 'change' });
    expect(the(text, '385. 23', opts)).toMatchObject({ number: 385.23, unit: '亿元' });
    // A heading's line ends the sentence still.
    expect(the('一、工业经济\n2016年,全市规上工业增加值增长8%。', '8', opts).label).not.toContain('工业经济2016');
  });
});

describe('a rank moved from one place to the next', () => {
  it('“由全省第7进到第6位”: both places are ranks of what holds them, the first’s 位 written once', () => {
    // 汉中市2017年政府工作报告.
    const text = '生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位。';
    // (总量 is the measure just named: 生产总值's place, held-out set 17.)
    for (const v of ['7', '6'])
      expect(the(text, v, { asOf: '2016年' }), v).toMatchObject({ kind: 'rank', unit: '位', label: '生产总值位次' });
    // A 第 of a batch or a session is still no figure.
    expect(extractFigures('第7批名单公布,第十二届人大第一次会议召开。').length).toBe(0);
  });

  it('with 由 alone before it, both places are of the figure before; a 由 or 从 inside a subject stays', () => {
    // The 汉中 line without 总量: 由 opening the clause is no subject, so the amount's measure holds both places.
    const text = '生产总值年均增长12.2%,2016年达到1156.49亿元,由全省第7进到第6位。';
    for (const v of ['7', '6']) expect(the(text, v, { asOf: '2016年' }).label, v).toBe('生产总值位次');
    // Only a 由 or 从 ending the subject opens the move: 从业人员 and 自由贸易试验区 keep every character.
    expect(the('规模以上工业企业从业人员居全省第2位。', '2').label).toBe('规模以上工业企业从业人员位次');
    expect(the('2023年,中国(四川)自由贸易试验区货物贸易进出口总额居全国第9位。', '9').label).toBe(
      '中国自由贸易试验区货物贸易进出口总额位次',
    );
  });
});

describe('a rate named as a noun before its verb', () => {
  it('涨幅控制在, 增长目标确定为, 增长仍将达到: a growth rate; 自然增长率控制在: a rate of the population', () => {
    const text =
      '居民消费价格涨幅控制在3.5%左右,人口自然增长率控制在6‰以内。今年经济增长目标确定为9.5%左右。地区生产总值增长仍将达到6.5%左右。';
    for (const v of ['3.5', '9.5', '6.5']) expect(the(text, v, { asOf: '2013年' }), v).toMatchObject({ kind: 'growth', number: Number(v) });
    expect(the(text, '6', { asOf: '2013年' })).toMatchObject({ kind: 'share', unit: '‰', qualifier: '以内' });
  });
});
