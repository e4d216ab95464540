/**
 * loadBundledFonts asks FontFaceSet.load for each character once (its cost grows with the text's length)
 * and for every character of the text, in each bundled weight.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { distinctChars, loadBundledFonts } from '../../src/renderer/lib/fonts';

const g = globalThis as { document?: unknown };
afterEach(() => {
  delete g.document;
});

describe('bundled font loading', () => {
  it('keeps each character once, in order, surrogate pairs whole', () => {
    expect(distinctChars('增长增长18.6%，增长𠀀𠀀')).toBe('增长18.6%，𠀀');
    expect(distinctChars('')).toBe('');
  });

  it('asks each weight for every character of the text, each once', async () => {
    const load = vi.fn<(font: string, text: string) => Promise<unknown[]>>(() => Promise.resolve([]));
    g.document = { fonts: { load } };
    const text = JSON.stringify({ title: '主要指标年均增速', rows: ['规模工业产值', '规模工业利润'], values: [18.6, 25] }).repeat(20);
    await loadBundledFonts(text);
    expect(load.mock.calls.map((c) => c[0])).toEqual(['400 16px "Noto Sans SC", sans-serif', '700 16px "Noto Sans SC", sans-serif']);
    for (const [, asked] of load.mock.calls) {
      expect(new Set(asked)).toEqual(new Set(text));
      expect(asked.length).toBe(new Set(text).size);
    }
  });
});
