/**
 * "…下拉规模以上工业增加值增速3.9个百分点,比1-7月减少0.8个百分点" (云南 2025 1-8月, held-out set 15): a drag that shrinks
 * is a gain. A drag is written 下拉 or 拉低, and either way the shrinking after it is +0.8, not a fall. "影响…3.5个百分点"
 * after the rates of a group is a drag when the latest of them fell.
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

describe('影响 after a fall', () => {
  it('is a drag, its points negative, when the one rate before fell (the sentence’s first figure)', () => {
    const text = '石油煤炭及其他燃料加工业下降2.2%,占全省规模以上工业增加值的比重为32.2%,影响全省规模以上工业增加值增速3.5个百分点。';
    expect(the(text, '2.2').number).toBe(-2.2);
    expect(the(text, '3.5').number).toBe(-3.5);
  });
});
