/**
 * Words inside a subject that say when, not what (issue 26: survivors of the extract-labels mutation run): 当月 before
 * the rate or the comparison it qualifies, and the years a sum runs over (5年累计, 五年累计, 10年累计). The label is what
 * a user compares across reports, so 规上工业增加值当月增速 and 规上工业增加值增速 must be the one column.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('当月 is the figure’s month, not part of its label', () => {
  // 湖北 2018 (held-out set 12) writes 当月增速由上月的8.1%…; reports also write 当月同比增长 and 当月增幅为.
  it.each([
    ['1-8月，规上工业增加值当月同比增长8.9%。', '8.9', '规上工业增加值增速'],
    ['规上工业增加值当月增速为8.9%。', '8.9', '规上工业增加值增速'],
    ['1-10月，规上工业增加值当月增速由上月的8.1%下滑至3.7%。', '3.7', '规上工业增加值增速'],
    ['全市规上工业当月增幅为8.9%。', '8.9', '规上工业增速'],
  ])('%s', (text, value, label) => {
    expect(the(text, value).label).toBe(label);
  });
});

describe('the years a sum runs over are its period, not part of its label', () => {
  // 安徽 2010 (held-out set 12): 全省工业5年累计投资15322亿元; the plan's years in figures or in words, and ten of them.
  it.each([
    ['全省工业5年累计投资15322亿元。', '15322', '工业累计投资'],
    ['全省工业五年累计投资15322亿元。', '15322', '工业累计投资'],
    ['全市工业10年累计完成投资3.2万亿元。', '3.2', '工业投资'],
  ])('%s', (text, value, label) => {
    expect(the(text, value).label).toBe(label);
  });
});

describe('在 and a year inside a subject, and 从业', () => {
  // 杭州 2011 (held-out set 20): "规模以上工业从业人员在2011年人均劳动报酬达到3.74万元,较上年同期净增加5200元".
  const HANGZHOU = '规模以上工业从业人员在2011年人均劳动报酬达到3.74万元,较上年同期净增加5200元。';
  it('keeps the people 从业 names and drops the year said inside', () => {
    expect(the(HANGZHOU, '3.74', { asOf: '2011年' }).label).toBe('规模以上工业从业人员人均劳动报酬');
    expect(the(HANGZHOU, '5200', { asOf: '2011年' }).label).toContain('从业人员人均劳动报酬');
  });

  it('still cuts at 从 opening a move (从…到)', () => {
    expect(the('全市工业增加值从2010年的100亿元增长到150亿元。', '150', { asOf: '2011年' }).label).toContain('工业增加值');
  });
});
