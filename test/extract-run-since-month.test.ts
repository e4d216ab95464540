/**
 * "处于去年2月以来的16个月的最高点,增速排全省第10位": the months a record is the highest of are no figure, and the month
 * they are counted from is no time of the figures after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 遂宁 2018 上半年 (https://yybnet.net/suining/news/201807/7760809.html).
const SUINING =
  '今年上半年,全市规上工业增加值同比增长9.9%,比去年同期提高0.4个百分点,比去年全年提高0.2个百分点,处于去年2月以来的16个月的最高点,增速排全省第10位,同比提高1位。';

describe('a record’s run since a month', () => {
  it('names no figure and no time of what follows', () => {
    expect(extractFigures(SUINING, { asOf: '2018年上半年' }).map((x) => x.value)).not.toContain('16');
    expect(the(SUINING, '10', { asOf: '2018年上半年' }).period).toBe('上半年');
    expect(the(SUINING, '10', { asOf: '2018年上半年' }).label).toBe('规上工业增加值增速位次');
  });

  it('while a month named for its own figures stays their time', () => {
    expect(the('2月,全市规上工业增加值增长9%。', '9', { asOf: '2018年1-2月' }).period).toBe('2月');
  });
});
