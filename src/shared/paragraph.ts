/**
 * The rendering model of a text-slide paragraph: parseParagraph's runs with each figure token resolved
 * to its stored figure, and the paragraph's shape (a lead-in row, a quotation, or plain prose). Pure.
 */
import { figureParts } from './format';
import { parseParagraph } from './markup';
import type { Figure } from './types';

export type ParaRun =
  { kind: 'text'; text: string } | { kind: 'bold'; text: string } | { kind: 'figure'; figure: Figure } | { kind: 'missing'; ref: string };

export type ParaBlock =
  | { kind: 'lead'; lead: string; runs: ParaRun[] }
  | { kind: 'quote'; runs: ParaRun[]; attribution: string }
  | { kind: 'plain'; runs: ParaRun[] };

/** Spaces an author puts between a lead-in and its text (U+3000 included). */
const LEADING_SPACE = /^[\s\u3000]+/;

export function resolveRuns(p: string, figures: ReadonlyMap<number, Figure>): ParaRun[] {
  const out: ParaRun[] = [];
  for (const run of parseParagraph(p)) {
    if (run.kind !== 'figure') {
      out.push(run);
      continue;
    }
    const figure = /^\d+$/.test(run.ref) ? figures.get(Number(run.ref)) : undefined;
    if (!figure) {
      out.push({ kind: 'missing', ref: run.ref });
      continue;
    }
    // A figure shows its own qualifier ("迈上千亿元"): drop the same words if the text already says them.
    const prefix = figureParts(figure).prefix;
    const prev = out[out.length - 1];
    if (prefix && prev?.kind === 'text' && prev.text.endsWith(prefix)) {
      const text = prev.text.slice(0, -prefix.length);
      if (text) prev.text = text;
      else out.pop();
    }
    out.push({ kind: 'figure', figure });
  }
  return out;
}

/** A quotation with its speaker: “……”——市经信委主任 郭坚. */
const QUOTE = /^“([\s\S]+)”\s*——\s*(.+)$/;

export function paragraphBlock(p: string, figures: ReadonlyMap<number, Figure>): ParaBlock {
  const runs = resolveRuns(p, figures);
  const first = runs[0];
  if (first?.kind === 'bold' && runs.length > 1) {
    const rest = runs.slice(1);
    const head = rest[0];
    if (head?.kind === 'text') {
      const text = head.text.replace(LEADING_SPACE, '');
      if (text) rest[0] = { kind: 'text', text };
      else rest.shift();
    }
    return { kind: 'lead', lead: first.text, runs: rest };
  }
  const only = runs.length === 1 ? runs[0] : undefined;
  const m = only?.kind === 'text' ? QUOTE.exec(only.text) : null;
  if (m) return { kind: 'quote', runs: [{ kind: 'text', text: m[1] as string }], attribution: (m[2] as string).trim() };
  return { kind: 'plain', runs };
}
