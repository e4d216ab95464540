/**
 * The print page asks for the fonts of the text a layout shows as soon as its data arrives (early-text.ts):
 * the slides' texts in every layout, speaker notes only in the one-slide-a-page handout (the N-up sheets print none), the report's own text only in the sans
 * brief (the 公文 brief sets it in its own faces, which this font load does not fetch).
 */
import { describe, expect, it } from 'vitest';
import { PRINT_LAYOUTS } from '../../src/shared/print';
import type { Deck, Report, Slide } from '../../src/shared/types';
import { earlyFontText } from '../../src/renderer/print/early-text';
import type { PrintData } from '../../src/renderer/print/load';

const slide = {
  id: 1,
  title: '工业投资',
  notes: '讲稿只在讲义里',
  body: { subtitle: '年均增长', takeaway: '' },
  stored: { notes: '旧稿' },
};
const data = {
  report: { title: '发展简报', organisation: '经信委', asOf: '2015年', text: '报告正文段落' } as Report,
  deck: { title: '十二五回顾', slides: [slide as unknown as Slide] } as Deck,
  figures: [],
  figureById: new Map(),
} as PrintData;

const has = (text: string, chars: string) => [...chars].every((c) => text.includes(c));

describe('fonts asked for when the print data arrives', () => {
  it.each(PRINT_LAYOUTS)('%s: the titles and every slide text', (layout) => {
    const text = earlyFontText(data, layout);
    expect(has(text, '十二五回顾发展简报经信委2015年工业投资年均增长')).toBe(true);
    expect(text).not.toContain('旧稿');
  });

  it('speaker notes only in the handout that prints them', () => {
    for (const layout of PRINT_LAYOUTS) expect(earlyFontText(data, layout).includes('讲稿只在讲义里')).toBe(layout === 'handout');
  });

  it("the report's text only in the sans brief", () => {
    for (const layout of PRINT_LAYOUTS) expect(earlyFontText(data, layout).includes('报告正文段落')).toBe(layout === 'brief');
  });
});
