/**
 * "上半年…两年平均增长7.1%": an average over the same months of two years is reported for this year's months, the count
 * of years written in a numeral or in digits; a rate over recent years (近年平均) is no such average.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an average over the same months of years', () => {
  it('is of this year’s months, the years counted in digits too', () => {
    for (const years of ['两年', '2年']) {
      const text = `上半年，全市规模以上工业增加值${years}平均增长7.1%。`;
      expect(the(text, '7.1', { asOf: '2021年6月' }).period, text).toBe('上半年');
    }
  });

  it('is not read into 近年平均', () => {
    expect(the('上半年，全市规模以上工业增加值近年平均增长7.1%。', '7.1', { asOf: '2021年6月' }).period).toBe('2021年6月');
  });
});
