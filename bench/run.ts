/**
 * `npm run bench`: builds the renderer, then measures on this machine in one run and prints a table plus
 * bench/results.json. See the README's "Benchmark" section for what each figure is.
 *
 *   BENCH_ONLY=pdf,office,first,switch,build,ink,store,extract,readers,scale,edit   run some sections only (default: all)
 *   BENCH_RUNS=5          repetitions for medians (PDF, first slide, CLI); store/extractor use multiples
 *   BENCH_SWITCHES=216    slide switches per motion setting (at least 200 over all slides)
 *   BENCH_BUILD_ROUNDS=2  times each building slide is stepped forth and back; BENCH_STROKES=20 ink strokes
 *   BENCH_WALKS=10        walks over the 200-slide deck for the heap check
 *   BENCH_CONDITIONS=as-is,loaded   each section with the machine as it is, then with a spinner on every
 *                         core (bench/load.ts); a measure passes only if it passes under each
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { firstDeck, launch, startApp } from './app';
import { benchBuilds, benchInk } from './builds-ink';
import { benchSwitch } from './deck';
import { benchFirstSlide } from './first-slide';
import { judgeConditions, loadavg, log, ROOT, table, type Row } from './lib';
import { CONDITIONS, underEach, type Condition } from './load';
import { benchOffice } from './office';
import { benchPdf } from './pdf';
import { benchReaders } from './readers';
import { benchScale, buildScaleStore } from './scale';
import { benchExtractor, benchStore } from './store';
import { benchDraft, benchEditorOpen, benchEditToAudience } from './editing';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

async function main(): Promise<void> {
  const started = performance.now();
  const only = new Set(
    (process.env.BENCH_ONLY ?? 'pdf,office,first,switch,build,ink,store,extract,readers,scale,edit').split(',').map((s) => s.trim()),
  );
  const runs = num('BENCH_RUNS', 5);
  const switches = num('BENCH_SWITCHES', 216);
  const walks = num('BENCH_WALKS', 10);
  const conditions = (process.env.BENCH_CONDITIONS ?? 'as-is,loaded')
    .split(',')
    .map((c) => c.trim().replace('-', ' ') as Condition)
    .filter((c) => CONDITIONS.includes(c));
  if (conditions.length === 0) throw new Error('BENCH_CONDITIONS: give as-is, loaded or both');
  const loadStart = await loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const rows: Row[] = [];
  /** One section under each condition in turn; its rows carry the condition and the load average at its end. */
  const section = async (name: string, measure: (c: Condition) => Promise<Row[]>) => {
    for (const { condition, result } of await underEach(conditions, async (c) => {
      log(`${name}: ${c}`);
      const r = await measure(c);
      const load = await loadavg();
      return r.map((x) => ({ ...x, load }));
    }))
      rows.push(...result.map((r) => ({ ...r, condition })));
    // The table so far, on stderr: a long run that is cut short still shows what it measured.
    log(`${name} done; the table so far:\n${table(judgeConditions(rows))}`);
  };
  try {
    const seeded = join(dir, 'seeded.sqlite');
    openStore(seeded, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
    let scaleDb: string | undefined;
    if (only.has('scale') || only.has('store') || only.has('edit')) {
      scaleDb = join(dir, 'scale.sqlite');
      const s = buildScaleStore(scaleDb);
      log(`scale store: ${s.figures} figures in ${(s.ms / 1000).toFixed(1)} s`);
    }

    // Issue 24's measures first (PDF, first slide, switch), then the in-process ones and the scale store.
    if (only.has('pdf'))
      await section('pdf', (c) => benchPdf({ dbPath: seeded, dir: join(dir, `pdf-${c}`), runs, layouts: ['slides', 'handout', 'brief'] }));

    if (only.has('office')) await section('office', (c) => benchOffice({ dbPath: seeded, dir: join(dir, `office-${c}`), runs }));

    if (only.has('first') || only.has('switch') || only.has('build') || only.has('ink')) {
      const app = await startApp(seeded);
      const browser = await launch();
      try {
        const deck = firstDeck(app.store.db);
        if (only.has('first')) await section('first slide', () => benchFirstSlide({ browser, app, deckId: deck.id, total: deck.n, runs }));
        if (only.has('switch'))
          await section('slide switch', () => benchSwitch({ browser, app, deckId: deck.id, total: deck.n, switches }));
        // After the switch rows: these set the bench store's slides to build.
        if (only.has('build'))
          await section('build step', () =>
            benchBuilds({ browser, app, deckId: deck.id, total: deck.n, rounds: num('BENCH_BUILD_ROUNDS', 2) }),
          );
        if (only.has('ink'))
          await section('ink', () => benchInk({ browser, app, deckId: deck.id, total: deck.n, strokes: num('BENCH_STROKES', 20) }));
      } finally {
        await browser.close();
        await app.close();
      }
    }
    if (only.has('extract')) await section('extractor', async () => benchExtractor(runs));
    if (only.has('readers')) await section('readers', (c) => benchReaders(join(dir, `readers-${c}`), runs));
    if (only.has('store')) await section('store', (c) => benchStore({ dir: join(dir, `stores-${c}`), seededDb: seeded, runs, scaleDb }));
    if (only.has('edit')) {
      await section('drafting', async () => [benchDraft(runs)]);
      const app = await startApp(seeded);
      const browser = await launch();
      try {
        const deck = firstDeck(app.store.db);
        await section('edit to audience', async () => [
          await benchEditToAudience({ browser, app, deckId: deck.id, total: deck.n, edits: Math.max(20, runs * 4) }),
        ]);
      } finally {
        await browser.close();
        await app.close();
      }
      if (scaleDb) {
        const big = await startApp(scaleDb);
        const b2 = await launch();
        try {
          await section('editor open', async () => [await benchEditorOpen({ browser: b2, app: big, runs })]);
        } finally {
          await b2.close();
          await big.close();
        }
      }
    }
    if (only.has('scale') && scaleDb) {
      const app = await startApp(scaleDb);
      const browser = await launch();
      try {
        await section('scale', () => benchScale({ browser, app, runs, walks }));
      } finally {
        await browser.close();
        await app.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const loadEnd = await loadavg();
  const seconds = (performance.now() - started) / 1000;
  const judged = judgeConditions(rows);
  const out = [
    table(judged),
    '',
    ...judged.filter((r) => r.note).map((r) => `· ${r.name} (${r.condition}): ${r.note}`),
    '',
    `load average (1/5/15 min, running/total, last pid): start ${loadStart}; end ${loadEnd}; ${cpus().length} CPUs`,
    `conditions: ${conditions.join(', ')} (loaded: a busy-looping worker thread on each of the ${cpus().length} CPUs, started and stopped by the bench); load = 1-minute load average when the row's section ended; both = PASS only if every condition passes`,
    `bench took ${seconds.toFixed(0)} s.`,
  ].join('\n');
  process.stdout.write(out + '\n');
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        loadavg: { start: loadStart, end: loadEnd },
        cpus: cpus().length,
        seconds,
        env: { runs, switches, walks, only: [...only], conditions },
        rows: judged,
      },
      null,
      2,
    ) + '\n',
  );
  if (judged.some((r) => r.judged === 'MISS')) log('some targets missed (see MISS above); the bench itself succeeded');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
