/**
 * The report's text as a brief prints it — in the PDF brief (renderer/print) and the Word brief
 * (main/export/docx.ts) alike: per section, its paragraphs without the source's own heading lines (a
 * hard-wrapped paragraph is one, not one a line; half-width punctuation in Chinese set full-width, as an editor
 * prints it: cjk-punctuation.ts; a saved page's stray tokens at its lines' ends left out: page-furniture.ts), and
 * every figure in reading order. Pure.
 */
import { fullWidthPunctuation } from './cjk-punctuation';
import { pageFurniture, withoutFurniture } from './page-furniture';
import { wrappedBreaks, type Break } from './extract/wrapped-lines';
import type { Figure, Report, Section } from './types';

/** The report's sections in reading order (by `ord`, then by position in the text). */
export function orderedSections(report: Pick<Report, 'sections'>): Section[] {
  return [...report.sections].sort((a, b) => a.ord - b.ord || a.start - b.start);
}

/** A heading line of the source: short and without a sentence end (the report prints its headings on their own lines). */
const isHeadingLine = (line: string): boolean => line.length <= 40 && !/[。！？；：”]$/.test(line);

/** The wrapped breaks and page furniture of the text last asked about (a brief asks once per section of one report). */
let lastText = '';
let lastBreaks: readonly Break[] = [];
let lastFurniture: Set<string> = new Set();

/** The span of the text, a hard-wrapped paragraph's lines run on into one (wrapped-lines.ts). */
function unwrappedSlice(text: string, start: number, end: number): string {
  if (text !== lastText) [lastText, lastBreaks, lastFurniture] = [text, wrappedBreaks(text), pageFurniture(text)];
  let out = '';
  let at = start;
  for (const b of lastBreaks) {
    if (b.start < start || b.end > end) continue;
    out += text.slice(at, b.start);
    at = b.end;
  }
  return out + text.slice(at, end);
}

export function sectionParagraphs(report: Pick<Report, 'text'>, section: Pick<Section, 'start' | 'end'>): string[] {
  const lines = unwrappedSlice(report.text, section.start, section.end)
    .split('\n')
    // A saved page's stray token at its lines' ends (汉中's "良好开局。Sw7") is not printed (page-furniture.ts).
    .map((l) => withoutFurniture(l.trim(), lastFurniture))
    .filter(Boolean);
  let i = 0;
  while (i < lines.length && isHeadingLine(lines[i] as string)) i++;
  return lines.slice(i).map(fullWidthPunctuation);
}

/** Every figure in reading order: by section, then by where its sentence stands in the text. */
export function figuresInOrder(report: Pick<Report, 'sections'>, figures: readonly Figure[]): Figure[] {
  const rank = new Map(orderedSections(report).map((s, i) => [s.id, i]));
  return [...figures].sort(
    (a, b) => (rank.get(a.sectionId) ?? 1e9) - (rank.get(b.sectionId) ?? 1e9) || a.quoteStart - b.quoteStart || a.id - b.id,
  );
}
