/**
 * A figure in brackets right after a place is that place's value of the measure before it ("人均GDP为83538元，…是全国
 * (53980元)的1.5倍"): of the last figure before in the same unit (元), not of figures of other units between; and one
 * whose bracket opens with a place near the sentence's start ("增速6.5%(全国4.4%)") is the place's too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s value in brackets after figures of other units', () => {
  it('is of the measure of the last figure in its unit', () => {
    const text = '全市人均地区生产总值83538元,比上年增长6.5%,城镇居民人均可支配收入增长8.1%,是全国(53980元)的1.5倍。';
    expect(the(text, '53980').label).toBe('全国人均地区生产总值');
  });
});

describe('a place’s rate in brackets near the sentence’s start', () => {
  it('is the place’s', () => {
    expect(the('增速6.5%(全国4.4%),居全省第3位。', '4.4').label).toBe('全国增速');
  });
});

describe('a place’s value in brackets, its measure six figures back', () => {
  it('is of that measure (five figures of other units between)', () => {
    const text =
      '全市人均地区生产总值83538元,比上年增长6.5%,城镇居民人均可支配收入增长8.1%,农村居民人均可支配收入增长9.2%,居民消费价格上涨2.1%,工业生产者出厂价格下降1.5%,是全国(53980元)的1.5倍。';
    expect(the(text, '53980').label).toBe('全国人均地区生产总值');
  });
});
