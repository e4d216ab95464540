/**
 * "上半年…两年平均增长7.1%": an average over the same months of two years is reported for this year's months, the last
 * time the sentence names before the rate; a month named after it ("6月份当月增长8.3%") is the next figure's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a two-year average', () => {
  it('is of the months named before it, not of a month named after', () => {
    const text = '1-5月,全市规模以上工业增加值同比增长15.2%,两年平均增长7.1%,6月份当月增长8.3%。';
    expect(the(text, '7.1', { asOf: '2021年' }).period).toBe('1-5月');
  });
});
