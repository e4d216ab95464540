/**
 * 4. Store: create + migrate + seed a new database and open an existing one, in process through
 * openStore exactly as the app calls it (daily backup included: a new store takes its first one); then
 * `facts --json` end to end as a cold CLI process. Also the CLI's start-up cost: `tsx src/main/cli.ts`
 * against the same CLI bundled with esbuild into one CommonJS file run by plain node.
 * 5. Extractor: extractFigures over the bundled report repeated to 5 MB (UTF-8 bytes; MB = 10^6 bytes).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../src/shared/extract';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { CLI, log, mustSpawn, repeat, ROOT, row, stats, TSX, type Row } from './lib';

const SEED = bundledReports(join(ROOT, 'resources'));

function timeOpen(path: string, opts: { dailyBackup?: boolean } = {}): number {
  const t0 = performance.now();
  const store = openStore(path, { seedBundles: SEED, ...opts });
  const ms = performance.now() - t0;
  store.close();
  return ms;
}

export async function benchStore(o: { dir: string; seededDb: string; runs: number; scaleDb?: string }): Promise<Row[]> {
  mkdirSync(o.dir, { recursive: true });
  const fresh = (tag: string, i: number) => {
    const d = join(o.dir, `${tag}-${i}`);
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d);
    return join(d, 'briefing.sqlite');
  };
  timeOpen(fresh('warm', 0)); // module warm-up (zod schemas, prepared statement caches), not counted
  const create = await repeat(o.runs * 2, (i) => timeOpen(fresh('new', i)));
  const createNoBackup = await repeat(o.runs * 2, (i) => timeOpen(fresh('new-nb', i), { dailyBackup: false }));
  timeOpen(o.seededDb);
  const open = await repeat(o.runs * 4, () => timeOpen(o.seededDb));
  const rows: Row[] = [
    row({
      id: 'store.create',
      group: 'Store',
      name: 'new store: create + migrate + seed',
      unit: 'ms',
      stats: stats(create),
      target: { value: 200, direction: 'max', text: '≤ 200 ms' },
      note: `openStore(new path) as the app calls it, incl. its first daily backup (VACUUM INTO); without that backup: median ${stats(createNoBackup).median.toFixed(1)} ms`,
      extra: { withoutDailyBackup: stats(createNoBackup) },
    }),
    row({
      id: 'store.open',
      group: 'Store',
      name: 'open existing store (bundled report)',
      unit: 'ms',
      stats: stats(open),
      target: { value: 20, direction: 'max', text: '≤ 20 ms' },
      note: 'openStore + close, in process (pragmas, quick_check, migration check, seed check)',
    }),
  ];
  if (o.scaleDb) {
    timeOpen(o.scaleDb);
    const openBig = await repeat(o.runs * 2, () => timeOpen(o.scaleDb!));
    rows.push(
      row({
        id: 'store.openScale',
        group: 'Store',
        name: 'open existing store (scale: 100 reports)',
        unit: 'ms',
        stats: stats(openBig),
        target: { value: 20, direction: 'max', text: '≤ 20 ms' },
      }),
    );
  }

  // facts --json, cold, as a user runs it (tsx), and the same CLI bundled.
  const bundled = join(ROOT, 'out/bench/cli.cjs');
  mkdirSync(join(ROOT, 'out/bench'), { recursive: true });
  await mustSpawn(join(ROOT, 'node_modules/.bin/esbuild'), [
    CLI,
    '--bundle',
    '--platform=node',
    '--format=cjs',
    '--target=node20',
    '--log-level=warning',
    '--external:better-sqlite3',
    '--external:playwright-core',
    '--external:@playwright/test',
    `--outfile=${bundled}`,
  ]);
  const facts: number[] = [];
  const factsBundled: number[] = [];
  const helpTsx: number[] = [];
  const helpBundled: number[] = [];
  let figures = 0;
  for (let i = 0; i < o.runs; i++) {
    const r = await mustSpawn(TSX, [CLI, 'facts', '--json', '--db', o.seededDb]);
    facts.push(r.ms);
    figures = (JSON.parse(r.stdout) as unknown[]).length;
    factsBundled.push((await mustSpawn(process.execPath, [bundled, 'facts', '--json', '--db', o.seededDb])).ms);
    helpTsx.push((await mustSpawn(TSX, [CLI, '--help'])).ms);
    helpBundled.push((await mustSpawn(process.execPath, [bundled, '--help'])).ms);
  }
  log(`facts: tsx ${stats(facts).median.toFixed(0)} ms, bundled ${stats(factsBundled).median.toFixed(0)} ms`);
  rows.push(
    row({ id: 'cli.facts', group: 'Store', name: `facts --json (cold tsx CLI, ${figures} figures)`, unit: 'ms', stats: stats(facts) }),
    row({ id: 'cli.factsBundled', group: 'Store', name: 'facts --json (esbuild-bundled CLI, node)', unit: 'ms', stats: stats(factsBundled) }),
    row({ id: 'cli.helpTsx', group: 'Store', name: 'CLI start-up: tsx cli.ts --help', unit: 'ms', stats: stats(helpTsx) }),
    row({ id: 'cli.helpBundled', group: 'Store', name: 'CLI start-up: node cli.cjs --help (bundled)', unit: 'ms', stats: stats(helpBundled) }),
  );
  return rows;
}

export function benchExtractor(runs: number): Row[] {
  const unit = readFileSync(join(ROOT, 'resources/reports/cq-2015/report.txt'), 'utf8');
  const target = 5 * 1000 * 1000;
  const copies = Math.ceil(target / Buffer.byteLength(unit));
  const text = Array.from({ length: copies }, () => unit).join('\n');
  const bytes = Buffer.byteLength(text);
  let found = 0;
  extractFigures(unit); // compile the regexes
  const rates = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    found = extractFigures(text).length;
    return bytes / 1e6 / ((performance.now() - t0) / 1000);
  });
  return [
    row({
      id: 'extract',
      group: 'Extractor',
      name: `extractFigures, ${(bytes / 1e6).toFixed(1)} MB Chinese text`,
      unit: 'MB/s',
      stats: stats(rates),
      target: { value: 5, direction: 'min', text: '≥ 5 MB/s' },
      note: `${copies} copies of report.txt, ${text.length} UTF-16 units, ${found} figures found`,
      extra: { bytes, chars: text.length, figures: found },
    }),
  ];
}
