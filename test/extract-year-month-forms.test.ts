/**
 * A year with the part of it a report is on, as the period of its figures: months from a later month than January
 * (2019年3-5月), the first months counted in a numeral (2019年前三个月) and a quarter with 第 (2019年第一季度), each
 * written the one way the review and the slides show it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const periodOf = (when: string) => the(`${when}，全市规模以上工业增加值增长6.1%。`, '6.1').period;

describe('a year and a part of it', () => {
  it('keeps a range of months that starts after January', () => {
    expect(periodOf('2019年3-5月')).toBe('2019年3-5月');
    expect(periodOf('2019年7至9月')).toBe('2019年7-9月');
    // 元月 is January.
    expect(periodOf('2019年元月至5月')).toBe('2019年1-5月');
  });

  it('writes the first months counted in a numeral or in digits as a range', () => {
    expect(periodOf('2019年前三个月')).toBe('2019年1-3月');
    expect(periodOf('2019年前十个月')).toBe('2019年1-10月');
    expect(periodOf('2019年前7个月')).toBe('2019年1-7月');
  });

  it('writes a quarter without its 第', () => {
    expect(periodOf('2019年第一季度')).toBe('2019年一季度');
    expect(periodOf('2019年三季度')).toBe('2019年三季度');
    expect(periodOf('2019年上半年')).toBe('2019年上半年');
  });
});
