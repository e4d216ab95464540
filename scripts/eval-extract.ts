/**
 * npm run eval:extract [-- --verbose] [-- --json] [-- --no-as-of]: scores src/shared/extract.ts against the hand-annotated
 * reports in test/corpus and prints a table (value+unit recall and precision, declines shown negative,
 * qualifiers kept, per-field accuracy). Always exits 0: the thresholds are asserted by
 * test/extract-corpus.test.ts.
 */
import { loadCorpus } from './extract-eval/corpus';
import { evaluate, rates, shortfalls } from './extract-eval/score';
import { formatMisses, formatTable } from './extract-eval/table';

const args = process.argv.slice(2);
// --no-as-of: as `extract FILE --json` runs without --as-of (the period read from the text alone).
const evaluation = evaluate(loadCorpus(), !args.includes('--no-as-of'));

if (args.includes('--json')) {
  const reports = evaluation.reports.map((r) => ({ slug: r.slug, ...r.tally, rates: rates(r.tally) }));
  process.stdout.write(`${JSON.stringify({ total: evaluation.total, rates: evaluation.rates, reports }, null, 2)}\n`);
} else {
  console.log(formatTable(evaluation));
  const missed = shortfalls(evaluation);
  console.log(missed.length ? `\nBelow target: ${missed.join('; ')}` : '\nEvery target met.');
  if (args.includes('--verbose')) console.log(`\n${formatMisses(evaluation)}`);
}
