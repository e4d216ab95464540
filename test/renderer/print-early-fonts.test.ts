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
import { makeFigure } from './figure';

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

  it("the charts' words, which only the figures hold: labels, values with their units, derived notes", () => {
    const a = makeFigure(7, { value: 128, unit: '万吨', kind: 'count' });
    const b = makeFigure(8, { value: 88, unit: '万吨', kind: 'change' });
    const chart = {
      type: 'bar',
      title: '钢材产量',
      unit: '万吨',
      series: [
        { derived: { op: 'sub', a: 7, b: 8 }, label: '期初（推算）' },
        { figureId: 7, label: '“十二五”末' },
      ],
    };
    const withChart = {
      ...data,
      deck: { ...data.deck, slides: [{ ...slide, chart } as unknown as Slide] },
      figureById: new Map([a, b].map((f) => [f.id, f])),
    } as PrintData;
    for (const layout of PRINT_LAYOUTS) {
      const text = earlyFontText(withChart, layout);
      expect(has(text, '万吨原文未直接给出−')).toBe(true);
      expect(earlyFontText(data, layout).includes('万吨')).toBe(false);
    }
  });

  it('an incomplete chart (a figure gone) adds nothing and throws nothing', () => {
    const chart = { type: 'bar', title: '', unit: '', series: [{ figureId: 99, label: '缺' }] };
    const gone = { ...data, deck: { ...data.deck, slides: [{ ...slide, chart } as unknown as Slide] } } as PrintData;
    expect(() => earlyFontText(gone, 'slides')).not.toThrow();
  });
});
