/**
 * A span of years alone is when, not what ("全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶", 陵川 2025): an amount after
 * it ("五年增加600亿元产值") is the subject before's change, not labelled by the noun after the amount (only a count is
 * labelled so: "3个十亿级台阶").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an amount after a span of years alone', () => {
  it('is the subject before’s', () => {
    const f = the('全市规上工业总产值达1200亿元,五年增加600亿元产值。', '600');
    expect(f.label).toBe('规上工业总产值变化');
  });
});
