/**
 * Periods a release names in its own way: the first quarters written as a span (1—3季度, 1-2季度), as 1-9月 is of
 * months, and a month after 今年 (今年9月), which is that month of the report's year as one after 去年 is of the year
 * before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 泉州 (https://qz.news.fang.com/open/48653836.html), a 1—3季度 release that names no year.
const QUANZHOU =
  '泉州市统计局统计分析显示,1—3季度期间,泉州市工业生产持续恢复。今年9月,全市规上工业增加值同比增长8.9%,与8月份保持一致的增速。' +
  '1—3季度,全市规上工业增加值同比增长2.7%,比1—8月份加快了0.8个百分点,比上半年加快了2.7个百分点。';

describe('1—3季度, 1-2季度', () => {
  it('are the first three quarters and the first half', () => {
    const got = extractFigures(QUANZHOU).map((f) => [f.value, f.period]);
    expect(got).toContainEqual(['2.7', '前三季度']);
    expect(got).toContainEqual(['0.8', '前三季度']);
    expect(the('2020年1-3季度,全市规上工业增加值同比增长2.7%。', '2.7').period).toBe('2020年前三季度');
    expect(the('1-2季度,全县规上工业增加值同比增长1.1%。', '1.1').period).toBe('上半年');
  });
  it('leave 一季度 and the quarters of a list alone', () => {
    expect(the('一季度,全市规上工业增加值同比增长9.6%。', '9.6').period).toBe('一季度');
    expect(the('2025年一季度,全市规上工业增加值同比增长9.6%。', '9.6').period).toBe('2025年一季度');
  });
});

describe('今年 before a month', () => {
  it('names that month, not nothing and not the report’s whole period', () => {
    expect(extractFigures(QUANZHOU).find((f) => f.value === '8.9')?.period).toBe('9月');
    // (The report's period named first: 今年9月 is still only September.)
    expect(the('2020年前三季度工业经济运行情况。今年9月,全市规上工业增加值同比增长8.9%。', '8.9').period).toBe('9月');
    expect(the('今年9月,全市规上工业增加值同比增长8.9%。', '8.9', { asOf: '2020年前三季度' }).period).toBe('9月');
  });
});
