/**
 * What stands around a period decides its role: a base word with a space a web page left before the period (是
 * “十一五”的3.7倍, at a sentence's start too), 相比 right after the period (not further on), a month compared with
 * before 累计 (比7月累计增速: the month itself, a base), 上月 inside a sentence (no part of the period before), and
 * the month a 当月 refers to in an as-of written with 至.
 */
import { describe, expect, it } from 'vitest';
import { currentMonthOf, periodMentions } from '../src/shared/extract/periods';

const roles = (s: string) => periodMentions(s, 2020).map((m) => [m.text, m.role]);

describe('a base word before the period', () => {
  it('still makes a base across a space, at a sentence’s start too', () => {
    expect(roles('是 “十一五”的3.7倍。')).toEqual([['“十一五”时期', 'base']]);
    expect(roles('比 2015年增长30%。')).toEqual([['2015年', 'base']]);
    expect(roles('全市工业投资4626亿元，是 “十一五”的3.7倍。')).toEqual([['“十一五”时期', 'base']]);
  });
});

describe('相比 after the period', () => {
  it('makes it a base only right after it, not when it compares another word further on', () => {
    expect(roles('与2015年相比，全市工业增长30%。')).toEqual([['2015年', 'base']]);
    expect(roles('2019年工业增加值与上年相比增长5%。')).toEqual([['2019年', 'time']]);
  });
});

describe('a month compared with, before 累计', () => {
  it('stays that month: only the time of a sentence sums from January', () => {
    expect(roles('8月，全市规上工业增加值增长8.9%，增速比7月累计增速加快0.5个百分点。')).toEqual([
      ['8月', 'time'],
      ['7月', 'base'],
    ]);
  });
});

describe('上月 inside a sentence', () => {
  it('is no part of the period before it (only 当月 is)', () => {
    const [lastMonth] = periodMentions('全市工业增加值增长8.9%，比上月加快1.2个百分点。', 2020);
    expect(lastMonth).toMatchObject({ text: '当月', role: 'base' });
    expect(lastMonth.part).toBeUndefined();
  });
});

describe('the month 当月 refers to', () => {
  it('is the last month of an as-of written with 至', () => {
    expect(currentMonthOf('2020年1月至12月', 2020)).toBe('2020年12月');
    expect(currentMonthOf('2020年1月至7月', 2020, 1)).toBe('2020年6月');
  });
});
