/**
 * The lines over a chart slide's chart say three different things (shared/slide-headings.ts): the eyebrow the
 * section, the title the message, the chart's title what it measures. 安徽 2025's drafted deck (test/corpus/
 * anhui-2025-government-work.txt) said "2025年主要目标任务" three times on its targets' chart: in the eyebrow, in the title
 * "2025年主要目标任务：主要指标增速（目标）" and in the same words as the chart's title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { chartCaption, slideHeadings } from '../src/shared/slide-headings';
import { draftBundle } from '../src/main/store/draft';
import { measureOfIntro, measureTitle, turnTopic } from '../src/main/store/draft/chart-titles';
import { ROOT } from './helpers';

describe('the lines over a chart', () => {
  it('drop the section the eyebrow says from the title and from the chart title', () => {
    expect(
      slideHeadings('2025年主要目标任务', '2025年主要目标任务：主要指标增速（目标）', '2025年地区生产总值等5项指标增速（目标，%）'),
    ).toEqual({
      title: '主要指标增速（目标）',
      chartTitle: '2025年地区生产总值等5项指标增速（目标，%）',
    });
    // Traditional, and an ASCII colon.
    expect(slideHeadings('綜合', '綜合：主要指標增速', '').title).toBe('主要指標增速');
    expect(slideHeadings('总体情况', '总体情况:主要指标规模').title).toBe('主要指标规模');
  });

  it('never draw a chart title that repeats the slide title, continued or not', () => {
    // A deck drafted before chart titles stated their measure: title and chart title the same words.
    const old = slideHeadings('2025年主要目标任务', '2025年主要目标任务：主要指标增速（目标）', '2025年主要目标任务：主要指标增速（目标）');
    expect(old).toEqual({ title: '主要指标增速（目标）', chartTitle: '' });
    expect(slideHeadings('综合', '综合：主要指标增速（续）', '综合：主要指标增速').chartTitle).toBe('');
    expect(slideHeadings('綜合', '綜合：主要指標增速（續二）', '綜合：主要指標增速').chartTitle).toBe('');
    expect(slideHeadings('', '主要指标年均增速', '主要指标年均增速').chartTitle).toBe('');
    // Nor one that only adds its unit, or its status and unit, to the slide title (梅州 2023, 安徽 2025).
    expect(slideHeadings('分縣（市、區）看', '1-8月各縣（市、區）增速', '1-8月各縣（市、區）增速（%）').chartTitle).toBe('');
    expect(slideHeadings('', '2025年主要指标增速（目标）', '2025年主要指标增速（目标，%）').chartTitle).toBe('');
    expect(slideHeadings('', '工业用电量', '工业用电量（亿千瓦时）').chartTitle).toBe('');
    // A chart title saying more than the unit stays.
    expect(slideHeadings('', '工业投资增速', '1-8月工业投资增速（%）').chartTitle).toBe('1-8月工业投资增速（%）');
  });

  it('keep what says something else: the bundled deck, a title of figure references, another section', () => {
    // resources/reports/cq-2015: message title, measure as the chart title, section as the eyebrow.
    expect(slideHeadings('产业结构更加优化', '全球每三台笔电，一台重庆造', '重庆笔电产量占全球比重')).toEqual({
      title: '全球每三台笔电，一台重庆造',
      chartTitle: '重庆笔电产量占全球比重',
    });
    expect(slideHeadings('总体情况', '总体情况：增长{{3}}', '', true).title).toBe('总体情况：增长{{3}}');
    expect(slideHeadings('总体情况', '总体情况', '').title).toBe('总体情况');
    expect(slideHeadings('分行业看', '分门类看：增速').title).toBe('分门类看：增速');
  });

  it("in Word and the printed brief, a chart's caption drops the section its heading says", () => {
    expect(chartCaption('2024年工作回顾', '2024年工作回顾：主要指标增速')).toBe('主要指标增速');
    expect(chartCaption('2024年工作回顾', '2024年地区生产总值等4项指标增速（%）')).toBe('2024年地区生产总值等4项指标增速（%）');
  });
});

describe("a drafted chart's own title", () => {
  it('states the measure, its period and unit, and whether it is a target (安徽 2025)', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/anhui-2025-government-work.txt'), 'utf8');
    const asOf = '2024年';
    const slides = draftBundle(
      { key: 'ah', title: '安徽', organisation: '安徽省人民政府', published: '', asOf },
      text,
      extractFigures(text, { asOf }),
    ).deck.slides.filter((s) => s.chart);
    // "全省地区生产总值增长5.5%以上…固定资产投资增长5%左右…" (2025年主要目标任务).
    const targets = slides.find((s) => s.chart!.title.startsWith('2025年'))!;
    expect(targets.chart!.title).toBe('2025年地区生产总值等5项指标增速（目标，%）');
    const review = slides.find((s) => s.chart!.title.startsWith('2024年'))!;
    // (Three bars: 新能源汽车产量增长94.5%, over five times the others, is a card: test/draft-chart-outliers.test.ts.)
    expect(review.chart!.title).toBe('2024年地区生产总值等3项指标增速（%）');
    for (const s of slides) expect(s.chart!.title).not.toBe(s.title);
    // With no words of their own, their slides are titled by what they measure; the chart title under it, the same and
    // its unit, is not drawn (the axis states the unit).
    expect(targets.title).toBe('2025年地区生产总值等5项指标增速（目标）');
    expect(slideHeadings('2025年主要目标任务', targets.title, targets.chart!.title)).toEqual({
      title: '2025年地区生产总值等5项指标增速（目标）',
      chartTitle: '',
    });
  });

  it('takes a list\'s introduction as its measure: "…等规模以上工业增加值分别增长" is their 增加值增速', () => {
    // test/corpus/guangdong-2022-q1-industry.txt: "汽车、石化、医药、电气机械等规模以上工业增加值分别增长24.2%、6.1%、16.4%、4.6%".
    expect(measureOfIntro('汽车、石化、医药、电气机械等规模以上工业增加值分别增长', '增速')).toBe(
      '汽车、石化、医药、电气机械等规模以上工业增加值增速',
    );
    // test/corpus/guizhou-2020-07-industry.txt: "…生态特色食品产业增加值累计分别增长7.3%、…".
    expect(measureOfIntro('优质烟酒等增加值累计分别增长', '增速')).toBe('优质烟酒等增加值增速');
    // Words with no verb are the measure ("三次产业结构为17.8:42.8:39.4", test/corpus/hanzhong-2016-government-work.txt); another predicate says none.
    expect(measureOfIntro('三次产业结构', '')).toBe('三次产业结构');
    expect(measureOfIntro('两市分别完成', '')).toBe('');
    // Read in simplified characters, returned in the report's, without the 为 before the values (test/corpus/
    // fuling-2022-bulletin-traditional.txt: "三次產業結構比為6.1:57.8:36.1"); a change from a year before names no measure
    // (guazhou-2023: "三次產業結構由上年…").
    expect(measureOfIntro('三次產業結構比為', '')).toBe('三次產業結構比');
    expect(measureOfIntro('三次產業結構由上年', '')).toBe('');
    expect(measureOfIntro('規模以上工業增加值分別增長', '增速')).toBe('規模以上工業增加值增速');
    // test/corpus/heilongjiang-2024-q3-industry.txt: "其中装备制造业、高技术制造业增速分别…".
    expect(measureOfIntro('其中装备制造业、高技术制造业增速', '')).toBe('装备制造业、高技术制造业增速');
  });

  it("names parts by the report's turn to them only when it names a dimension", () => {
    expect(turnTopic('分三大门类看')).toBe('分三大门类');
    expect(turnTopic('按企业规模分')).toBe('分企业规模');
    expect(turnTopic('从不同的产业来看')).toBe('分产业');
    expect(turnTopic('分經濟類型看')).toBe('分經濟類型');
    // test/corpus/jiangxi-2015-08-industry.txt: "从总量上看" names none.
    expect(turnTopic('从总量上看')).toBe('');
  });

  it('names its bars when the report gives no words for them, never by a comparison or a time', () => {
    const o = { kindWord: '增速', topic: '', status: 'actual' as const, period: '1-7月' };
    expect(measureTitle({ labels: ['工业总产值增速', '工业增加值增速'], unit: '%', intro: '', headline: '' }, o)).toBe(
      '1-7月工业总产值和工业增加值增速（%）',
    );
    // The parts a report turns to are named by its turn (天津 2019: 分门类); a list's items by themselves first.
    expect(measureTitle({ labels: ['采矿业', '制造业', '电力'], unit: '%', intro: '', headline: '' }, { ...o, topic: '分门类' })).toBe(
      '1-7月分门类增速（%）',
    );
    expect(
      measureTitle({ labels: ['采矿业', '制造业', '电力'], unit: '%', intro: '', headline: '' }, { ...o, topic: '分门类', list: true }),
    ).toBe('1-7月采矿业等3项增速（%）');
    // test/corpus/jilin-2020-q3-economy.txt: "其中7月、8月、9月分别同比增长28.4%、63.2%和17.3%": months name no subject.
    expect(measureTitle({ labels: ['其中7月', '8月', '9月'], unit: '%', intro: '', headline: '' }, { ...o, period: '' })).toBe(
      '主要指标增速（%）',
    );
    // test/corpus/quanzhou-2022-10-industry.txt: "分别较1—9月份和上年同期提高…" is a change against two times, of no subject named.
    expect(
      measureTitle(
        { labels: ['较1—9月份', '较上年同期'], unit: '个百分点', intro: '', headline: '' },
        { ...o, kindWord: '变化', period: '1-10月' },
      ),
    ).toBe('1-10月主要指标变化（个百分点）');
  });
});
