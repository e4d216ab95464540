/**
 * "…分别增长8.4%、5.9%，增加值分别比全省快…": a 分别 list of the n figures just before that names their measure again
 * (增加值) is of those figures, the measure written once: "工业增加值比全省快", not "工业增加值增加值比全省快".
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list naming the measure of the figures before again', () => {
  it('writes the measure once', () => {
    const text = '全市工业增加值增长8.4%,轻工业增加值增长5.9%,增加值分别比全省快4.6和2.1个百分点。';
    expect(the(text, '4.6').label).toBe('工业增加值比全省快');
    expect(the(text, '2.1').label).toBe('轻工业增加值比全省快');
  });
});
