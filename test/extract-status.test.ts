/**
 * Whether a figure is a result, an estimate or a target, where sentences and clauses end, and how 分别 lists
 * share out subjects and periods — each on sentences as reports write them, with what an analyst reading
 * them would file: a target or an estimate never stands among results (issue 26: the extractor's mutation run).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, sentences } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('status: result, estimate or target', () => {
  it('预计 and its kin make an estimate, from where they stand on', () => {
    expect(the('预计全年地区生产总值增长7%左右。', '7').status).toBe('estimate');
    expect(the('据初步估算，全年粮食产量1200万吨。', '1200').status).toBe('estimate');
    expect(the('全年工业增加值增长6.2%，预测明年增长6.5%。', '6.2').status).toBe('actual');
    expect(the('全年工业增加值增长6.2%，预测明年增长6.5%。', '6.5').status).toBe('estimate');
  });

  it('预计 in brackets right after a figure marks that figure only', () => {
    // 湖南省2011年政府工作报告 (held-out set eight).
    const text = '2010年,全省生产总值达到1.5万亿元以上(预计数),人均生产总值达到23100元,分别是2005年的2.3倍、2.2倍。';
    expect(the(text, '1.5')).toMatchObject({ status: 'estimate', qualifier: '以上', unit: '万亿元' });
    for (const v of ['23100', '2.3', '2.2']) expect(the(text, v).status, v).toBe('actual');
    expect(the('全年粮食产量1200万吨（预计），增长2%。', '1200').status).toBe('estimate');
    expect(the('全年粮食产量1200万吨（预计），增长2%。', '2').status).toBe('actual');
    // Not in brackets: from where it stands on, as before.
    expect(the('全年工业增加值增长6.2%，预计明年增长6.5%。', '6.5').status).toBe('estimate');
  });

  it('a sentence that states targets makes every figure after it a target', () => {
    const text = '主要预期目标是：国内生产总值增长6.5%左右；城镇新增就业1100万人以上；居民消费价格涨幅3%左右。';
    for (const v of ['6.5', '1100', '3']) expect(the(text, v).status, v).toBe('target');
  });

  it('力争, 确保, 计划, 到2020年 in the clause make a target; the same figure reported is a result', () => {
    expect(the('力争全年规上工业增加值增长8%。', '8').status).toBe('target');
    expect(the('确保城镇新增就业10万人。', '10').status).toBe('target');
    expect(the('计划新建5G基站2万个。', '2').status).toBe('target');
    expect(the('到2020年，全市工业总产值达到2万亿元。', '2').status).toBe('target');
    expect(the('全市规上工业增加值增长8%。', '8').status).toBe('actual');
  });

  it('a target reached or beaten is a result', () => {
    const text = '全年地区生产总值增长6.9%，超过年度预期目标0.4个百分点。';
    expect(the(text, '6.9').status).toBe('actual');
    expect(the(text, '0.4').status).toBe('actual');
    // A plan beaten (安康市工信局 2019, held-out set 9): a result of the subject before it.
    const ankang = '2019年全市非公经济增加值占GDP比重完成60.6%，超省考计划0.3个百分点，连续6年保持全省第一。';
    expect(the(ankang, '0.3')).toMatchObject({ status: 'actual', label: '非公经济增加值占GDP比重变化' });
    expect(the('力争非公经济增加值占GDP比重达到62%，完成省考计划。', '62').status).toBe('target');
  });

  it('a target governs its own clause: a clause opening with the time reached so far or with what was done reports results', () => {
    // 大同日报, 2021-01-25 (test/corpus/datong-2020-11-industry).
    const datong =
      '去年全年战略性新兴产业增加值增长速度目标是6.2%,截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点。';
    expect(extractFigures(datong).map((f) => [f.value, f.status])).toEqual([
      ['6.2', 'target'],
      ['6.9', 'actual'],
      ['4.4', 'actual'],
    ]);
    // 实际利用外资 is a measure among the targets, not a result (福建省2013年政府工作报告, test/corpus/fujian-2013-government-work).
    const fujian =
      '报告明确提出了2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右;地方公共财政收入增长12%;全社会固定资产投资增长20%;外贸出口增长5%,实际利用外商直接投资增长5%。';
    expect(extractFigures(fujian).map((f) => f.status)).toEqual(['target', 'target', 'target', 'target', 'target']);
  });

  it('到 the next part of the year, after 从 one, steps through results; 到 it alone stays a deadline', () => {
    // 酒泉 2020 (大西北网, traditional; held-out set 32): 上半年 and 前三季度 are results, of the subject named before 从.
    const jiuquan =
      '全市規模以上工業增加值增速從一季度同比下降2.1%到上半年同比增長4.6%,前三季度同比增長14.2%,穩步實現“一季度少下降、二季度正增長、三季度補欠賬、四季度保目標”的階段性目標。';
    const found = extractFigures(jiuquan, { asOf: '2020年1-11月' });
    expect(found.map((f) => [f.value, f.number, f.period, f.status])).toEqual([
      ['2.1', -2.1, '一季度', 'actual'],
      ['4.6', 4.6, '上半年', 'actual'],
      ['14.2', 14.2, '前三季度', 'actual'],
    ]);
    for (const f of found) expect(f.label).toContain('規模以上工業增加值');
    // Without 从 before it, 到 a part of the year still reads as a deadline.
    expect(the('力争到上半年完成投资50亿元。', '50').status).toBe('target');
  });

  it('what a sentence says the province will do is a target', () => {
    expect(the('2021年全省工信系统将全力打造先进制造业集群，净增1000家规上工业企业。', '1000').status).toBe('target');
    // 兰州市工信委 on 2012 (held-out set 9): 努力实现 makes the figures after it targets, its 其中 list too.
    const lanzhou =
      '今年我市工业和信息化系统将按照“盯紧一套目标”的总体要求，力促全市经济社会跨越式发展，努力实现工业增加值增长15%，其中：规模以上工业增加值增长15%，非公经济增加值增长17%以上，电信业务总量增长40%。';
    expect(extractFigures(lanzhou).map((f) => f.status)).toEqual(['target', 'target', 'target', 'target']);
    expect(the('去年，全市工业实现增加值497.24亿元，努力实现了稳增长。', '497.24').status).toBe('actual');
  });

  it('figures under a heading about targets are targets, under a review of results they are not', () => {
    const plan = '二、2018年发展主要预期目标\n地区生产总值增长7%。';
    expect(the(plan, '7').status).toBe('target');
    const review = '一、2017年主要目标完成情况\n地区生产总值增长7%。';
    expect(the(review, '7').status).toBe('actual');
  });

  // 广州 政府工作报告 news, 2018 (held-out set seven): a headline's 预期增长 is its own figure's status; the
  // 2017 results under it are no targets, and the list after 主要预期目标是 goes on into the next sentence.
  const GUANGZHOU =
    '今年GDP预期增长7.5%左右\n报告首先回顾了2017年工作。完成固定资产投资6000亿元, 增长8%左右。社会消费品零售总额 9400亿元, 增长8%。\n' +
    '温国辉表示,今年经济社会发展主要预期目标是: 地区生产总值增长7.5%左右, 固定资产投资增长11%左右。经济结构和质量效益不断提升,先进制造业增加值占制造业比重达到66%左右, 地方一般公共预算收入可比增长7.5%。\n' +
    '全市规上工业增加值增长6%。';

  it('a headline with 预期增长 states a target; it opens no section of targets', () => {
    const all = extractFigures(GUANGZHOU);
    expect(all[0]).toMatchObject({ value: '7.5', status: 'target' });
    for (const v of ['6000', '9400']) expect(the(GUANGZHOU, v).status, v).toBe('actual');
    expect(the('全年地区生产总值增长7%，超预期增长0.5个百分点。', '0.5').status).toBe('actual');
  });

  it('a list of targets after 目标是： goes on in its paragraph until a sentence names its own time', () => {
    const all = extractFigures(GUANGZHOU);
    expect(all.filter((f) => f.status === 'target').map((f) => f.value)).toEqual(['7.5', '7.5', '11', '66', '7.5']);
    // The next paragraph, or a sentence naming its time, is results again.
    expect(the(GUANGZHOU, '6').status).toBe('actual');
    const timed = '主要预期目标是：地区生产总值增长7%。上半年，地区生产总值增长6.5%。';
    expect(the(timed, '6.5').status).toBe('actual');
  });

  it('what a sentence says will be done goes on in the next sentences until one names its time or compares with the past', () => {
    // 兰州市工信委 on 2012 (held-out set 9).
    const lanzhou =
      '今年我市将努力实现工业增加值增长15%。实施重点工业固定资产投资项目100项，工业固定资产投资增长23%以上；单位生产总值能耗降低3.66%；创建市级企业技术中心10户。';
    expect(extractFigures(lanzhou).map((f) => [f.value, f.status])).toEqual([
      ['15', 'target'],
      ['100', 'target'],
      ['23', 'target'],
      ['3.66', 'target'],
      ['10', 'target'],
    ]);
    expect(the('今年我市将努力实现工业增加值增长15%。实施重点项目100项，同比增长20%。', '100').status).toBe('actual');
    expect(the('今年我市将努力实现工业增加值增长15%。去年完成重点项目100项。', '100').status).toBe('actual');
    // Only sentences that open with what is to be done go on: a result after the plan on the same line stays one.
    expect(the('今年我市将努力实现工业增加值增长15%。其中,种植业实现增加值33亿元,增长4.6%。', '33').status).toBe('actual');
    expect(the('今年我市将努力实现工业增加值增长15%。\n完成重点项目100项。', '100').status).toBe('actual');
  });
});

describe('headings that name a year', () => {
  // 安徽省2025年政府工作报告要点 (held-out set eight): each line its own paragraph under its heading.
  const text = [
    '一、2024年工作回顾',
    '全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶;',
    '制造业投资增长13.3%、连续48个月保持两位数增长;',
    '二、2025年主要目标任务',
    '全省地区生产总值增长5.5%以上;',
    '固定资产投资增长5%左右;',
    '三、2025年重点工作',
    '扎实推进乡村全面振兴,发展乡村富民产业,新建长三角绿色农产品生产加工供应基地100个;',
  ].join('\n');

  it('the lines under a heading are of the year it names', () => {
    expect(the(text, '5.8', { asOf: '2024年' })).toMatchObject({ period: '2024年', status: 'actual' });
    expect(the(text, '13.3', { asOf: '2024年' })).toMatchObject({ period: '2024年', status: 'actual' });
    expect(the(text, '5.5', { asOf: '2024年' })).toMatchObject({ period: '2025年', status: 'target', qualifier: '以上' });
    expect(the(text, '5.5')).toMatchObject({ period: '2025年', status: 'target' });
  });

  it("work to be done in a year after the report's own is a target, whatever the heading calls it", () => {
    expect(the(text, '100', { asOf: '2024年' })).toMatchObject({ period: '2025年', status: 'target', kind: 'count' });
    // A heading on the report's own year leaves its results results.
    expect(the('三、2024年重点工作\n新建供应基地100个;', '100', { asOf: '2024年' }).status).toBe('actual');
    // A heading on the years since one ("2012年以来") is no time of the lines under it.
    expect(the('一、2012年以来的发展\n全省工业增加值达到1200亿元。', '1200', { asOf: '2024年' }).period).toBe('2024年');
    // With no date known, the lines keep the years the heading names, not a five-year plan's.
    expect(the('一、2012年以来的发展\n全省工业增加值达到1200亿元。', '1200').period).toContain('2012');
  });
});

describe('sentences', () => {
  it('end at 。！？, ASCII ! and ?, and a line break; blank spans are none', () => {
    const text = '增长10%。下降5%！持平？回升2%!回落1%?\n新段落\n\n　\n末句';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '增长10%。',
      '下降5%！',
      '持平？',
      '回升2%!',
      '回落1%?',
      '新段落',
      '末句',
    ]);
  });

  it('a text without an end mark is one sentence; an empty text or a blank tail adds none', () => {
    const spans = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans('')).toEqual([]);
    expect(spans('增长10%')).toEqual(['增长10%']);
    expect(spans('增长10%。下降5%')).toEqual(['增长10%。', '下降5%']);
    expect(spans('增长10%。 \u3000\u00a0')).toEqual(['增长10%。']);
    expect(spans('\n\n增长10%\n')).toEqual(['增长10%']);
  });

  it('a clause ends at ，；： and their ASCII forms: the verb of one clause does not sign the next', () => {
    expect(the('工业投资下降8.9%,民间投资3200亿元。', '3200').number).toBe(3200);
    expect(the('工业投资下降8.9%；民间投资3200亿元。', '3200').number).toBe(3200);
  });
});

describe('分别 lists', () => {
  it('give each value the subject written at its place in the list', () => {
    const text = '固定资产投资、社会消费品零售总额、进出口总值年均分别增长7.6%、9%、7%。';
    expect(['7.6', '9', '7'].map((v) => the(text, v).label)).toEqual([
      expect.stringContaining('固定资产投资'),
      expect.stringContaining('社会消费品零售总额'),
      expect.stringContaining('进出口总值'),
    ]);
  });

  it('share a head noun written once after the last item', () => {
    const text = '新能源汽车、集成电路产量分别增长15.2%和9.8%。';
    expect(the(text, '15.2').label).toContain('新能源汽车产量');
    expect(the(text, '9.8').label).toContain('集成电路产量');
  });

  it('give each value its own month, or its own year of a span', () => {
    const months = '10月、11月、12月规上工业增加值增速分别为3.1%、5.8%和6.5%。';
    expect(['3.1', '5.8', '6.5'].map((v) => the(months, v, { asOf: '2020年' }).period)).toEqual(['10月', '11月', '12月']);
    const years = '2013-2017年规上工业增速分别为11.1%、9.6%、10.7%、10.2%、9.4%。';
    expect(['11.1', '9.6', '10.7', '10.2', '9.4'].map((v) => the(years, v).period)).toEqual([
      '2013年',
      '2014年',
      '2015年',
      '2016年',
      '2017年',
    ]);
  });
});
