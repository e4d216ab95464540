/**
 * Figure references in a slide's own texts — title, subtitle, key message, notes: `{{42}}` stands for stored
 * figure 42 (the token text slides' paragraphs already use, shared/markup.ts), shown as the figure's
 * current value, so a title follows a correction and its number is traced like any number on a slide.
 * `withResolvedTexts` gives a slide whose texts read as shown, keeping the stored ones for the editor.
 * Pure: no store, no DOM.
 */
import { formatFigureFull } from './format';
import type { Figure, Slide } from './types';

const REF = /\{\{(\d+)\}\}/g;

/** The figure ids a text references, in order, each once. */
export const textFigureRefs = (text: string): number[] => [...new Set([...text.matchAll(REF)].map((m) => Number(m[1])))];

/** The text with each reference replaced by the figure's value as shown (超过20%), or `missing` for one not stored. */
export function resolveFigureRefs(text: string, figures: ReadonlyMap<number, Figure>, missing = '［数据缺失］'): string {
  if (!text.includes('{{')) return text;
  return text.replace(REF, (_m, id: string) => {
    const f = figures.get(Number(id));
    return f ? formatFigureFull(f) : missing;
  });
}

/** The token that stands for a figure. */
export const figureToken = (id: number): string => `{{${id}}}`;

/** Every reference of a slide's own texts (title, subtitle, key message, notes). */
export function slideTextRefs(s: {
  title: string;
  notes: string;
  body: { subtitle?: string };
  chart: { takeaway?: string } | null;
}): number[] {
  return textFigureRefs([s.title, s.body.subtitle ?? '', s.chart?.takeaway ?? '', s.notes].join('\n'));
}

/**
 * The slide with its own texts resolved; `stored` keeps them as written, when any reference was resolved. `missing`
 * stands for a figure the store no longer has (［數據缺失］ in an export of a report written in traditional characters).
 */
export function withResolvedTexts(slide: Slide, figures: ReadonlyMap<number, Figure>, missing?: string): Slide {
  const { title, notes, body, chart } = slide;
  if (![title, notes, body.subtitle ?? '', chart?.takeaway ?? ''].some((s) => s.includes('{{'))) return slide;
  const r = (s: string) => resolveFigureRefs(s, figures, missing);
  return {
    ...slide,
    title: r(title),
    notes: r(notes),
    body: body.subtitle === undefined ? body : { ...body, subtitle: r(body.subtitle) },
    chart: chart?.takeaway === undefined ? chart : { ...chart, takeaway: r(chart.takeaway) },
    stored: { title, subtitle: body.subtitle ?? '', takeaway: chart?.takeaway ?? '', notes },
  };
}
