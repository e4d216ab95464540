/**
 * The report text cut for display: one chunk per section (and any text between sections), and inside the
 * chunk that holds it, the traced sentence split around its value. Pure: offsets in, strings out.
 */
import type { Figure, Section } from '../../../shared/types';

export interface SourceChunk {
  key: string;
  sectionId: number | null;
  before: string;
  /** The part of the quoted sentence in this chunk: text before the value, the value, text after it. */
  quote: { head: string; value: string; tail: string } | null;
  after: string;
}

type Range = Pick<Figure, 'quoteStart' | 'quoteEnd' | 'valueStart' | 'valueEnd'>;

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

export function sourceChunks(text: string, sections: readonly Section[], figure: Range | null): SourceChunk[] {
  const spans: { start: number; end: number; sectionId: number | null }[] = [];
  let at = 0;
  for (const s of [...sections].sort((a, b) => a.start - b.start)) {
    const start = clamp(s.start, at, text.length);
    const end = clamp(s.end, start, text.length);
    if (start > at) spans.push({ start: at, end: start, sectionId: null });
    if (end > start) spans.push({ start, end, sectionId: s.id });
    at = end;
  }
  if (at < text.length) spans.push({ start: at, end: text.length, sectionId: null });

  return spans.map(({ start, end, sectionId }) => {
    const key = `${start}-${end}`;
    const qs = figure ? clamp(figure.quoteStart, start, end) : end;
    const qe = figure ? clamp(figure.quoteEnd, start, end) : end;
    if (!figure || qs >= qe) return { key, sectionId, before: text.slice(start, end), quote: null, after: '' };
    const vs = clamp(figure.valueStart, qs, qe);
    const ve = clamp(figure.valueEnd, vs, qe);
    return {
      key,
      sectionId,
      before: text.slice(start, qs),
      quote: { head: text.slice(qs, vs), value: text.slice(vs, ve), tail: text.slice(ve, qe) },
      after: text.slice(qe, end),
    };
  });
}

/** The quote split around its value (offsets relative to the quote), for the trace popover. */
export function quoteParts(f: Pick<Figure, 'quote' | 'quoteStart' | 'valueStart' | 'valueEnd'>): {
  head: string;
  value: string;
  tail: string;
} {
  const vs = clamp(f.valueStart - f.quoteStart, 0, f.quote.length);
  const ve = clamp(f.valueEnd - f.quoteStart, vs, f.quote.length);
  return { head: f.quote.slice(0, vs), value: f.quote.slice(vs, ve), tail: f.quote.slice(ve) };
}
