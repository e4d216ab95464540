/**
 * `npm run bench`: builds the renderer, then measures on this machine in one run and prints a table plus
 * bench/results.json. See the README's "Benchmark" section for what each figure is.
 *
 *   BENCH_ONLY=pdf,office,first,switch,build,ink,store,extract,readers,scale,edit   run some sections only (default: all)
 *   BENCH_RUNS=5          repetitions for medians (PDF, first slide, CLI); store/extractor use multiples
 *   BENCH_SWITCHES=216    slide switches per motion setting (at least 200 over all slides)
 *   BENCH_BUILD_ROUNDS=2  times each building slide is stepped forth and back; BENCH_STROKES=20 ink strokes
 *   BENCH_WALKS=10        walks over the 200-slide deck for the heap check
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { launch, startApp } from './app';
import { benchBuilds, benchInk } from './builds-ink';
import { benchSwitch } from './deck';
import { benchFirstSlide } from './first-slide';
import { loadavg, log, ROOT, table, type Row } from './lib';
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
  const loadStart = await loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const rows: Row[] = [];
  try {
    const seeded = join(dir, 'seeded.sqlite');
    openStore(seeded, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
    let scaleDb: string | undefined;
    if (only.has('scale') || only.has('store') || only.has('edit')) {
      scaleDb = join(dir, 'scale.sqlite');
      const s = buildScaleStore(scaleDb);
      log(`scale store: ${s.figures} figures in ${(s.ms / 1000).toFixed(1)} s`);
    }

    if (only.has('extract')) rows.push(...benchExtractor(runs));
    if (only.has('readers')) rows.push(...(await benchReaders(join(dir, 'readers'), runs)));
    if (only.has('store')) rows.push(...(await benchStore({ dir: join(dir, 'stores'), seededDb: seeded, runs, scaleDb })));
    if (only.has('pdf'))
      rows.push(...(await benchPdf({ dbPath: seeded, dir: join(dir, 'pdf'), runs, layouts: ['slides', 'handout', 'brief'] })));

    if (only.has('office')) rows.push(...(await benchOffice({ dbPath: seeded, dir: join(dir, 'office'), runs })));

    if (only.has('first') || only.has('switch') || only.has('build') || only.has('ink')) {
      const app = await startApp(seeded);
      const browser = await launch();
      try {
        const deck = app.store.db
          .prepare('SELECT d.id, (SELECT count(*) FROM slides s WHERE s.deck_id = d.id) AS n FROM decks d ORDER BY d.id LIMIT 1')
          .get() as { id: number; n: number };
        if (only.has('first')) rows.push(...(await benchFirstSlide({ browser, app, deckId: deck.id, total: deck.n, runs })));
        if (only.has('switch')) rows.push(...(await benchSwitch({ browser, app, deckId: deck.id, total: deck.n, switches })));
        // After the switch rows: these set the bench store's slides to build.
        if (only.has('build'))
          rows.push(...(await benchBuilds({ browser, app, deckId: deck.id, total: deck.n, rounds: num('BENCH_BUILD_ROUNDS', 2) })));
        if (only.has('ink'))
          rows.push(...(await benchInk({ browser, app, deckId: deck.id, total: deck.n, strokes: num('BENCH_STROKES', 20) })));
      } finally {
        await browser.close();
        await app.close();
      }
    }
    if (only.has('edit')) {
      rows.push(benchDraft(runs));
      const app = await startApp(seeded);
      const browser = await launch();
      try {
        const deck = app.store.db
          .prepare('SELECT d.id, (SELECT count(*) FROM slides s WHERE s.deck_id = d.id) AS n FROM decks d ORDER BY d.id LIMIT 1')
          .get() as { id: number; n: number };
        rows.push(await benchEditToAudience({ browser, app, deckId: deck.id, total: deck.n, edits: Math.max(20, runs * 4) }));
      } finally {
        await browser.close();
        await app.close();
      }
      if (scaleDb) {
        const big = await startApp(scaleDb);
        const b2 = await launch();
        try {
          rows.push(await benchEditorOpen({ browser: b2, app: big, runs }));
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
        rows.push(...(await benchScale({ browser, app, runs, walks })));
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
  const out = [
    table(rows),
    '',
    ...rows.filter((r) => r.note).map((r) => `· ${r.name}: ${r.note}`),
    '',
    `load average (1/5/15 min, running/total, last pid): start ${loadStart}; end ${loadEnd}; ${cpus().length} CPUs`,
    `bench took ${seconds.toFixed(0)} s. Figures from a loaded machine are provisional.`,
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
        env: { runs, switches, walks, only: [...only] },
        rows,
      },
      null,
      2,
    ) + '\n',
  );
  if (rows.some((r) => r.verdict === 'MISS')) log('some targets missed (see MISS above); the bench itself succeeded');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
