/**
 * The corpus ratchet: every figure of the annotated corpus (test/corpus) the extractor reads right today — value and
 * unit, sign, number, label, period, kind, status, qualifier — stays right, with the report's as-of date and without
 * it, and no figure the annotations do not hold appears; what it gets wrong today is listed in
 * test/corpus-known-misses.txt, and a listed miss that is now right fails too (so the list only shrinks). After a
 * change to the extractor or the corpus whose misses were read and accepted: `npm run eval:extract -- --write-misses`.
 *
 * One test per report and mode, each extracting inside the test (not while the file loads), so mutation testing
 * knows which reports reach which code.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/extract-eval/corpus';
import { listedMisses, missLines, MODES, ratchet, readKnownMisses, staleKeys } from '../scripts/extract-eval/ratchet';

const corpus = loadCorpus();
const known = readKnownMisses();

describe.each(MODES)('the corpus ratchet (%s)', (mode) => {
  it.each(corpus.map((entry) => [entry.report.slug, entry] as const))('%s: no new miss, no listed miss now right', (_slug, entry) => {
    const listed = listedMisses(known, mode, entry.report.slug);
    const { newMisses, nowRight } = ratchet(missLines(entry, mode), listed);
    expect(
      { newMisses, nowRight },
      'a new miss is a regression; a miss now right leaves the list (both: npm run eval:extract -- --write-misses, after reading its diff)',
    ).toEqual({ newMisses: [], nowRight: [] });
  });
});

describe('the known-misses list', () => {
  it('names only reports of the corpus, in both modes', () => {
    expect(staleKeys(known, corpus)).toEqual([]);
    expect(new Set([...known.keys()].map((k) => k.split(' ')[0]))).toEqual(new Set(MODES));
  });

  it('compares misses as multisets: one made twice and listed once is new, one listed twice and made once is gone', () => {
    expect(ratchet(['a', 'a', 'b'], ['a', 'b'])).toEqual({ newMisses: ['a'], nowRight: [] });
    expect(ratchet(['a'], ['a', 'a', 'c'])).toEqual({ newMisses: [], nowRight: ['a', 'c'] });
  });
});
