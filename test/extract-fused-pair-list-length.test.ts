/**
 * A word that fuses two items ("进出口": 进口, 出口; "城乡居民": 城镇居民, 农村居民) hands them out to a list of two values
 * only: three values after it ("进出口总额分别达到…、…和…": the total, then exports, then imports) are no pair of it, and
 * the first stays the whole's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a fused pair before a list of values', () => {
  it('is split for two values', () => {
    expect(the('全年进出口总额分别增长8.2%和5.1%。', '8.2').label).toBe('进口总额增速');
    expect(the('全年进出口总额分别增长8.2%和5.1%。', '5.1').label).toBe('出口总额增速');
  });

  it('is not split for three', () => {
    const text = '全年进出口总额分别达到120亿美元、80亿美元和40亿美元。';
    expect(the(text, '120').label).toBe('进出口总额');
  });
});
