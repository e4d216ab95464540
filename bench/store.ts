/**
 * 4. Store: create + migrate + seed a new database and open an existing one, in process through
 * openStore exactly as the app calls it (daily backup included: a new store takes its first one); then
 * `facts --json` end to end as a cold CLI process (`npm run cli`, the built CLI), and the same through tsx.
 * 5. Extractor: extractFigures over the bundled report repeated to 5 MB (UTF-8 bytes; MB = 10^6 bytes).
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../src/shared/extract';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { breakSeal } from '../src/main/store/seal';
import { CLI, CLI_SOURCE, log, mustSpawn, repeat, ROOT, row, stats, TSX, type Row } from './lib';

const SEED = bundledReports(join(ROOT, 'resources'));

/** openStore as the app opens its own store (sealed at each clean close, see src/main/store/seal.ts). */
function timeOpen(path: string, opts: { dailyBackup?: boolean } = {}): number {
  const t0 = performance.now();
  const store = openStore(path, { seedBundles: SEED, seal: true, ...opts });
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
      note: 'openStore + close as the app does, in process (pragmas, seal check, migration check, seed check)',
    }),
  ];
  if (o.scaleDb) {
    timeOpen(o.scaleDb);
    const openBig = await repeat(o.runs * 2, () => timeOpen(o.scaleDb!));
    // After a crash or an outside change the seal is void and the whole file is scanned (quick_check).
    const openBigScan = await repeat(o.runs * 2, () => (breakSeal(o.scaleDb!), timeOpen(o.scaleDb!)));
    rows.push(
      row({
        id: 'store.openScale',
        group: 'Store',
        name: 'open existing store (scale: 100 reports)',
        unit: 'ms',
        stats: stats(openBig),
        target: { value: 20, direction: 'max', text: '≤ 20 ms' },
        note: 'closed cleanly by the app last time: its seal holds, no integrity scan',
      }),
      row({
        id: 'store.openScaleScan',
        group: 'Store',
        name: 'open after a crash (scale: 100 reports, full scan)',
        unit: 'ms',
        stats: stats(openBigScan),
        note: `seal void, so PRAGMA quick_check reads all ${(statSync(o.scaleDb).size / 1e6).toFixed(1)} MB first (the fault suite's damaged files are refused here)`,
      }),
    );
  }

  // facts --json, cold, as a user runs it (npm run cli: the built CLI), and the source through tsx.
  const facts: number[] = [];
  const factsTsx: number[] = [];
  const help: number[] = [];
  const helpTsx: number[] = [];
  let figures = 0;
  for (let i = 0; i < o.runs; i++) {
    const r = await mustSpawn(CLI[0], [CLI[1], 'facts', '--json', '--db', o.seededDb]);
    facts.push(r.ms);
    figures = (JSON.parse(r.stdout) as unknown[]).length;
    factsTsx.push((await mustSpawn(TSX, [CLI_SOURCE, 'facts', '--json', '--db', o.seededDb])).ms);
    help.push((await mustSpawn(CLI[0], [CLI[1], '--help'])).ms);
    helpTsx.push((await mustSpawn(TSX, [CLI_SOURCE, '--help'])).ms);
  }
  log(`facts: built ${stats(facts).median.toFixed(0)} ms, tsx ${stats(factsTsx).median.toFixed(0)} ms`);
  rows.push(
    row({
      id: 'cli.facts',
      group: 'Store',
      name: `facts --json (cold npm run cli, ${figures} figures)`,
      unit: 'ms',
      stats: stats(facts),
      note: 'node scripts/cli.mjs: freshness check, then out/main/cli.js',
    }),
    row({ id: 'cli.factsTsx', group: 'Store', name: 'facts --json (cold tsx src/main/cli.ts)', unit: 'ms', stats: stats(factsTsx) }),
    row({ id: 'cli.help', group: 'Store', name: 'CLI start-up: npm run cli -- --help', unit: 'ms', stats: stats(help) }),
    row({ id: 'cli.helpTsx', group: 'Store', name: 'CLI start-up: tsx cli.ts --help', unit: 'ms', stats: stats(helpTsx) }),
  );
  return rows;
}

/**
 * The extractor as the app and the CLI run it: the main process's built chunk (electron-vite), not the
 * source through tsx, whose development transform keeps function names by wrapping every function made at
 * run time in a naming call (esbuild's keepNames): on this code ~1.2–1.9× the CPU of the built chunk, a
 * cost no user's process has. Checked to give the source's figures on the report before it is timed.
 */
/** The built main-process chunk that holds the extractor, as out/main/cli.js requires it. */
function builtChunk(): string {
  const cli = readFileSync(join(ROOT, 'out/main/cli.js'), 'utf8');
  const chunk = /require\("\.\/(chunks\/extract-[\w-]+\.js)"\)/.exec(cli)?.[1];
  if (!chunk) throw new Error('out/main/cli.js names no extractor chunk: run npm run build');
  return chunk;
}

function builtExtractor(unit: string): typeof extractFigures {
  const chunk = builtChunk();
  const built = (createRequire(__filename)(join(ROOT, 'out/main', chunk)) as { extractFigures?: typeof extractFigures }).extractFigures;
  if (typeof built !== 'function') throw new Error(`${chunk} has no extractFigures`);
  if (JSON.stringify(built(unit)) !== JSON.stringify(extractFigures(unit)))
    throw new Error(`${chunk} finds other figures than src/shared/extract: the build is stale (npm run build)`);
  return built;
}

export function benchExtractor(runs: number): Row[] {
  const unitFile = join(ROOT, 'resources/reports/cq-2015/report.txt');
  const unit = readFileSync(unitFile, 'utf8');
  builtExtractor(unit); // the built chunk finds the source's figures (else the build is stale)
  const chunk = join(ROOT, 'out/main', builtChunk());
  const target = 5 * 1000 * 1000;
  const copies = Math.ceil(target / Buffer.byteLength(unit));
  // The runs in a plain Node process of their own, as the app's main process runs the chunk: this process holds the
  // loaded condition's busy threads and the earlier sections' heap (in it, loaded: 7.7–8.4 MB/s; in a child: 9.5–12.7).
  const child = spawnSync(process.execPath, [join(ROOT, 'bench/extract-child.mjs'), chunk, unitFile, String(copies), String(runs)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench/extract-child.mjs failed: ${child.stderr || child.error?.message}`);
  const r = JSON.parse(child.stdout) as { wall: number[]; cpu: number[]; found: number; bytes: number; chars: number };
  const { bytes, chars, found } = r;
  const cpuMedian = stats(r.cpu).median;
  return [
    row({
      id: 'extract',
      group: 'Extractor',
      name: `extractFigures (built), ${(bytes / 1e6).toFixed(1)} MB Chinese text`,
      unit: 'MB/s',
      stats: stats(r.wall),
      target: { value: 10, direction: 'min', text: '≥ 10 MB/s' },
      note: `the built main-process chunk; ${copies} copies of report.txt, ${chars} UTF-16 units, ${found} figures found; ${cpuMedian.toFixed(1)} MB/s of CPU time (median)`,
      extra: { bytes, chars, figures: found, cpuMBps: cpuMedian },
    }),
  ];
}
