/** The report's sentences as slide paragraphs: verbatim, each figure in them a traced reference ({{key}}). */
import type { Extracted } from '../../../shared/extract';
import { figurePartsAsWritten } from '../../../shared/format';

export interface Keyed {
  key: string;
  x: Extracted;
}

/** The figure's words as the report writes them, with where they start in the text; null if they differ. */
function written(text: string, f: Keyed): { from: number; to: number } | null {
  const x = f.x;
  const p = figurePartsAsWritten({
    valueText: x.value,
    unit: x.unit,
    kind: x.kind,
    qualifier: x.qualifier,
    quote: x.quote,
    quoteStart: x.start,
    valueEnd: x.valueEnd,
  });
  // The number as the text writes it (p.number drops a line break a page left inside it).
  const rest = x.value + p.inner + p.unit + p.suffix;
  const from = x.valueStart - p.prefix.length;
  return text.slice(from, from + p.prefix.length + rest.length) === p.prefix + rest
    ? { from, to: from + p.prefix.length + rest.length }
    : null;
}

/**
 * The span [start, end) of the text with every figure inside it replaced by its reference; null when a
 * number in it is not an accepted figure (a slide never shows an untraced number).
 */
export function quoteWithRefs(text: string, start: number, end: number, figures: readonly Keyed[]): string | null {
  const inside = figures.filter((f) => f.x.valueStart >= start && f.x.valueEnd <= end).sort((a, b) => a.x.valueStart - b.x.valueStart);
  let out = '';
  let at = start;
  for (const f of inside) {
    const w = written(text, f);
    if (!w || w.from < at) return null;
    out += text.slice(at, w.from) + `{{${f.key}}}`;
    at = w.to;
  }
  out += text.slice(at, end);
  return /\d/u.test(out.replace(/\{\{[a-z0-9-]+\}\}/gu, '')) ? null : out.trim();
}

/** Sentences of a span (closing quotes stay with their sentence), as [start, end) pairs. */
export function sentenceSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  for (let i = start; i < end; i++) {
    if (!/[。！？]/u.test(text[i])) continue;
    let b = i + 1;
    while (b < end && /[”’"]/u.test(text[b])) b++;
    if (text.slice(a, b).trim()) out.push([a, b]);
    a = b;
    i = b - 1;
  }
  if (text.slice(a, end).trim()) out.push([a, end]);
  return out;
}
