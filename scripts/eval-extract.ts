/**
 * npm run eval:extract [-- --verbose] [-- --json] [-- --no-as-of] [-- --only slug,slug]: scores src/shared/extract.ts
 * against the hand-annotated reports in test/corpus (or only the named ones: a held-out set) and prints a table (value+unit recall and precision, declines shown negative,
 * qualifiers kept, per-field accuracy). Always exits 0: the thresholds are asserted by
 * test/extract-corpus.test.ts.
 * npm run eval:extract -- --write-misses: rewrites test/corpus-known-misses.txt, today's misses on the whole corpus
 * with and without the as-of (test/corpus-ratchet.test.ts holds the extractor to it), and prints nothing else.
 */
import { loadCorpus } from './extract-eval/corpus';
import { evaluate, rates, shortfalls } from './extract-eval/score';
import { formatMisses, formatTable } from './extract-eval/table';
import { KNOWN_MISSES_FILE, writeKnownMisses } from './extract-eval/ratchet';

const args = process.argv.slice(2);
if (args.includes('--write-misses')) {
  console.log(`${writeKnownMisses(loadCorpus())} misses written to ${KNOWN_MISSES_FILE}`);
  process.exit(0);
}
// --only a,b: score only these reports (a set held out from the rules, scored before and after a change).
const only = args.includes('--only') ? new Set((args[args.indexOf('--only') + 1] ?? '').split(',').filter(Boolean)) : undefined;
const corpus = loadCorpus().filter((c) => !only || only.has(c.report.slug));
if (only && corpus.length !== only.size) {
  console.error(`--only: no report named ${[...only].filter((s) => !corpus.some((c) => c.report.slug === s)).join(', ')}`);
  process.exit(2);
}
// --no-as-of: as `extract FILE --json` runs without --as-of (the period read from the text alone).
const evaluation = evaluate(corpus, !args.includes('--no-as-of'));

if (args.includes('--json')) {
  const reports = evaluation.reports.map((r) => ({ slug: r.slug, ...r.tally, rates: rates(r.tally) }));
  process.stdout.write(`${JSON.stringify({ total: evaluation.total, rates: evaluation.rates, reports }, null, 2)}\n`);
} else {
  console.log(formatTable(evaluation));
  const missed = shortfalls(evaluation);
  console.log(missed.length ? `\nBelow target: ${missed.join('; ')}` : '\nEvery target met.');
  if (args.includes('--verbose')) console.log(`\n${formatMisses(evaluation)}`);
}
