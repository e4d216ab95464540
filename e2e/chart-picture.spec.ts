/**
 * A window's first chart may show its kept picture (src/renderer/charts/picture-cache.ts) before Chart.js has
 * built it: only a picture of exactly what the live chart draws, and the live chart replaces it at once.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { undoEdit, updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { expect, test, type App } from './fixtures';
import { stage } from './helpers';

declare global {
  interface Window {
    __firstDrawn?: Promise<{ picture: string | null; pixels: string; scripts: string[]; chartJsRan: boolean }>;
  }
}

/** The page's scripts fetched so far (module scripts, preloads, dynamic imports), by path. */
const SCRIPTS = `performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'))`;

/** Whether the live charts' module (charts/live.ts: Chart.js) has been evaluated: it marks itself when it is. */
const CHART_JS_RAN = `performance.getEntriesByName('briefing-desk.live-charts').length > 0`;

/**
 * Before any page script: the first frame in which the shown slide's chart is drawn — was it the kept
 * picture, its pixels, the scripts fetched by then, and whether Chart.js had run.
 */
const FIRST_DRAWN = `window.__firstDrawn = new Promise((resolve) => {
  const tick = () => {
    const canvas = document.querySelector('.deck-view main [data-current] canvas[data-drawn="true"]');
    if (canvas) resolve({ picture: canvas.dataset.picture ?? null, pixels: canvas.toDataURL(), scripts: ${SCRIPTS}, chartJsRan: ${CHART_JS_RAN} });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});`;

/** Open the app at the first chart slide (the hub already there, as a reload finds it). */
async function openAtChart(
  page: Page,
  app: App,
): Promise<{ picture: string | null; pixels: string; scripts: string[]; chartJsRan: boolean; live: string; liveRan: boolean }> {
  const deck = getDeck(app.store.db, 1)!;
  const index = deck.slides.findIndex((s) => s.chart);
  app.hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
  await app.open(page);
  const first = await page.evaluate(() => window.__firstDrawn!);
  const canvas = stage(page).locator('canvas[data-chart-type]');
  // The live chart has replaced the picture.
  await expect(canvas).not.toHaveAttribute('data-picture');
  await expect(canvas).toHaveAttribute('data-drawn', 'true');
  return {
    ...first,
    live: await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL()),
    liveRan: (await page.evaluate(CHART_JS_RAN)) as boolean,
  };
}

// Each test starts with no picture made by the main process (main/charts/first-picture.ts, beside the
// store) and no geometry reported for one to be made for: a cold open here is one with nothing kept
// anywhere. Main's own pictures: chart-picture-main.spec.ts.
test.beforeEach(({ app }) => {
  app.store.db.prepare("DELETE FROM meta WHERE key = 'window_geometry'").run();
  rmSync(join(dirname(app.store.path), 'chart-pictures'), { recursive: true, force: true });
});

const keptPictures = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('briefing-desk.chart-pictures') ?? '[]') as string[]).length);

test('a reload shows the first chart from its kept picture, pixel for pixel the live chart, then the live chart', async ({ page, app }) => {
  await page.addInitScript(FIRST_DRAWN);
  const cold = await openAtChart(page, app);
  expect(cold.picture, 'nothing is kept yet: drawn live').toBeNull();
  await expect.poll(() => keptPictures(page)).toBe(1);

  // Opened again (a reload: the same page and profile).
  const warm = await openAtChart(page, app);
  expect(warm.picture).toBe('kept');
  expect(warm.pixels === warm.live, 'the picture shows exactly the live chart').toBe(true);
  expect(warm.live === cold.live, 'the same chart as before the reload').toBe(true);
});

test('a corrected number is another picture: the old one is never shown', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const slide = deck.slides.find((s) => s.chart)!;
  const point = slide.chart!.series.find((p) => 'figureId' in p)!;
  const figureId = 'figureId' in point ? point.figureId : NaN;
  await page.addInitScript(FIRST_DRAWN);
  const before = await openAtChart(page, app);
  await expect.poll(() => keptPictures(page)).toBe(1);

  const figure = listFigures(app.store.db, 1).find((f) => f.id === figureId)!;
  const edit = updateFigure(app.store.db, figure.id, figure.version, { valueText: String(Number(figure.valueText) * 2) }, '检验图片缓存');
  try {
    const corrected = await openAtChart(page, app);
    expect(corrected.picture, 'no picture of the corrected chart yet: drawn live').toBeNull();
    expect(corrected.pixels === before.live, 'the corrected chart differs from the one kept').toBe(false);
    await expect.poll(() => keptPictures(page)).toBe(2);
    // Its own picture from now on.
    const again = await openAtChart(page, app);
    expect(again.picture).toBe('kept');
    expect(again.pixels === corrected.live).toBe(true);
  } finally {
    undoEdit(app.store.db, edit.id);
  }
});

/** Whether any of `paths` (scripts of the app's bridge) holds Chart.js's DOM platform (a method name minifying keeps). */
async function holdsChartJs(page: Page, paths: string[]): Promise<boolean> {
  const texts = await Promise.all(paths.map((p) => page.evaluate(async (u) => (await fetch(u)).text(), p)));
  return texts.some((t) => t.includes('getMaximumSize'));
}

test('a first chart shown from its kept picture paints before Chart.js has run; its chunk is fetched beside the first scripts', async ({
  page,
  app,
}) => {
  await page.addInitScript(FIRST_DRAWN);
  const cold = await openAtChart(page, app);
  expect(cold.picture).toBeNull();
  expect(cold.chartJsRan, 'drawn live: Chart.js ran for its first frame').toBe(true);
  await expect.poll(() => keptPictures(page)).toBe(1);

  const warm = await openAtChart(page, app);
  expect(warm.picture).toBe('kept');
  expect(warm.chartJsRan, 'no Chart.js run before the first frame').toBe(false);
  // Preloaded (scripts/vite/preload-live-charts.ts), not imported: fetched with the page's first scripts.
  expect(await holdsChartJs(page, warm.scripts), 'Chart.js fetched beside the first scripts').toBe(true);
  expect(warm.liveRan, 'Chart.js ran after it, for the live chart').toBe(true);
});
