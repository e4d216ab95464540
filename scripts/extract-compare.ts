/**
 * tsx scripts/extract-compare.ts OTHER [--runs N] [--mb M]: this extractor against another copy of it, for work
 * on its speed. OTHER is the other copy's src/shared/extract/index.ts, e.g. the last commit's:
 *   git archive HEAD src/shared | tar -x -C /tmp/old && tsx scripts/extract-compare.ts /tmp/old/src/shared/extract/index.ts
 * 1. Output: both run on every corpus text (with and without its as-of) and on the seed report; the JSON of each
 *    result must be identical (the count of differing texts is printed, the first difference shown).
 * 2. Speed: an M MB text (default 5) of copies of the seed report, N runs of each (default 15), alternating the
 *    two so that the machine's other load falls on both alike; best and median MB/s of process CPU time.
 * Exits 1 when an output differs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from './extract-eval/corpus';
import { extractFigures, type ExtractOptions, type Extracted } from '../src/shared/extract';

type Extract = (text: string, opts?: ExtractOptions) => Extracted[];

const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const otherPath = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!otherPath) {
  console.error('usage: tsx scripts/extract-compare.ts OTHER/src/shared/extract/index.ts [--runs N] [--mb M]');
  process.exit(2);
}
const runs = flag('--runs', 15);
const mb = flag('--mb', 5);

async function main(): Promise<void> {
  const other = ((await import(resolve(otherPath!))) as { extractFigures: Extract }).extractFigures;
  const seed = readFileSync(join(__dirname, '../resources/reports/cq-2015/report.txt'), 'utf8');

  const cases: { name: string; text: string; opts: ExtractOptions }[] = [{ name: 'seed', text: seed, opts: {} }];
  for (const c of loadCorpus()) {
    cases.push({ name: `${c.report.slug} (as-of)`, text: c.text, opts: { asOf: c.report.asOf } });
    cases.push({ name: `${c.report.slug} (no as-of)`, text: c.text, opts: {} });
  }
  // Texts no rule was written for: the corpus sentences shuffled (a fixed seed), joined on lines or on one line,
  // with some full-width marks written ASCII as saved web pages do.
  const pieces = [seed, ...loadCorpus().map((c) => c.text)].flatMap((t) => t.split(/(?<=[。！？\n])/u));
  let state = 19;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < 40; k++) {
    const picked = Array.from({ length: 60 }, () => pieces[Math.floor(next() * pieces.length)]);
    let text = picked.join(k % 3 === 0 ? '' : '\n').replace(/\n/gu, k % 3 === 0 ? '' : '\n');
    if (k % 4 === 1) text = text.replace(/[，；：]/gu, (c) => (next() < 0.5 ? { '，': ',', '；': ';', '：': ':' }[c]! : c));
    cases.push({ name: `shuffle ${k}`, text, opts: k % 2 ? {} : { asOf: '2019年' } });
  }
  let differing = 0;
  let figures = 0;
  for (const c of cases) {
    const mine = JSON.stringify(extractFigures(c.text, c.opts));
    const theirs = JSON.stringify(other(c.text, c.opts));
    figures += (JSON.parse(mine) as unknown[]).length;
    if (mine === theirs) continue;
    if (differing++ === 0) {
      let at = 0;
      while (mine[at] === theirs[at]) at++;
      console.log(
        `first difference, ${c.name}:\n  this:  …${mine.slice(Math.max(0, at - 80), at + 120)}\n  other: …${theirs.slice(Math.max(0, at - 80), at + 120)}`,
      );
    }
  }
  console.log(`output: ${cases.length} texts, ${figures} figures, ${differing} texts differ`);

  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(seed));
  const big = Array.from({ length: copies }, () => seed).join('\n');
  const bytes = Buffer.byteLength(big);
  const rates: Record<'this' | 'other', number[]> = { this: [], other: [] };
  extractFigures(seed);
  other(seed);
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so neither always runs after the other's garbage.
    const order: ('this' | 'other')[] = r % 2 ? ['other', 'this'] : ['this', 'other'];
    for (const who of order) {
      const fn = who === 'this' ? extractFigures : other;
      const c0 = process.cpuUsage();
      fn(big);
      const cpu = process.cpuUsage(c0);
      rates[who].push(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6));
    }
  }
  for (const who of ['other', 'this'] as const) {
    const sorted = [...rates[who]].sort((a, b) => a - b);
    const best = sorted[sorted.length - 1];
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `${who.padEnd(5)} ${(bytes / 1e6).toFixed(1)} MB: best ${best.toFixed(1)} MB/s, median ${median.toFixed(1)} MB/s of CPU time (${runs} runs)`,
    );
  }
  process.exitCode = differing ? 1 : 0;
}

void main();
