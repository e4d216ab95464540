/**
 * What one sentence leaves to the next, and what it must not: a 分别 list's subjects, a two-year average's span,
 * the paragraph's time. Each on the real phrasing of a corpus report (test/corpus), where a carry-over read wrong
 * puts a figure under another's subject or period.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';

const read = (text: string, asOf?: string) =>
  extractFigures(text, asOf ? { asOf } : {}).map((x: Extracted) => [x.value + x.unit, x.label, x.period]);

describe('a 分别 list is its own sentence’s', () => {
  it('the subjects of a list in the sentence before are not those of the next list', () => {
    // zhejiang-2010-government-work: two sentences, each with a list of two yearly rates.
    const text =
      '全社会固定资产投资和社会消费品零售总额均突破万亿元,分别达到12488和10163亿元,年均增长13.3%和16.9%,基础设施明显改善。' +
      '进出口总额达到2535亿美元,其中出口达到1805亿美元,年均分别增长18.7%和18.6%。';
    const figures = read(text, '2010年');
    expect(figures).toContainEqual(['12488亿元', '全社会固定资产投资', '2010年']);
    expect(figures).toContainEqual(['13.3%', '全社会固定资产投资年均增速', '2010年']);
    expect(figures).toContainEqual(['18.7%', '进出口总额年均增速', '2010年']);
    expect(figures).toContainEqual(['18.6%', '进出口总额出口年均增速', '2010年']);
  });
});

describe('a two-year average', () => {
  it('is of this year’s months, and the sentence after it keeps the months', () => {
    // ningxia-2021-08-economy: 两年平均 names a span of two years only for its own rate.
    const text =
      '1-8月份,全区规模以上工业增加值同比增长11.3%,比2019年1-8月份增长13.3%,两年平均增长6.4%。其中,轻工业增长15.6%,重工业增长10.9%。';
    const figures = read(text, '2021年1-8月');
    expect(figures).toContainEqual(['6.4%', '规模以上工业增加值增速', '1-8月']);
    expect(figures).toContainEqual(['15.6%', '轻工业增速', '1-8月']);
    expect(figures).toContainEqual(['10.9%', '重工业增速', '1-8月']);
  });

  it('is of the months the paragraph named before, or of the report’s own', () => {
    // fujian-2021-h1-industry.
    const text =
      '上半年,福建全省规模以上工业增加值同比增长14.6%,与2019年同期相比,两年平均增长7.1%。\n' +
      '分门类看,上半年,福建省规模以上工业三大门类均实现增长。电力热力燃气及水生产和供应业同比增长20.0%,两年平均增长7.8%;制造业同比增长14.6%,两年平均增长7.2%。';
    const figures = read(text, '2021年上半年');
    expect(figures).toContainEqual(['7.8%', '电力热力燃气及水生产和供应业增速', '上半年']);
    expect(figures).toContainEqual(['7.2%', '制造业增速', '上半年']);
    // A sentence alone: the report's own period.
    expect(read('电力热力燃气及水生产和供应业同比增长20.0%,两年平均增长7.8%。', '2021年上半年')).toContainEqual([
      '7.8%',
      '电力热力燃气及水生产和供应业增速',
      '2021年上半年',
    ]);
  });
});

describe('the paragraph’s industry and plans', () => {
  it('industries in general (主要行业) name no owner for a bare measure after them', () => {
    expect(read('主要行业运行平稳。完成产值1834.43亿元。')).toEqual([['1834.43亿元', '产值', '']]);
  });

  it('a plan word opening the sentence, before its first figure, opens a run of targets in the sentences after it', () => {
    const text = '将实施重点工业项目100项，新增就业5万人。实施技术改造项目50个。';
    expect(extractFigures(text, { asOf: '2024年' }).map((x) => [x.value + x.unit, x.status])).toEqual([
      ['100项', 'target'],
      ['5万人', 'target'],
      ['50个', 'target'],
    ]);
  });

  it('a plan word after a sentence’s first figure opens no run of targets in the sentences after it', () => {
    const text = '工业增加值增长8%,今年将实施重点项目100项。实施技术改造项目50个。';
    expect(extractFigures(text, { asOf: '2024年' }).map((x) => [x.value + x.unit, x.status])).toEqual([
      ['8%', 'actual'],
      ['100项', 'target'],
      ['50个', 'actual'],
    ]);
  });
});

describe('a list of targets', () => {
  it('goes on into the next sentence, which names its own year', () => {
    const text = '今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。到2020年,工业增加值达到1万亿元。';
    expect(extractFigures(text, { asOf: '2017年' }).map((x) => [x.value + x.unit, x.period, x.status])).toEqual([
      ['7%', '2017年', 'target'],
      ['1万亿元', '2020年', 'target'],
    ]);
  });

  it('opens with the sentence’s first word too (目标是：…)', () => {
    const text = '目标是：地区生产总值增长7%左右。城镇新增就业5万人。';
    expect(extractFigures(text, { asOf: '2018年' }).map((x) => [x.value + x.unit, x.status])).toEqual([
      ['7%', 'target'],
      ['5万人', 'target'],
    ]);
  });
});

describe('a report that names nothing yet', () => {
  it('a yearly rate with no span named is of the report’s own period', () => {
    expect(read('工业增加值年均增长6.3%。', '2021年')).toEqual([['6.3%', '工业增加值年均增速', '2021年']]);
  });

  it('the as-of is read without the spaces around it', () => {
    expect(read('工业增加值增长6%。', ' 2021年 ')).toEqual([['6%', '工业增加值增速', '2021年']]);
  });

  it('a report whose opening names no time is of the year it names most', () => {
    // A long opening (reportPeriod reads the first 400 characters for the report's own period) and 2019年 later.
    const opening = '全市工业经济运行总体平稳，结构持续优化，企业效益稳步提升，新动能加快成长。'.repeat(12);
    const text = opening + '规模以上工业增加值增长6%。\n2019年全市工业投资增长8%，2019年工业用电量增长5%。';
    expect(read(text)[0]).toEqual(['6%', '规模以上工业增加值增速', '2019年']);
  });

  it('a figure with no subject, no period and no heading has the placeholder label and no period', () => {
    expect(read('同比增长8.5%。')).toEqual([['8.5%', '数据增速', '']]);
  });
});
