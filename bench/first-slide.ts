/**
 * 2. First slide: navigation start → end of the first frame (main-thread rendering) in which the first
 * chart slide of the bundled deck (slide 5, a bar chart) shows with its number, its chart drawn
 * (canvas[data-drawn="true"]) and every glyph on the page loaded in both bundled weights. It is
 * reached by a deep link in the app's own terms: the bridge's PresentationHub already has the deck open
 * at its index (as for a reload or a second window), so the page opens there.
 *
 * Floor: the same page saved after rendering as static HTML (DOM + inlined CSS, canvas as <img>, no
 * script) served from loopback with the bridge's headers. Reported beside it, the Chart.js floor
 * (chart-floor.ts): that page with its chart drawn by Chart.js, the least any page drawing this chart
 * with Chart.js can do.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import {
  type App,
  FONTS_READY,
  checkServedFrame,
  firstPaintOf,
  firstSlideCondition,
  firstPaintProbe,
  newContext,
  persistentContext,
  servedFrameKey,
  snapshot,
  staticHtml,
  staticServer,
  toSamePath,
} from './app';
import { CHART_FLOOR_DRAWN, CHART_FLOOR_PAGE, chartFloorFiles } from './chart-floor';
import { openAt } from './deck';
import { getDeck } from '../src/main/store/decks';
import { readGeometry } from '../src/main/store/window-geometry';
import { SECURITY_HEADERS } from '../src/main/web/server';
import { log, row, stats, type Row } from './lib';

/** Warm loads of each page per run of the first-slide section. */
const WARM_PER_RUN = 2;

export async function benchFirstSlide(o: { browser: Browser; app: App; deckId: number; total: number; runs: number }): Promise<Row[]> {
  // The first chart slide (slide 5 since the deck gained its agenda and 01 divider; slide 3 before).
  const INDEX = getDeck(o.app.store.db, o.deckId)!.slides.findIndex((s) => s.chart);
  const want = `${INDEX + 1} / ${o.total}`;
  const n = INDEX + 1;
  // The live slide complete; for a measured load, main's served first frame of that slide counts too, when its
  // key is the key of what the page opens then (bench/app.ts firstSlideCondition) and the live slide after it
  // shows the same text (checkServedFrame).
  const appCondition = firstSlideCondition(want, null);
  const floorCondition = `document.body && Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0) && ${FONTS_READY}`;
  const chartFloorCondition = `document.body && ${CHART_FLOOR_DRAWN} && ${FONTS_READY}`;

  // A session before the measured ones, as a user's: the desktop app knows its window before it opens it and has
  // the first chart's picture made for it at start (main/index.ts, main/charts/picture-refresh.ts); a bridge window
  // reports its geometry once laid out. After this, a cold window is served that picture as the desktop's is.
  const served = await reportGeometry(o, INDEX);
  log(`first slide: main's picture of the first chart served to a cold window: ${served ? 'yes' : 'no'}`);

  // The floor page: the app's page at that slide, saved once it is complete.
  const ctx0 = await newContext(o.browser, { reducedMotion: 'reduce' });
  const p0 = await ctx0.newPage();
  await p0.addInitScript(firstPaintProbe(appCondition));
  await openAt(p0, o.app, o.deckId, o.total, INDEX);
  await firstPaintOf(p0, 'the page the floor is saved from');
  // The page's own rendering only: a first frame main served goes once the live slide is complete.
  await p0.waitForFunction(() => !document.getElementById('first-frame'));
  const html = staticHtml(await snapshot(p0, { onlyShownSlide: true }), toSamePath);
  await ctx0.close();
  // Served with the bridge's own headers, so a floor is navigated to as the app is. Their
  // Cross-Origin-Opener-Policy moves a navigation from the new page's about:blank to a fresh renderer
  // process (100–190 ms here); without them a floor reused the page's first process and started that much
  // ahead of the app for a reason that is not its content.
  const server = await staticServer(
    new Map([['/slide.html', html], ...(await chartFloorFiles(html, o.app.store, o.deckId, INDEX))]),
    SECURITY_HEADERS,
  );

  const pages = {
    app: { url: o.app.url('/'), condition: appCondition, what: `the app at slide ${n}`, deepLink: true },
    floor: { url: `${server.origin}/slide.html`, condition: floorCondition, what: `the static floor of slide ${n}`, deepLink: false },
    chart: {
      url: `${server.origin}${CHART_FLOOR_PAGE}`,
      condition: chartFloorCondition,
      what: `the Chart.js floor of slide ${n}`,
      deepLink: false,
    },
  };
  type Which = keyof typeof pages;
  // Cold: a fresh browser context per load (empty HTTP cache, no compiled-code cache: a first start).
  // Warm: a new page each time in one profile that has loaded each page twice before: what the desktop
  // app's profile holds after two starts, the HTTP cache and the compiled code of its scripts.
  // Measured app loads whose first frame was main's served frame (checked against the live slide after it).
  const framed = { cold: { loads: 0, served: 0 }, warm: { loads: 0, served: 0 }, preload: { loads: 0, served: 0 } };
  const load = async (ctx: BrowserContext, which: Which, kind: keyof typeof framed) => {
    const p = pages[which];
    const page = await ctx.newPage();
    if (p.deepLink) o.app.hub.act({ type: 'open', deckId: o.deckId, total: o.total, index: INDEX });
    const condition = which === 'app' ? firstSlideCondition(want, servedFrameKey(o.app)) : p.condition;
    await page.addInitScript(firstPaintProbe(condition));
    await page.goto(p.url);
    const ms = await firstPaintOf(page, p.what);
    if (which === 'app') {
      framed[kind].loads++;
      if (await checkServedFrame(page, want, p.what)) framed[kind].served++;
    }
    await page.close();
    return ms;
  };
  const cold = async (which: Which, reducedMotion: 'reduce' | 'no-preference') => {
    const ctx = await newContext(o.browser, { reducedMotion });
    try {
      return await load(ctx, which, 'cold');
    } finally {
      await ctx.close();
    }
  };
  const app: number[] = [];
  const appMotion: number[] = [];
  const floor: number[] = [];
  const chart: number[] = [];
  const warm: Record<Which, number[]> = { app: [], floor: [], chart: [] };
  const profile = await persistentContext({ reducedMotion: 'reduce' });
  const warmCtx = profile.context;
  try {
    // Chromium stores a script's compiled code when the script loads a second time, so the measured loads
    // find it in the profile.
    for (let preload = 0; preload < 2; preload++) for (const which of Object.keys(pages) as Which[]) await load(warmCtx, which, 'preload');
    for (let i = 0; i < o.runs; i++) {
      // The two cold app rows take turns at coming first, right after the warm loads. Whatever load comes
      // there meets what the on-disk profile's Chromium still does after its pages (its caches, the kept
      // chart picture's storage); always the reduced-motion row before, so only it paid (session 13: 1.62×
      // against 1.30× with motion allowed, for the same page doing the same work).
      if (i % 2 === 0) app.push(await cold('app', 'reduce'));
      else appMotion.push(await cold('app', 'no-preference'));
      floor.push(await cold('floor', 'reduce'));
      chart.push(await cold('chart', 'reduce'));
      if (i % 2 === 0) appMotion.push(await cold('app', 'no-preference'));
      else app.push(await cold('app', 'reduce'));
      // A warm load is cheap (no context to create) but as noisy as a cold one around a smaller difference:
      // WARM_PER_RUN loads of each page per run, so its median rests on more samples.
      const seen: string[] = [];
      for (let w = 0; w < WARM_PER_RUN; w++) {
        for (const which of ['app', 'floor', 'chart'] as const) warm[which].push(await load(warmCtx, which, 'warm'));
        seen.push(`${warm.app.at(-1)!.toFixed(0)}/${warm.floor.at(-1)!.toFixed(0)}/${warm.chart.at(-1)!.toFixed(0)}`);
      }
      log(
        `first slide #${i + 1}: cold app ${app[i].toFixed(0)} ms (with motion ${appMotion[i].toFixed(0)} ms), floor ${floor[i].toFixed(0)} ms, Chart.js floor ${chart[i].toFixed(0)} ms; warm app/floor/Chart.js floor ${seen.join(' ')} ms`,
      );
    }
  } finally {
    await profile.close();
    await server.close();
  }
  const servedNote = (k: 'cold' | 'warm') =>
    `; main's served first frame (HTML, its chart main's picture; the live slide after it checked to show the same text) counted as the first frame in ${framed[k].served} of ${framed[k].loads} loads`;
  log(
    `first slide: served first frame counted in ${framed.cold.served}/${framed.cold.loads} cold and ${framed.warm.served}/${framed.warm.loads} warm app loads`,
  );
  const floorStats = { name: `static HTML of slide ${n} (saved DOM + CSS, chart as <img>), cold`, stats: stats(floor) };
  const warmFloorStats = { name: 'the same static HTML, warm', stats: stats(warm.floor) };
  const target = { value: 1.3, direction: 'max' as const, ratio: true, text: '≤ 1.3× floor' };
  const vsChart = (xs: number[], chartXs: number[]) => `; ÷ the Chart.js floor: ${(stats(xs).median / stats(chartXs).median).toFixed(2)}×`;
  const chartNote =
    'reported, not judged: the static floor with its chart drawn by the app’s own Chart.js build and config from the chart’s model embedded in the page (bench/chart-floor.ts; no bridge, no Svelte). The least any page drawing this chart with Chart.js can do; its ratio to the static floor is the share of the ≤ 1.3× target that loading and running Chart.js takes on this machine';
  return [
    row({
      id: 'first.reduced',
      group: 'First slide',
      name: `first chart slide (${n}), cold, reduced motion`,
      unit: 'ms',
      stats: stats(app),
      floor: floorStats,
      target,
      note: `navigation start → end of the first frame with slide ${n} numbered, its bar chart drawn and all page glyphs loaded (400+700); a fresh browser context each load: nothing cached, no compiled code; main's picture of the chart ${served ? 'served' : 'not served'}${servedNote('cold')}${vsChart(app, chart)}`,
    }),
    row({
      id: 'first.motion',
      group: 'First slide',
      name: `first chart slide (${n}), cold, motion allowed`,
      unit: 'ms',
      stats: stats(appMotion),
      floor: floorStats,
      target,
      note: `as above without prefers-reduced-motion (charts appear complete either way; only a change of data animates)${vsChart(appMotion, chart)}`,
    }),
    row({
      id: 'first.warm',
      group: 'First slide',
      name: `first chart slide (${n}), warm, reduced motion`,
      unit: 'ms',
      stats: stats(warm.app),
      floor: warmFloorStats,
      target,
      note: `a new page in a Chromium profile on disk that has loaded each page twice before: its HTTP cache and V8's code cache hold the scripts, as the desktop app's profile does after two starts (its app:// scheme has codeCache on); ${WARM_PER_RUN} loads of each page per run${servedNote('warm')}${vsChart(warm.app, warm.chart)}`,
    }),
    row({
      id: 'first.chartjs.cold',
      group: 'First slide',
      name: `Chart.js floor of slide ${n}, cold`,
      unit: 'ms',
      stats: stats(chart),
      floor: floorStats,
      note: chartNote,
    }),
    row({
      id: 'first.chartjs.warm',
      group: 'First slide',
      name: `Chart.js floor of slide ${n}, warm`,
      unit: 'ms',
      stats: stats(warm.chart),
      floor: warmFloorStats,
      note: 'as above, warm',
    }),
  ];
}

/** Opens the app at the first chart slide until the window has reported its geometry, then waits (at most a minute)
 * for main to serve a cold window its picture of that chart. Whether it is served. */
export async function reportGeometry(o: { browser: Browser; app: App; deckId: number; total: number }, index: number): Promise<boolean> {
  const ctx = await newContext(o.browser, { reducedMotion: 'reduce' });
  try {
    await openAt(await ctx.newPage(), o.app, o.deckId, o.total, index);
    const until = Date.now() + 30_000;
    while (!readGeometry(o.app.store.db) && Date.now() < until) await new Promise((done) => setTimeout(done, 200));
  } finally {
    await ctx.close();
  }
  const until = Date.now() + 60_000;
  for (;;) {
    if ((await (await fetch(o.app.url('/'))).text()).includes('"picture":{')) return true;
    if (Date.now() > until) return false;
    await new Promise((done) => setTimeout(done, 500));
  }
}
