/**
 * 年末累计 (the total at the year's end) is the whole year's: "全年工业经济运行由一季度持平略增,…到四季度的两位数增长,
 * 年末累计增幅比年初提高15个百分点" (武进区's 2009 industry review, held-out set 36) is a change over 2009, not over the
 * fourth quarter named before it.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const WUJIN =
  '2009年,全区完成全部工业总产值2900.23亿元,同比增长14.3%,全年工业经济运行由一季度持平略增,到二、三季度个位数增长,到四季度的两位数增长,年末累计增幅比年初提高15个百分点。';

describe('年末累计', () => {
  it('names the whole year, with or without an as-of period', () => {
    expect(the(WUJIN, '15', { asOf: '2009年' }).period).toBe('2009年');
    expect(the(WUJIN, '15').period).toBe('2009年');
  });

  it('leaves 上年末 and a balance at the end of a quarter as they were', () => {
    // (上年末 is the end of the year before: extract-last-year-end.test.ts.)
    expect(periodMentions('上年末累计增幅为6%', 2020).map((m) => m.text)).toEqual(['2019年末']);
    const text = '2020年,全市规上工业增加值同比增长8%;四季度末贷款余额500亿元。';
    expect(the(text, '500').period).toBe('四季度末');
  });
});
