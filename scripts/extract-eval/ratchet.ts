/**
 * The corpus ratchet: what the extractor gets wrong on the annotated corpus today, one line per miss, checked in
 * as test/corpus-known-misses.txt. test/corpus-ratchet.test.ts fails when a report gains a miss (a figure read
 * right before is now wrong, or a new spurious figure) and when a listed miss is gone (now right: the list is
 * rewritten so it only shrinks). `npm run eval:extract -- --write-misses` writes the list from the extractor as
 * it is, for a change to the corpus or the extractor whose new misses were looked at and accepted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusEntry } from './corpus';
import { scoreReport } from './score';

export const KNOWN_MISSES_FILE = resolve(__dirname, '../../test/corpus-known-misses.txt');

/** The two ways the corpus is scored: with each report's as-of date, and as `extract FILE --json` runs without it. */
export const MODES = ['as-of', 'no-as-of'] as const;
export type Mode = (typeof MODES)[number];

/** One report's misses in one mode, as the list's lines: `@offset kind value+unit  what is wrong`. */
export function missLines(entry: CorpusEntry, mode: Mode): string[] {
  return scoreReport(entry, mode === 'as-of').misses.map((m) => `@${m.at} ${m.kind} ${m.text}  ${m.detail}`);
}

const key = (mode: Mode, slug: string) => `${mode} ${slug}`;

/** Every miss of the corpus, as the file holds them: `mode slug @offset kind …`, reports in corpus order. */
export function formatKnownMisses(corpus: CorpusEntry[]): string {
  const lines = MODES.flatMap((mode) =>
    corpus.flatMap((entry) => missLines(entry, mode).map((l) => `${key(mode, entry.report.slug)} ${l}`)),
  );
  return [
    '# What the extractor gets wrong on test/corpus today (test/corpus-ratchet.test.ts): mode, report, miss.',
    '# Written by `npm run eval:extract -- --write-misses`; only rewrite it after reading its diff.',
    ...lines,
    '',
  ].join('\n');
}

/** The file's misses by `mode slug`. */
export function readKnownMisses(file = KNOWN_MISSES_FILE): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [mode, slug] = line.split(' ', 2);
    const k = `${mode} ${slug}`;
    out.set(k, [...(out.get(k) ?? []), line.slice(k.length + 1)]);
  }
  return out;
}

export const listedMisses = (known: Map<string, string[]>, mode: Mode, slug: string): string[] => known.get(key(mode, slug)) ?? [];

/** The list's keys that name no report of the corpus (a report renamed or removed). */
export const staleKeys = (known: Map<string, string[]>, corpus: CorpusEntry[]): string[] =>
  [...known.keys()].filter((k) => !MODES.some((mode) => corpus.some((c) => key(mode, c.report.slug) === k)));

/** What changed against the list: misses not listed (regressions) and listed misses no longer made (now right). */
export function ratchet(now: string[], listed: string[]): { newMisses: string[]; nowRight: string[] } {
  // As multisets: a line made twice and listed once is one new miss.
  const minus = (a: string[], b: string[]) => {
    const left = [...b];
    return a.filter((l) => {
      const i = left.indexOf(l);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  return { newMisses: minus(now, listed), nowRight: minus(listed, now) };
}

export function writeKnownMisses(corpus: CorpusEntry[], file = KNOWN_MISSES_FILE): number {
  const text = formatKnownMisses(corpus);
  writeFileSync(file, text);
  return text.split('\n').filter((l) => l && !l.startsWith('#')).length;
}
