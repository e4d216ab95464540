/**
 * Slide texts for the office exports, set as the screen sets them (renderer/slides/paragraph.ts, which
 * main may not import): `**lead-in**` and `{{id}}` figure tokens, each figure in the report's own words
 * with its qualifier (shared/format.ts); the slide footer and the 数据来源 line; the notes with the source
 * sentence of every figure the slide shows. Pure.
 */
import { figureParts, figurePartsAsWritten, formatDateZh } from '../../shared/format';
import { parseParagraph } from '../../shared/markup';
import type { Figure, Report, Slide } from '../../shared/types';
import { orderedSections } from '../../shared/brief-text';

export type TextRun = { kind: 'text' | 'bold' | 'figure' | 'missing'; text: string };

export interface Block {
  /** A lead-in set apart (bold, in the accent colour): "都市功能核心区". */
  lead: string | null;
  runs: TextRun[];
  /** A quotation's speaker (“……”——市经信委主任 郭坚). */
  attribution: string | null;
}

const text = (p: ReturnType<typeof figureParts>): string => p.prefix + p.number + p.inner + p.unit + p.suffix;

export function paragraphRuns(p: string, figures: ReadonlyMap<number, Figure>): TextRun[] {
  const out: TextRun[] = [];
  for (const run of parseParagraph(p)) {
    if (run.kind !== 'figure') {
      out.push(run);
      continue;
    }
    const figure = /^\d+$/.test(run.ref) ? figures.get(Number(run.ref)) : undefined;
    if (!figure) {
      out.push({ kind: 'missing', text: `［数据缺失：${run.ref}］` });
      continue;
    }
    // A figure shows its own qualifier: drop the same words if the text already says them.
    const prefix = figureParts(figure).prefix;
    const prev = out[out.length - 1];
    if (prefix && prev?.kind === 'text' && prev.text.endsWith(prefix)) {
      prev.text = prev.text.slice(0, -prefix.length);
      if (!prev.text) out.pop();
    }
    out.push({ kind: 'figure', text: text(figurePartsAsWritten(figure)) });
  }
  return out;
}

const QUOTE = /^“([\s\S]+)”\s*——\s*(.+)$/;

export function paragraphBlock(p: string, figures: ReadonlyMap<number, Figure>): Block {
  const runs = paragraphRuns(p, figures);
  const first = runs[0];
  if (first?.kind === 'bold' && runs.length > 1) {
    const rest = runs.slice(1);
    if (rest[0]?.kind === 'text') rest[0] = { kind: 'text', text: rest[0].text.replace(/^[\s\u3000]+/, '') };
    return { lead: first.text, runs: rest.filter((r) => r.text), attribution: null };
  }
  const m = runs.length === 1 && first?.kind === 'text' ? QUOTE.exec(first.text) : null;
  if (m) return { lead: null, runs: [{ kind: 'text', text: `“${m[1]}”` }], attribution: (m[2] as string).trim() };
  return { lead: null, runs, attribution: null };
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
export const sourceLine = (report: Report): string => `数据来源：${report.organisation}，${formatDateZh(report.published)}`;

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
export function notesWithSources(slide: Slide, figures: ReadonlyMap<number, Figure>): string {
  const quotes = slideQuotes(slide, figures);
  const notes = slide.notes.trim();
  if (!quotes.length) return notes;
  return `${notes}${notes ? '\n\n' : ''}数据来源：\n${quotes.join('\n')}`;
}

/** A title split at ideographic spaces into the lines the author intended. */
export const titleLines = (title: string): string[] =>
  title
    .split(/\u3000+/)
    .map((s) => s.trim())
    .filter(Boolean);
