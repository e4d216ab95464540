/**
 * The periods a sentence names and the role of each (issue 26: the extractor's mutation run, periods.ts and
 * report-period.ts): the period is one of the fields scored on unseen reports, so each way a report writes a
 * time — a span of years, months, quarters, plan periods, years counted back, dates — is read here, with what
 * it is to the figures (their time, a comparison base, a target, the own year of the number after 的).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { currentMonthOf, lastYearOf, periodMentions, spanText, yearOf } from '../src/shared/extract/periods';
import { reportPeriod, writtenYear } from '../src/shared/extract/report-period';

/** Each mention as [text, role]. */
/** The period of the one figure whose value is `value`, the report's period read from the text. */
function periodOf(text: string, value: string): string {
  const found = extractFigures(text).filter((x) => x.value === value);
  expect(found, value).toHaveLength(1);
  return found[0].period;
}

const mentions = (sentence: string, refYear: number | undefined = 2016) => periodMentions(sentence, refYear).map((m) => [m.text, m.role]);

describe('periods named in a sentence', () => {
  // [sentence, [normalised text, role] of each mention]
  const CASES: [string, string[][]][] = [
    ['2013-2016年，全市工业增加值年均增长8%。', [['2013-2016年', 'time']]],
    ['2013年至2016年，全市工业增加值年均增长8%。', [['2013-2016年', 'time']]],
    ['1月至5月，全市工业增加值增长6%。', [['1-5月', 'time']]],
    ['元月至5月，全市工业增加值增长6%。', [['1-5月', 'time']]],
    ['前三个月，全市工业增加值增长6%。', [['1-3月', 'time']]],
    ['前11个月，全市工业增加值增长6%。', [['1-11月', 'time']]],
    ['第一季度，全市工业增加值增长6%。', [['一季度', 'time']]],
    ['2019年一季度，全市工业增加值增长6%。', [['2019年一季度', 'time']]],
    ['2019年上半年，全市工业增加值增长6%。', [['2019年上半年', 'time']]],
    ['2019年前三季度，全市工业增加值增长6%。', [['2019年前三季度', 'time']]],
    ['2019年前5个月，全市工业增加值增长6%。', [['2019年1-5月', 'time']]],
    ['2019年元月至5月，全市工业增加值增长6%。', [['2019年1-5月', 'time']]],
    ['2019年12月底，全市金融机构存款余额1.2万亿元。', [['2019年12月底', 'time']]],
    ['2019年末，全市金融机构存款余额1.2万亿元。', [['2019年末', 'time']]],
    ['2019年以来，全市新增企业1200家。', [['2019年以来', 'time']]],
    ['12月份，全市工业增加值增长6%。', [['12月', 'time']]],
    ['6月末，全市金融机构存款余额1.2万亿元。', [['6月末', 'time']]],
    ['“十三五”期间，全市工业增加值年均增长8%。', [['“十三五”时期', 'time']]],
    ['十三五末，全市工业增加值达到1万亿元。', [['“十三五”末', 'time']]],
    ['全市工业增加值比2010年增长50%。', [['2010年', 'base']]],
    ['与2015年相比，全市工业增加值增长30%。', [['2015年', 'base']]],
    ['全市工业增加值是2007年的3倍。', [['2007年', 'base']]],
    ['到2020年，全市工业增加值达到1万亿元。', [['2020年', 'target']]],
    ['力争2018年全市工业增加值达到1万亿元。', [['2018年', 'target']]],
    [
      '失业率由2012年的10.2%下降至2016年的4.5%。',
      [
        ['2012年', 'own'],
        ['2016年', 'own'],
      ],
    ],
    ['全市综合排名比2005年的第16位提升了9位。', [['2005年', 'own']]],
    [
      '继2010年提高1.0个百分点的基础上，今年又提高0.8个百分点。',
      [
        ['2010年', 'own'],
        ['2016年', 'time'],
      ],
    ],
    [
      '全市工业增加值比今年1-3月、1-4月和1-5月分别加快0.2、0.3和0.5个百分点。',
      [
        ['1-3月', 'base'],
        ['1-4月', 'base'],
        ['1-5月', 'base'],
      ],
    ],
    ['全年全市工业增加值增长6%。', [['2016年', 'time']]],
    ['上月全市工业增加值增长6%。', [['当月', 'time']]],
    ['全市工业增加值比去年同期增长6%。', [['上年同期', 'base']]],
    ['工业增速由去年同期的12.8%回落到6%。', [['上年同期', 'own']]],
    // heilongjiang-2018-q3-industry (held-out set 15): 同期 alone after 由, and a rate written with its verb.
    ['中直工业由同期的增长1.2%转为下降2.3%。', [['上年同期', 'own']]],
    ['地方工业增长9.1%，高于同期5.8个百分点。', []],
    // A day a stock is counted up to is its time, as 截至3月底 is (九江 2020, held-out set 18).
    ['截至2020年6月30日，全市累计建成5G基站3.1万个。', [['2020年6月30日', 'time']]],
  ];
  it.each(CASES)('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  it('gives the rate 由同期的 the same months a year before (黑龙江 2018年前三季度, held-out set 15)', () => {
    const text = '地方工业增长9.1%,高于同期5.8个百分点;中直工业由同期的增长1.2%转为下降2.3%。';
    expect(extractFigures(text, { asOf: '2018年前三季度' }).map((f) => [f.value, f.number, f.period])).toEqual([
      ['9.1', 9.1, '2018年前三季度'],
      ['5.8', 5.8, '2018年前三季度'],
      ['1.2', 1.2, '2017年前三季度'],
      ['2.3', -2.3, '2018年前三季度'],
    ]);
  });

  it('names no period in what only looks like one: a backwards span, month 13, a date, a decimal, 3年内', () => {
    for (const s of [
      '2016-2013年',
      '2016-2016年',
      '1-13月',
      '5-3月',
      '5-5月',
      '0-5月',
      '13月',
      '2020年8月15日，省统计局发布数据。',
      '增长1.2019年',
      '3年内建成',
    ])
      expect(mentions(s), s).toEqual([]);
  });

  it('reads months written in numerals from 元 or 一 as a span, and hands a 分别 list one month each', () => {
    // 商洛 2009 (traditional; held-out set 32): January and February, each a decline.
    const shangluo = '去年年初工業經濟一直以低速開局,元至二月份規模以上工業產值分別下降26.1%和14%,面對這一嚴峻形勢。';
    const found = extractFigures(shangluo, { asOf: '2009年' });
    expect(found.map((f) => [f.value, f.number, f.period])).toEqual([
      ['26.1', -26.1, '1月'],
      ['14', -14, '2月'],
    ]);
    for (const f of found) expect(f.label).toBe('規模以上工業產值增速');
    expect(mentions('一至十一月,全市规模以上工业增加值增长8%。')).toEqual([['1-11月', 'time']]);
    expect(mentions('元至10月')).toEqual([['1-10月', 'time']]);
    // Not the 一 of 十一 or 第一, nor a month after the span's end.
    expect(mentions('十一至十二月')).toEqual([]);
    expect(mentions('第一至三月')).toEqual([]);
  });

  it('finds a period after a sentence opening with 年 or 五, and none in 本季度', () => {
    // The quick look for 年/五 (mayName) reads from the sentence's first character on.
    expect(mentions('年末全市户籍人口100万人，全年出生人口1万人。')).toEqual([['2016年', 'time']]);
    expect(mentions('五金制品业“十三五”期间年均增长6%。')).toEqual([['“十三五”时期', 'time']]);
    expect(mentions('本季度全市工业增加值增长6%。')).toEqual([]);
    expect(mentions('五金制品业增加值增长8%。')).toEqual([]);
  });

  it('gives the number after 的 and a 基础上 clause its own year, at the offset of that number', () => {
    const fell = '失业率由2012年的10.2%下降至2016年的4.5%。';
    const [from, to] = periodMentions(fell, 2016);
    expect([from.ownAt, to.ownAt]).toEqual([fell.indexOf('10.2'), fell.indexOf('4.5')]);
    const built = '在2007年粮食总产量达到692.6亿斤的基础上，今年再增产。';
    const [basis] = periodMentions(built, 2016);
    expect(basis).toMatchObject({ text: '2007年', role: 'own', ownAt: built.indexOf('692.6') });
  });

  it('counts years back from the report year: N年来, 近N年, 过去N年, 连续N年, N年平均', () => {
    const one = (s: string) => periodMentions(s, 2020)[0];
    expect(one('五年来，全市工业增加值年均增长8%。')).toMatchObject({ text: '“十三五”时期', span: true, from: 2016, to: 2020 });
    expect(one('近三年，全市工业增加值年均增长8%。')).toMatchObject({ text: '2018-2020年', from: 2018, to: 2020 });
    expect(one('过去5年，全市工业增加值年均增长8%。')).toMatchObject({ text: '“十三五”时期' });
    expect(one('近三年来，全市工业增加值年均增长8%。')).toMatchObject({ text: '2018-2020年', from: 2018, to: 2020 });
    expect(one('过去五年间，全市工业增加值年均增长8%。')).toMatchObject({ text: '“十三五”时期', from: 2016, to: 2020 });
    expect(one('全市粮食产量连续9年保持在1100万吨以上。')).toMatchObject({ text: '2012-2020年', local: true });
    expect(one('两年平均增长5.2%。')).toMatchObject({ text: '2019-2020年', rateOnly: true });
    // A place held for years is the report's own place (安康市工信局 2019, held-out set 9); a level held stays over them.
    const ankang = extractFigures('2019年全市完成规模工业增加值同比增长11.4%，增速连续四年位居全省第一。');
    expect(ankang.map((f) => [f.value, f.period])).toEqual([
      ['11.4', '2019年'],
      ['一', '2019年'],
    ]);
    expect(periodOf('2020年，全市粮食产量连续9年保持在1100万吨以上。', '1100')).toBe('2012-2020年');
    // Without a report year there is nothing to count back from; a year is not a span; 11 years is too many.
    expect(periodMentions('五年来，全市工业增加值年均增长8%。', undefined)).toEqual([]);
    expect(periodMentions('一年来，全市工业增加值增长8%。', 2020)).toEqual([]);
    expect(periodMentions('十一年来，全市工业增加值年均增长8%。', 2020)).toEqual([]);
  });

  it('reads what only looks like a relative period: 当月末/本月份末, 今年 before a part of it, 今年以来, 1.5年来, 连续十年内', () => {
    expect(mentions('当月末，全市金融机构存款余额1.2万亿元。')).toEqual([]);
    expect(mentions('本月份末，全市金融机构存款余额1.2万亿元。')).toEqual([]);
    expect(mentions('今年以来，全市新增企业1200家。')).toEqual([]);
    expect(mentions('今年前5个月，全市工业增长6%。')).toEqual([['1-5月', 'time']]);
    expect(mentions('今年一季度，全市工业增长6%。')).toEqual([['一季度', 'time']]);
    expect(mentions('1.5年来，全市工业增长6%。')).toEqual([]);
    expect(mentions('连续十年内，全市工业保持增长。')).toEqual([]);
  });

  it('counts years back written with digits, 以来, 间, 近/过去/最近 and 连续…年来 once', () => {
    expect(mentions('三年以来，全市工业增长6%。')).toEqual([['2014-2016年', 'time']]);
    expect(mentions('3年间，全市工业年均增长6%。')).toEqual([['2014-2016年', 'time']]);
    expect(mentions('近5年，全市工业年均增长6%。')).toEqual([['2012-2016年', 'time']]);
    expect(mentions('过去十年，全市工业年均增长6%。')).toEqual([['2007-2016年', 'time']]);
    expect(mentions('近10年来，全市工业年均增长6%。')).toEqual([['2007-2016年', 'time']]);
    expect(mentions('10年来，全市工业年均增长6%。')).toEqual([['2007-2016年', 'time']]);
    expect(mentions('近10年，全市工业年均增长6%。')).toEqual([['2007-2016年', 'time']]);
    expect(mentions('全市粮食产量连续10年保持在1100万吨以上。')).toEqual([['2007-2016年', 'time']]);
    expect(mentions('最近三年，全市工业年均增长6%。')).toEqual([['2014-2016年', 'time']]);
    expect(mentions('连续3年来，全市工业保持增长。')).toEqual([['2014-2016年', 'time']]);
  });

  it('keeps a past year after 到 as the time of the figures, a later one as a target', () => {
    expect(mentions('到2019年底，全市累计建成5G基站3.1万个。', 2020)).toEqual([['2019年底', 'time']]);
    expect(mentions('到2022年，全市建成5G基站10万个。', 2020)).toEqual([['2022年', 'target']]);
  });

  it('reads a plan period as a span of years, its 末 and 初 as points in it', () => {
    const plan = (s: string) => periodMentions(s, 2016).map((m) => [m.text, m.span]);
    expect(plan('“十三五”以来，全市工业增加值年均增长8%。')).toEqual([['“十三五”时期', true]]);
    expect(plan('十三五规划期，全市工业增加值年均增长8%。')).toEqual([['“十三五”时期', true]]);
    expect(plan('十三五末，全市工业增加值达到1万亿元。')).toEqual([['“十三五”末', false]]);
    expect(plan('十四五初，全市工业增加值达到1万亿元。')).toEqual([['“十四五”初', false]]);
    expect(mentions('1-12月，全市工业增加值增长6%。')).toEqual([['1-12月', 'time']]);
  });

  it('reads the own year after 时的 and before a qualified number, a 基础上 clause with no number as a base', () => {
    const rank = '全市排名由2015年时的第16位上升至第7位。';
    expect(periodMentions(rank, 2016)[0]).toMatchObject({ text: '2015年', role: 'own', ownAt: rank.indexOf('第16位') });
    const same = '全市工业增加值增速比2015年同期的8.1%回落2个百分点。';
    expect(periodMentions(same, 2016)[0]).toMatchObject({ text: '2015年', role: 'own', ownAt: same.indexOf('8.1') });
    expect(extractFigures(same, { asOf: '2016年' }).map((f) => f.period)).toEqual(['2015年', '2016年']);
    const near = '全市工业投资比2015年的近3000亿元增长20%。';
    expect(periodMentions(near, 2016)[0]).toMatchObject({ role: 'own', ownAt: near.indexOf('近3000') });
    const passed = '在2010年全市工业增加值突破1万亿元的基础上，今年再增长8%。';
    expect(periodMentions(passed, 2016)[0]).toMatchObject({ text: '2010年', role: 'own', ownAt: passed.indexOf('突破1万') });
    expect(mentions('在2010年全市工业增加值达到一个新高度以后的基础上，今年再增长8%。')).toEqual([
      ['2010年', 'base'],
      ['2016年', 'time'],
    ]);
    expect(mentions('在2010年基础上，今年再增长8%。')).toEqual([
      ['2010年', 'base'],
      ['2016年', 'time'],
    ]);
    expect(mentions('在2010年的基础上，今年再增长8%。')).toEqual([
      ['2010年', 'base'],
      ['2016年', 'time'],
    ]);
  });

  it('reads a base from the words after it (相比, 以前), a target after 目标/计划/预计到, a list of bases after 和', () => {
    expect(mentions('2015年相比，全市工业增长30%。')).toEqual([['2015年', 'base']]);
    expect(mentions('2015年以前，全市工业增长30%。')).toEqual([['2015年', 'base']]);
    expect(mentions('全市工业增加值目标2020年达到1万亿元。')).toEqual([['2020年', 'target']]);
    expect(mentions('全市计划2020年建成5G基站1万个。')).toEqual([['2020年', 'target']]);
    expect(mentions('全市预计到2020年建成5G基站1万个。')).toEqual([['2020年', 'target']]);
    // 到 between two periods joins them: the second is no target.
    expect(mentions('2019年12月到2020年6月，全市新增企业1200家。')).toEqual([
      ['2019年12月', 'time'],
      ['2020年6月', 'time'],
    ]);
    expect(mentions('全市工业增加值与2015年和2016年相比分别增长30%和20%。')).toEqual([
      ['2015年', 'base'],
      ['2016年', 'base'],
    ]);
    // A base ends at its clause: the year of the next one is its time.
    expect(mentions('全市工业增加值比2015年增长30%，2016年增长20%。')).toEqual([
      ['2015年', 'base'],
      ['2016年', 'time'],
    ]);
    expect(mentions('截止2020年6月30日，全市累计建成5G基站3.1万个。')).toEqual([['2020年6月30日', 'time']]);
    expect(mentions('截止到2020年6月30日，全市累计建成5G基站3.1万个。')).toEqual([['2020年6月30日', 'time']]);
  });

  it('reads a period the figures carry on from (延续/承接/接续) as a base, not their time', () => {
    // 长治市统计局, 2025年一季度 (held-out set six): the figures are of 一季度, not of 2月.
    const text = '一季度，全市规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%，比全省高1.9个百分点。';
    expect(mentions(text)).toEqual([
      ['一季度', 'time'],
      ['2月', 'base'],
    ]);
    expect(periodOf(text, '9.6')).toBe('一季度');
    expect(periodOf(text, '1.9')).toBe('一季度');
    expect(periodOf('前三季度，全市工业延续了上半年的回升势头，增加值同比增长6.2%。', '6.2')).toBe('前三季度');
    expect(periodOf('1-5月，全省工业承接一季度良好态势，增加值增长7.1%。', '7.1')).toBe('1-5月');
  });

  it('reads 全年 right after a base year as that base (与2024年全年持平), not as the time of what follows', () => {
    // 大理州, 2025年一季度 (held-out set seven): the figures after it are of 一季度, not of 2025年 or 全年.
    const text = '一季度,全州农林牧渔业总产值118.3亿元,同比增长2.6%,增速与2024年全年持平。其中,农业(种植业)产值69.2亿元,增长3.9%。';
    expect(mentions(text, 2025)).toEqual([
      ['一季度', 'time'],
      ['2024年', 'base'],
    ]);
    expect(periodOf(text, '69.2')).toBe('一季度');
    expect(extractFigures(text, { asOf: '2025年一季度' }).map((f) => f.period)).toEqual(Array(4).fill('一季度'));
    const faster = '分三大板块看,非烟非能工业增加值增长22.4%,比2024年全年加快5.4个百分点;烟草工业增加值增长0.8%。';
    expect(extractFigures(faster, { asOf: '2025年一季度' }).map((f) => f.period)).toEqual(Array(3).fill('2025年一季度'));
    // 全年 after the year that is the time of the sentence stays that year's.
    expect(mentions('2019年全年,全市工业增加值增长6%。', 2019)).toEqual([['2019年', 'time']]);
  });

  it('marks a period after 其中 as a part of the one before', () => {
    expect(periodMentions('其中，10月全市工业增加值增长8%。', 2016)[0]).toMatchObject({ text: '10月', part: true });
    expect(periodMentions('其中10月全市工业增加值增长8%。', 2016)[0]).toMatchObject({ text: '10月', part: true });
    expect(periodMentions('其中,10月全市工业增加值增长8%。', 2016)[0]).toMatchObject({ text: '10月', part: true });
    expect(periodMentions('其中：10月全市工业增加值增长8%。', 2016)[0]).toMatchObject({ text: '10月', part: true });
    expect(periodMentions('10月全市工业增加值增长8%。', 2016)[0].part).toBeUndefined();
  });

  it('marks one month named as such (8月当月, 10月份当月, 当月) as a part, and a cumulative figure after it not of it', () => {
    expect(periodMentions('规模工业增加值8月当月增长8.9%。', 2019)[0]).toMatchObject({ text: '8月', part: true });
    expect(periodMentions('其中10月份当月增长7.3%。', 2022)[0]).toMatchObject({ text: '10月', part: true });
    expect(periodMentions('增长8.9%，当月增幅列全省第三。', 2019)[0]).toMatchObject({ part: true });
    // 当月 alone opening its sentence is the time of what follows.
    expect(periodMentions('当月，全省规上工业增加值增长8%。', 2019)[0].part).toBeUndefined();
    // "8月当月" names one month of the cumulative period even opening its sentence: the next is of 1-8月 again
    // (内蒙古工信厅, 2023年1-8月).
    expect(periodMentions('8月当月，全省规上工业增加值增长8%。', 2019)[0]).toMatchObject({ text: '8月', part: true });
    const nmg = extractFigures(
      '1-8月份，全区规上工业增加值同比增长7.5%。8月当月全区规上工业增速9.7%，环比7月提高0.8个百分点。全区三大门类中，采矿业增加值同比增长3.7%，较1-7月提高0.2个百分点。',
      { asOf: '2023年1-8月' },
    );
    expect(nmg.map((f) => f.period)).toEqual(['1-8月', '2023年8月', '2023年8月', '1-8月', '1-8月']);
    const month = extractFigures('当月，全省规上工业增加值增长8%。其中，制造业增长9%。', { asOf: '2019年1-5月' });
    expect(month.map((f) => f.period)).toEqual(['2019年5月', '2019年5月']);
    expect(periodMentions('上月，全省工业增加值增长8.1%。', 2015)[0].part).toBeUndefined();
    // 南通市工信局, 2019年1-8月: the month's own rate and place, then the cumulative place and the next sentence.
    const text =
      '1-8月，全市规模工业增加值同比增长7.3%，规模工业增加值8月当月增长8.9%，当月增幅列全省第三，累计增幅位次较一季度前移6位至全省并列第六。全市重点产业运行稳健，“3+3”重点产业产值同比增长9.1%。';
    const period = (value: string) => extractFigures(text, { asOf: '2019年1-8月' }).find((f) => f.value === value)?.period;
    expect([period('8.9'), period('三'), period('6'), period('六'), period('9.1')]).toEqual([
      '2019年8月',
      '2019年8月',
      '1-8月',
      '1-8月',
      '1-8月',
    ]);
  });
});

describe('a government work report: the year it speaks of and the year of its targets', () => {
  const REPORT =
    '3月5日，第十三届全国人民代表大会第五次会议在北京人民大会堂开幕。政府工作报告表示，2021年，我国国内生产总值达到114万亿元，增长8.1%。' +
    '今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇调查失业率全年控制在5.5%以内；粮食产量保持在1.3万亿斤以上。';
  it('its figures are of the year before the session, its 今年 the session year (十三届五次 = 2022)', () => {
    expect(periodOf(REPORT, '114')).toBe('2021年');
    expect(periodOf(REPORT, '1.3')).toBe('2022年');
    expect(writtenYear(REPORT, '2021年', 2021)).toBe(2022);
  });
  it('全年 after the sentence named a year is that year, not the report year', () => {
    const targets = extractFigures(REPORT).filter((f) => f.status === 'target');
    expect(targets.map((f) => [f.label, f.period])).toEqual([
      ['国内生产总值增速', '2022年'],
      ['城镇调查失业率', '2022年'],
      ['粮食产量', '2022年'],
    ]);
    // With no year named before it, 全年 is the report's year.
    expect(periodOf('2021年全市工业增加值增长8%。全年规上工业利润增长12%。', '12')).toBe('2021年');
  });
  // 广州 2018 (held-out set seven): a city's congress, no date; the report is on 2017, its 今年 is 2018.
  const CITY =
    '广州市十五届人大三次会议上午开幕,温国辉作《政府工作报告》\n今年GDP预期增长7.5%左右\n' +
    '报告首先回顾了2017年工作。预计全年地区生产总值2.15万亿元,比上年增长7%以上。\n' +
    '温国辉表示,今年经济社会发展主要预期目标是: 地区生产总值增长7.5%左右, 固定资产投资增长11%左右。经济结构和质量效益不断提升,先进制造业增加值占制造业比重达到66%左右。';
  it("a city's congress or 政府工作报告 on a whole year: its 今年 is the year after, with or without --as-of", () => {
    for (const opts of [{ asOf: '2017年' }, {}]) {
      const all = extractFigures(CITY, opts);
      expect(all.map((f) => [f.value, f.period])).toEqual([
        ['7.5', '2018年'],
        ['2.15', '2017年'],
        ['7', '2017年'],
        ['7.5', '2018年'],
        ['11', '2018年'],
        ['66', '2018年'],
      ]);
    }
    expect(writtenYear('市长作政府工作报告。', '2017年', 2017)).toBe(2018);
    expect(writtenYear('市第十五届人民代表大会第三次会议开幕', '2017年', 2017)).toBe(2018);
    // On part of a year, or dated in the year itself, the congress changes nothing.
    expect(writtenYear('市长作政府工作报告。', '2017年1-7月', 2017)).toBe(2017);
    expect(writtenYear('2019年01月28日 应勇作政府工作报告', '2019年', 2019)).toBe(2019);
    expect(writtenYear('全市人大代表视察工业园区。', '2017年', 2017)).toBe(2017);
    // A dateline a comma away from 记者从 (兰州晚报 on 2011 and 2012's targets, held-out set 9).
    expect(writtenYear('据兰州晚报报道，2月14日，记者从市工信委了解到，今年我市工业增加值增长15%。', '2011年', 2011)).toBe(2012);
    expect(writtenYear('据兰州晚报报道，7月14日，记者从市工信委了解到，今年我市工业增加值增长15%。', '2011年', 2011)).toBe(2011);
  });
});

describe('period helpers', () => {
  it('names a span of years by its plan when it is exactly one', () => {
    const spans: [number, number, string][] = [
      [2006, 2010, '“十一五”时期'],
      [2011, 2015, '“十二五”时期'],
      [2021, 2025, '“十四五”时期'],
      [2026, 2030, '“十五五”时期'],
      [2031, 2035, '2031-2035年'],
      [2001, 2005, '2001-2005年'],
      [2007, 2011, '2007-2011年'],
      [2016, 2019, '2016-2019年'],
    ];
    for (const [from, to, text] of spans) expect(spanText(from, to), `${from}-${to}`).toBe(text);
  });

  it('reads 当月 as the last month of the report period, 上年同期 as the same months a year before', () => {
    expect(currentMonthOf('2015年1-7月', undefined)).toBe('2015年7月');
    expect(currentMonthOf('1-7月', 2015)).toBe('2015年7月');
    expect(currentMonthOf('1-7月', undefined)).toBe('7月');
    expect(currentMonthOf('2015年', 2015)).toBe('2015年');
    expect(lastYearOf('2024年上半年', 2024)).toBe('2023年上半年');
    expect(lastYearOf('上半年', 2024)).toBe('2023年上半年');
    expect(lastYearOf('上半年', undefined)).toBe('上年上半年');
    expect(yearOf('2019年1-7月')).toBe(2019);
    expect(yearOf('1-7月')).toBeUndefined();
  });

  it('gives a figure after 上月 the last month of the report period', () => {
    const f = extractFigures('上月全市规模以上工业增加值增长6.2%。', { asOf: '2015年1-7月' });
    expect(f.map((x) => x.period)).toEqual(['2015年7月']);
  });
});

describe('the report period from a dated report', () => {
  it('takes the months after the date as the last such months before it', () => {
    const cases: [string, string, number][] = [
      ['新华社2020年3月20日电 1-2月，全省工业增长7%。', '2020年1-2月', 2020],
      ['新华社2020年3月20日电 一季度，全省工业增长7%。', '2020年一季度', 2020],
      ['新华社2020年7月20日电 上半年，全省工业增长7%。', '2020年上半年', 2020],
      ['新华社2020年10月20日电 前三季度，全省工业增长7%。', '2020年前三季度', 2020],
      ['新华社2021年1月20日电 下半年，全省工业增长7%。', '2020年下半年', 2020],
      ['2021年1月24日讯 全年全省工业增长7.9%。', '2020年', 2020],
      ['2021年4月24日讯 全年全省工业增长7.9%。', '2021年', 2021],
      ['2021年1月24日讯 今年全省工业预计增长7.9%。', '2021年', 2021],
    ];
    for (const [text, period, year] of cases) expect(reportPeriod(text), text).toMatchObject({ period, year });
  });

  it('takes a month ending on the date as of the date’s year, and 全年 dated up to March as the year before', () => {
    expect(reportPeriod('新华社2020年6月30日电 上半年，全省工业增长7%。')).toMatchObject({ period: '2020年上半年', year: 2020 });
    expect(reportPeriod('新华社2020年10月20日电 三季度，全省工业增长7%。')).toMatchObject({ period: '2020年三季度', year: 2020 });
    expect(reportPeriod('新华社2020年5月3日电 二季度，全省工业增长7%。')).toMatchObject({ period: '2019年二季度', year: 2019 });
    expect(reportPeriod('新华社2020年1月3日电 四季度，全省工业增长7%。')).toMatchObject({ period: '2019年四季度', year: 2019 });
    expect(reportPeriod('2020年8月3日讯 7月末，全省存款余额1万亿元。')).toMatchObject({ period: '2020年7月末', year: 2020 });
    expect(reportPeriod('2021年3月24日讯 全年全省工业增长7.9%。')).toMatchObject({ period: '2020年', year: 2020 });
  });

  it('reads 去年 leading a dated report as the year before, not 去年底, 去年末, 去年以来 or a 去年 after the period', () => {
    expect(reportPeriod('2016年5月24日讯 去年全年全省工业增长7.9%。')).toMatchObject({ period: '2015年', year: 2015 });
    expect(reportPeriod('2016年5月24日讯 全省工业去年底存款1万亿元。')).toMatchObject({ period: '2016年', year: 2016 });
    expect(reportPeriod('2016年5月24日讯 全省工业去年末存款1万亿元。')).toMatchObject({ period: '2016年', year: 2016 });
    expect(reportPeriod('2016年5月24日讯 去年以来，全省工业增长7.9%。')).toMatchObject({ period: '2016年', year: 2016 });
    expect(reportPeriod('2016年5月24日讯 全年全省工业增长7.9%，去年增长6%。')).toMatchObject({ period: '2016年', year: 2016 });
    // Only the opening words: a 去年 more than 60 characters into the report is not what it leads with.
    const long = `2016年5月24日讯 ${'全省规模以上工业企业生产经营情况总体平稳，'.repeat(4)}去年全省工业增长7.9%。`;
    expect(reportPeriod(long)).toMatchObject({ period: '2016年', year: 2016 });
  });

  it('reads the period from the first lines only, and a session of a congress before the sixth names no year', () => {
    const deep = `${'全省规模以上工业企业生产经营情况总体平稳，'.repeat(20)}1-7月，全省工业增长5%。`;
    expect(deep.indexOf('1-7月')).toBeGreaterThan(400);
    expect(reportPeriod(deep)).toMatchObject({ period: '', year: undefined });
    expect(reportPeriod('五届全国人大一次会议开幕。今年全国工业增长7%。').year).toBeUndefined();
  });

  it('reads a report leading with 1-12月, 四季度 or 下半年 and naming the whole year as on the year; not 12月末', () => {
    expect(reportPeriod('2019年1-12月，全省工业增长7%。全年全省工业增长6%。').period).toBe('2019年');
    expect(reportPeriod('2019年四季度，全省工业增长7%。全年全省工业增长6%。').period).toBe('2019年');
    expect(reportPeriod('2019年下半年，全省工业增长7%。全年全省工业增长6%。').period).toBe('2019年');
    expect(reportPeriod('2019年12月末，全省存款余额1万亿元。全年新增贷款1000亿元。').period).toBe('2019年12月末');
  });

  it('reads a dateline only when the text names no year of its own; month 0 or 12 of a date as written', () => {
    expect(reportPeriod('2021年2月9日讯 2020年，全省规上工业增加值同比增长5.7%。')).toMatchObject({ period: '2020年', year: 2020 });
    expect(reportPeriod('2020年0月5日讯 全省工业增长5%。')).toMatchObject({ period: '', year: undefined });
    expect(reportPeriod('2020年12月25日讯 全年全省工业增长7.9%。')).toMatchObject({ period: '2020年', year: 2020 });
    // 截至 a year-end is the time of the report's figures: its year counts, and a later dateline does not move it.
    const asOf = '2016年1月24日讯 截至2015年底，全省规模以上工业企业达1.2万家。\n全省工业增加值增长7.9%。';
    expect(reportPeriod(asOf)).toMatchObject({ period: '2015年底', year: 2015 });
    // (A flow's growth at a year's end is over the year: extract-last-year-end.test.ts.)
    expect(periodOf(asOf, '1.2')).toBe('2015年底');
    expect(periodOf(asOf, '7.9')).toBe('2015年');
    expect(reportPeriod('2016年1月24日讯 截止到2015年底，全省规模以上工业企业达1.2万家。')).toMatchObject({ year: 2015 });
  });

  it('takes the year of the first period even when the text names another year more, and a span for no period', () => {
    const text = '2020年上半年，全省规上工业增加值增长5%。回顾2019年，全省工业增长6%，2019年末规上工业企业达1.2万家。';
    expect(reportPeriod(text)).toMatchObject({ period: '2020年上半年', year: 2020 });
    expect(reportPeriod('上半年，全省规模以上工业增加值增长5%，2020年全省新增企业1200家。').year).toBe(2020);
    expect(reportPeriod('明确2016至2018年全省工业发展蓝图，年均增长8%左右。')).toMatchObject({ period: '', year: 2016 });
    // December alone, with no word of the whole year (a base 2018年12月 is none), stays December.
    expect(reportPeriod('2019年12月，全省工业增长7%，比2018年12月加快1个百分点。').period).toBe('2019年12月');
  });

  it('takes no period from a date that is not one, nor from a report that names none', () => {
    expect(reportPeriod('2020年13月5日讯 全省工业增长5%。')).toMatchObject({ period: '', year: undefined });
    expect(reportPeriod('全省工业增长7%。')).toMatchObject({ period: '', year: undefined, plan: '' });
  });

  it('takes the year named most, never counting a base, a target, or digits inside a longer number', () => {
    const text = '全市工业增加值比2015年增长30%，投资比2015年增长20%，到2025年达到1万亿元，到2025年翻番。2019年全市新增企业1200家。';
    expect(reportPeriod(text)).toMatchObject({ period: '2019年', year: 2019 });
    expect(reportPeriod('文件编号12019年，2018年全市工业增长8%。')).toMatchObject({ period: '2018年', year: 2018 });
    expect(reportPeriod('增长1.2019年，2018年全市工业增长8%。')).toMatchObject({ period: '2018年', year: 2018 });
  });

  it('resolves a leading 今年 against the year named most: bases, targets and digits inside a number are not counted', () => {
    const thisYearIn = (text: string) => reportPeriod(`今年全省工业增长7%，${text}`).period;
    expect(thisYearIn('比2015年增长30%，比2015年翻番，到2025年达到1万亿元，到2025年再翻番，2019年新增企业1200家。')).toBe('2019年');
    expect(thisYearIn('编号12019年和12019年的文件，2018年新增企业。')).toBe('2018年');
    expect(thisYearIn('增长1.2019年和1.2019年，2018年新增企业。')).toBe('2018年');
    // A tie goes to the later year, whichever comes first; the last year of a span (2016至2018年) counts.
    expect(thisYearIn('2018年和2019年各新增企业。')).toBe('2019年');
    expect(thisYearIn('2019年和2018年各新增企业。')).toBe('2019年');
    expect(thisYearIn('2016至2018年年均增长8%，2017年新增企业。')).toBe('2018年');
    expect(thisYearIn('2017年新增企业，2017年又新增，2018年增长。')).toBe('2017年');
    // 比 or 到 earlier in the words before a year, not right before it, makes it no base; a 19xx year; 2016年至2018年.
    expect(thisYearIn('比上年加快，2018年新增企业。')).toBe('2018年');
    expect(thisYearIn('1998年新增企业1200家。')).toBe('1998年');
    expect(thisYearIn('2016年至2018年年均增长8%。')).toBe('2018年');
    // A date (2019年5月20日) says when, not what about: its year is not counted (but the 今年 of a dated report is its
    // date's year: report-as-of.test.ts, 桂林 2011).
    expect(reportPeriod('全省工业增长7%，2019年5月20日发布，2018年新增企业。').year).toBe(2018);
    expect(thisYearIn('2019年5月20日发布，2018年新增企业。')).toBe('2019年');
  });

  it('reads a report that leads with its last month (12月, 四季度) and names the whole year as a report on the year', () => {
    expect(reportPeriod('2019年12月，全省工业增长7%。全年全省工业增长6%。').period).toBe('2019年');
    expect(reportPeriod('2019年6月，全省工业增长7%。2019年，全省工业增长6%。').period).toBe('2019年6月');
  });

  it('takes the plan period the report names most', () => {
    expect(reportPeriod('“十三五”时期，全省工业年均增长8%。十三五期间，全省新增企业1万家。十二五期间增长9%。').plan).toBe('“十三五”时期');
    // A tie goes to the later plan, whichever is named first; 十六五 is no plan.
    expect(reportPeriod('十二五期间增长9%。“十三五”时期增长8%。').plan).toBe('“十三五”时期');
    expect(reportPeriod('十三五期间增长9%。十二五期间增长8%。').plan).toBe('“十三五”时期');
    expect(reportPeriod('十六五期间增长9%。十六五期间增长8%。十三五期间增长8%。').plan).toBe('“十三五”时期');
  });

  it('reads 今年 as the year the report was written in', () => {
    expect(writtenYear('本报', '2020年', undefined)).toBeUndefined();
    expect(writtenYear('2021年2月9日讯 …', '2020年', 2020)).toBe(2021);
    // A date more than a year after the report's year is not when it was written.
    expect(writtenYear('2023年2月9日讯', '2020年', 2020)).toBe(2020);
    expect(writtenYear('2019年2月9日讯', '2020年', 2020)).toBe(2020);
    // A report on part of a year was written within it.
    expect(writtenYear('本报太原2月9日讯', '2020年1-7月', 2020)).toBe(2020);
    // A report on a whole year dated in January to March (year unnamed) was written the year after.
    expect(writtenYear('本报太原1月9日讯', '2020年', 2020)).toBe(2021);
    expect(writtenYear('本报太原3月9日讯', '2020年', 2020)).toBe(2021);
    expect(writtenYear('本报太原4月9日讯', '2020年', 2020)).toBe(2020);
    expect(writtenYear('记者2月9日从省统计局获悉', '2020年', 2020)).toBe(2021);
    expect(writtenYear('2月9日电', '2020年', 2020)).toBe(2021);
    expect(writtenYear('本报', '2020年', 2020)).toBe(2020);
  });
});

describe('a record of the year is not a time', () => {
  it('"今年1至4月…,创今年最大降幅,较去年增速回落8.48个百分点" stays of 1-4月, and so does what follows', () => {
    // 河北 2014 前4月 工业用电量 (held-out set eight).
    const text =
      '今年1至4月,河北省钢铁业用电量为318.4亿千瓦时,同比下降5.82%,创今年最大降幅,较去年增速回落8.48个百分点。装备制造业的用电量为92.9亿千瓦时,同比增长11.77%。';
    for (const v of ['318.4', '5.82', '8.48', '92.9', '11.77']) expect(periodOf(text, v)).toBe('1-4月');
    expect(mentions('工业增加值增长8%，创全年新高。')).toEqual([]);
    expect(mentions('今年工业增加值增长8%。')).toEqual([['2016年', 'time']]);
  });

  it('"…同比下降3.5%,为本年度的首次回落;实现主营业务收入309.44亿元" stays of 前五个月: a first of the year is a record', () => {
    // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
    const text =
      '前五个月,全省规模以上工业企业实现利润126.81亿元,同比下降36.8%;亏损企业亏损额为55.35亿元,同比下降3.5%,为本年度的首次回落;实现主营业务收入309.44亿元,同比增长1.2%;主营业务成本为268.56亿元,同比增长4.9%。';
    for (const v of ['55.35', '3.5', '309.44', '1.2', '268.56', '4.9'])
      expect(extractFigures(text, { asOf: '2009年上半年' }).find((f) => f.value === v)?.period, v).toBe('1-5月');
    expect(mentions('工业增加值增长8%,为今年首次正增长。')).toEqual([]);
    expect(mentions('本年度工业增加值增长8%。')).toEqual([['2016年', 'time']]);
  });
});

describe('years counted in words, then what they summed', () => {
  it('"五年增加…", "五年上升…", "五年发放…" are over the five years up to the report’s own, in their clause only', () => {
    // 湖南省2011年政府工作报告 (held-out set eight).
    const text =
      '2010年,全省金融机构本外币各项存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元。三次产业结构调整为13.8∶46.2∶40,二产业五年上升6.6个百分点。五年发放农业生产补贴197.8亿元;312家省级以上农业产业化龙头企业实现销售收入1900亿元。';
    for (const v of ['10036.8', '7362.5', '6.6', '197.8']) expect(periodOf(text, v), v).toBe('“十一五”时期');
    for (const v of ['1.66', '1.15', '13.8', '312', '1900']) expect(periodOf(text, v), v).toBe('2010年');
    // A count of years that sums nothing is no span: "3年" alone is a duration.
    expect(mentions('项目建设周期3年，总投资50亿元。')).toEqual([]);
  });
});
