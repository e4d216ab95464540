/**
 * Slide texts for the office exports, set as the screen sets them (the paragraph model of
 * shared/paragraph.ts): `**lead-in**` and `{{id}}` figure tokens, each figure in the report's own words
 * with its qualifier (shared/format.ts); the slide footer and the 数据来源 line; the notes with the source
 * sentence of every figure the slide shows. Pure.
 */
import { figureParts, figurePartsAsWritten, formatDateZh } from '../../shared/format';
import { paragraphBlock as sharedBlock, type ParaRun } from '../../shared/paragraph';
import type { Figure, Report, Slide } from '../../shared/types';
import { orderedSections } from '../../shared/brief-text';
import { inTraditional } from '../../shared/deck-script';

/**
 * The export's own words (数据来源, 数据截至, 目录, 附录…) in the report's script: 數據來源 in a report written in
 * traditional characters (shared/deck-script.ts). Only these words: the report's own are never converted.
 */
export const deckWords =
  (report: Pick<Report, 'traditional'>) =>
  (s: string): string =>
    report.traditional ? inTraditional(s) : s;

export type TextRun = { kind: 'text' | 'bold' | 'figure' | 'missing'; text: string };

export interface Block {
  /** A lead-in set apart (bold, in the accent colour): "都市功能核心区". */
  lead: string | null;
  runs: TextRun[];
  /** A quotation's speaker (“……”——市经信委主任 郭坚). */
  attribution: string | null;
}

const text = (p: ReturnType<typeof figureParts>): string => p.prefix + p.number + p.inner + p.unit + p.suffix;

/**
 * A run of the shared paragraph model as text: each figure in the report's own words; `words` puts the export's own
 * (数据缺失) in the report's script (deckWords).
 */
function asText(r: ParaRun, words: (s: string) => string): TextRun {
  if (r.kind === 'figure') return { kind: 'figure', text: text(figurePartsAsWritten(r.figure)) };
  if (r.kind === 'missing') return { kind: 'missing', text: `［${words('数据缺失')}：${r.ref}］` };
  return r;
}

/**
 * The screen's paragraph model (shared/paragraph.ts), as text runs for PowerPoint and Word; `words` as deckWords
 * gives them (a figure the store no longer has is 數據缺失 in a report written in traditional characters).
 */
export function paragraphBlock(p: string, figures: ReadonlyMap<number, Figure>, words: (s: string) => string): Block {
  const b = sharedBlock(p, figures);
  const run = (r: ParaRun) => asText(r, words);
  if (b.kind === 'lead') return { lead: b.lead, runs: b.runs.map(run).filter((r) => r.text), attribution: null };
  if (b.kind === 'quote')
    return { lead: null, runs: b.runs.map((r) => ({ ...run(r), text: `“${run(r).text}”` })), attribution: b.attribution };
  return { lead: null, runs: b.runs.map(run), attribution: null };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

export function sectionOf(report: Report, slide: Pick<Slide, 'sectionId'>): { title: string; number: number } | null {
  const sections = orderedSections(report);
  const i = sections.findIndex((s) => s.id === slide.sectionId);
  return i < 0 ? null : { title: (sections[i] as { title: string }).title, number: i + 1 };
}

/** "数据来源：重庆市经济和信息化委员会，2016年2月4日". */
/** "数据来源：重庆市经济和信息化委员会，2016年2月4日", without the date when the report names none. */
export const sourceLine = (report: Report): string =>
  `${deckWords(report)('数据来源：')}${[report.organisation, formatDateZh(report.published)].filter(Boolean).join('，')}`;

/** "重庆市经济和信息化委员会 · 2016年2月4日" on a title or closing slide; the organisation alone when the report names no date. */
export const bylineOf = (report: Report): string => [report.organisation, formatDateZh(report.published)].filter(Boolean).join(' · ');

/** The slide footer's left part: "deck title | section" (nothing on the title slide). */
export function footerWhere(deckTitle: string, report: Report, slide: Slide): string {
  if (slide.layout === 'title') return '';
  const section = sectionOf(report, slide);
  return section ? `${deckTitle} | ${section.title}` : deckTitle;
}

/** The distinct source sentences of the figures a slide shows, in the slide's order. */
export function slideQuotes(slide: Slide, figures: ReadonlyMap<number, Figure>): string[] {
  const seen = new Set<string>();
  for (const id of slide.figureIds) {
    const q = figures.get(id)?.quote;
    if (q) seen.add(q);
  }
  return [...seen];
}

/** The speaker notes, then "数据来源：" and every source sentence on its own line. */
export function notesWithSources(slide: Slide, figures: ReadonlyMap<number, Figure>, report: Pick<Report, 'traditional'> = {}): string {
  const quotes = slideQuotes(slide, figures);
  const notes = slide.notes.trim();
  if (!quotes.length) return notes;
  return `${notes}${notes ? '\n\n' : ''}${deckWords(report)('数据来源：')}\n${quotes.join('\n')}`;
}

/** A title split at ideographic spaces into the lines the author intended. */
export const titleLines = (title: string): string[] =>
  title
    .split(/\u3000+/)
    .map((s) => s.trim())
    .filter(Boolean);
