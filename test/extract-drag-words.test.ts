/**
 * "…下拉规模以上工业增加值增速3.9个百分点,比1-7月减少0.8个百分点" (云南 2025 1-8月, held-out set 15): a drag that shrinks
 * is a gain. A drag is written 下拉 or 拉低, and either way the shrinking after it is +0.8, not a fall.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a drag that shrinks', () => {
  it.each(['下拉', '拉低'])('is a gain after %s', (drag) => {
    const text = `1-8月,全省烟草制品业实现增加值709.29亿元,同比下降10.6%,${drag}规模以上工业增加值增速3.9个百分点,比1-7月减少0.8个百分点。`;
    expect(the(text, '3.9').number).toBe(-3.9);
    expect(the(text, '0.8').number).toBe(0.8);
  });
});
