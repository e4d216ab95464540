/**
 * A figure in brackets right after a place ("是全国(53980元)的1.5倍") is that place's value of the last measure before
 * it in the same unit, however many figures of other units stand between.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s figure in brackets', () => {
  it('takes the measure of its unit from far back in the sentence', () => {
    const text =
      '全市人均地区生产总值83538元,增长8.5%,比上年提高1.2个百分点,居全省第3位,占全省的12.5%,总量达到1200亿元,新增企业50家,是全国(53980元)的1.5倍。';
    const country = the(text, '53980');
    expect(country.kind).toBe('level');
    expect(country.label).toBe('全国人均地区生产总值');
  });
});
