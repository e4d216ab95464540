/**
 * "一是6月当月,…;二是1月一6月,…" (海南 2023, held-out set 18): 一是/二是 number the points of a list, so the period
 * after them is the time of the point's figures, not a base (是 as in "是2007年的3倍"); and "1月一6月", the page's 一
 * for a dash between two months, is 1-6月.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const HAINAN =
  '海南全省规模以上工业增加值增速实现了两个“全国第一”:一是6月当月,同比增长16.5%(全国增长4.4%),全国排名第一;二是1月一6月,同比增长19.9%(全国增长3.8%),全国排名第一。';

describe('一是…;二是…', () => {
  const asOf = '2023年上半年';
  it('gives each point its own period', () => {
    expect(the(HAINAN, '16.5', { asOf }).period).toBe('2023年6月');
    for (const v of ['19.9', '3.8']) expect(the(HAINAN, v, { asOf }).period, v).toBe('1-6月');
  });

  it('keeps 是 before a year a base, and 一 between a month and a number no dash', () => {
    expect(periodMentions('地区生产总值是2007年的3倍。', 2012).map((m) => m.role)).toEqual(['base']);
    expect(periodMentions('12月一个月增长5%。', 2023).map((m) => m.text)).toEqual(['12月']);
  });
});
