/**
 * The main process draws a window's first chart itself, with no window (src/main/charts/chart-picture.ts):
 * the app's Chart.js, configuration and plugins on @napi-rs/canvas. It must look like the chart the window
 * draws live: same bitmap size, and pixels that differ only where two text rasterisers round an edge.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { chartBox } from '../src/main/charts/chart-box';
import { drawChartPicture } from '../src/main/charts/chart-picture';
import { chartSlideTexts } from '../src/main/charts/chart-slide-texts';
import { cssChartTheme } from '../src/main/charts/css-theme';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { readGeometry } from '../src/main/store/window-geometry';
import { buildChart } from '../src/shared/chart-model';
import { expect, test, type App } from './fixtures';
import { stage, bridgeCall } from './helpers';

const load = createRequire(__filename);
const napi = load('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
const RENDERER = resolve(__dirname, '../out/renderer');

/** The built app page's stylesheet: what the window's CSS custom properties come from. */
function appCss(): string {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const href = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('no stylesheet in index.html');
  return readFileSync(join(RENDERER, href), 'utf8');
}

interface LiveChart {
  png: string;
  bitmapWidth: number;
  bitmapHeight: number;
  width: number;
  height: number;
  ratio: number;
}

/** Open the app at slide `index` (default: the first chart slide) and read its live chart: pixels, box and pixel ratio. */
async function liveChart(page: Page, app: App, at?: number): Promise<LiveChart> {
  const deck = getDeck(app.store.db, 1)!;
  const index = at ?? deck.slides.findIndex((s) => s.chart);
  app.hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
  await app.open(page);
  const canvas = stage(page).locator('canvas[data-chart-type]');
  await expect(canvas).toHaveAttribute('data-drawn', 'true');
  await expect(canvas).not.toHaveAttribute('data-picture');
  return canvas.evaluate((c: HTMLCanvasElement) => {
    // The box Chart.js is given (charts/layout-box.ts) and the ratio it draws at (charts/pixel-ratio.ts).
    const box = getComputedStyle(c.parentElement!);
    const scale = Number(c.closest('[data-scale]')?.getAttribute('data-scale'));
    return {
      png: c.toDataURL('image/png'),
      bitmapWidth: c.width,
      bitmapHeight: c.height,
      width: parseFloat(box.width),
      height: parseFloat(box.height),
      ratio: Math.max(0.25, scale * (window.devicePixelRatio || 1)),
    };
  });
}

/** RGBA pixels of a PNG. */
async function pixels(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const img = await napi.loadImage(png);
  const c = napi.createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return g.getImageData(0, 0, img.width, img.height);
}

/** The largest channel difference between pixel `i` of `x` and the nearest-looking pixel of `y` within one pixel of it. */
function nearest(x: Uint8ClampedArray, y: Uint8ClampedArray, width: number, height: number, i: number): number {
  const px = (i / 4) % width;
  const py = Math.floor(i / 4 / width);
  let best = 255;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      const qx = px + dx;
      const qy = py + dy;
      if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
      const j = (qy * width + qx) * 4;
      let d = 0;
      for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs((x[i + k] as number) - (y[j + k] as number)));
      best = Math.min(best, d);
    }
  return best;
}

/**
 * Share of pixels that differ by more than `step` in a channel from every pixel of the other picture within
 * one pixel (either way: a glyph edge two rasterisers anti-alias otherwise is not a difference; a text a
 * pixel or more away, another colour or size is), and the mean plain difference per pixel, with its map.
 */
async function difference(a: Buffer, b: Buffer, step = 48): Promise<{ share: number; mean: number; map: Buffer }> {
  const x = await pixels(a);
  const y = await pixels(b);
  expect([y.width, y.height]).toEqual([x.width, x.height]);
  const out = napi.createCanvas(x.width, x.height);
  const g = out.getContext('2d');
  const map = g.createImageData(x.width, x.height);
  let off = 0;
  let sum = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    let d = 0;
    for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs((x.data[i + k] as number) - (y.data[i + k] as number)));
    sum += d;
    const near = d > step ? Math.max(nearest(x.data, y.data, x.width, x.height, i), nearest(y.data, x.data, x.width, x.height, i)) : 0;
    if (near > step) off++;
    map.data[i] = Math.min(255, near * 4);
    map.data[i + 1] = map.data[i + 2] = Math.min(255, d * 2);
    map.data[i + 3] = 255;
  }
  g.putImageData(map, 0, 0);
  const n = x.width * x.height;
  return { share: off / n, mean: sum / n, map: out.toBuffer('image/png') };
}

test('the main process draws the first chart as the window draws it live', async ({ page, app }, info) => {
  const live = await liveChart(page, app);
  const deck = getDeck(app.store.db, 1)!;
  const slide = deck.slides.find((s) => s.chart)!;
  const model = buildChart(slide.chart!, new Map(listFigures(app.store.db, deck.reportId).map((f) => [f.id, f])));
  const made = drawChartPicture({ model, theme: cssChartTheme(appCss()), width: live.width, height: live.height, ratio: live.ratio });
  expect([made.bitmapWidth, made.bitmapHeight], 'the bitmap the window draws').toEqual([live.bitmapWidth, live.bitmapHeight]);

  const livePng = Buffer.from(live.png.slice(live.png.indexOf(',') + 1), 'base64');
  const diff = await difference(livePng, made.png);
  // For a look: the live chart, main's picture and where they differ.
  for (const [name, body] of [
    ['live.png', livePng],
    ['main.png', made.png],
    ['difference.png', diff.map],
  ] as const) {
    writeFileSync(info.outputPath(name), body);
    await info.attach(name, { path: info.outputPath(name), contentType: 'image/png' });
  }
  console.log(
    `chart picture vs live: ${(diff.share * 100).toFixed(3)} % of pixels differ beyond a pixel's shift, mean difference ${diff.mean.toFixed(2)}`,
  );
  // Here 0.36 % and 0.78: the CJK labels' stems, which Chromium's FreeType hints otherwise. A chart area
  // 1 px off (sized from whole canvas pixels) gave 0.57 % and 4.2, labels on the wrong baseline 2 % and 4.3.
  expect(diff.share, 'pixels that differ from every pixel near them').toBeLessThan(0.005);
  expect(diff.mean, 'mean difference per pixel (0–255)').toBeLessThan(1.5);
});

test('every kind of chart the bundled deck draws, derived bars hatched included, looks the same from main', async ({ page, app }, info) => {
  const deck = getDeck(app.store.db, 1)!;
  const figures = new Map(listFigures(app.store.db, deck.reportId).map((f) => [f.id, f]));
  const seen = new Set<string>();
  for (const [index, slide] of deck.slides.entries()) {
    if (!slide.chart) continue;
    const model = buildChart(slide.chart, figures);
    const sort = `${model.type}${model.rows.some((r) => r.formula) ? ' derived' : ''}`;
    if (seen.has(sort)) continue;
    seen.add(sort);
    const live = await liveChart(page, app, index);
    const made = drawChartPicture({ model, theme: cssChartTheme(appCss()), width: live.width, height: live.height, ratio: live.ratio });
    expect([made.bitmapWidth, made.bitmapHeight], sort).toEqual([live.bitmapWidth, live.bitmapHeight]);
    const livePng = Buffer.from(live.png.slice(live.png.indexOf(',') + 1), 'base64');
    const diff = await difference(livePng, made.png);
    for (const [name, body] of [
      [`${index + 1}-live.png`, livePng],
      [`${index + 1}-main.png`, made.png],
      [`${index + 1}-difference.png`, diff.map],
    ] as const)
      writeFileSync(info.outputPath(name), body);
    console.log(
      `slide ${index + 1} (${sort}): ${(diff.share * 100).toFixed(3)} % differ beyond a pixel's shift, mean ${diff.mean.toFixed(2)}`,
    );
    expect(diff.share, sort).toBeLessThan(0.005);
    expect(diff.mean, sort).toBeLessThan(1.5);
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(['bar', 'doughnut']));
});

test("the main process knows each chart slide's texts and chart box without laying the slide out", async ({ page, app }) => {
  const decks = app.store.db.prepare('SELECT id FROM decks ORDER BY id').all() as { id: number }[];
  let checked = 0;
  let predicted = 0;
  for (const { id } of decks) {
    const deck = getDeck(app.store.db, id)!;
    const figures = new Map(listFigures(app.store.db, deck.reportId).map((f) => [f.id, f]));
    for (const [index, slide] of deck.slides.entries()) {
      if (!slide.chart) continue;
      app.hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
      await app.open(page);
      const canvas = stage(page).locator('canvas[data-chart-type]');
      await expect(canvas).toHaveAttribute('data-drawn', 'true');
      // The texts the window shows, and the box it gave the chart.
      const shown = await stage(page).evaluate((s) => {
        const text = (q: string) => s.querySelector(q)?.textContent?.trim() ?? '';
        const box = getComputedStyle(s.querySelector('canvas[data-chart-type]')!.parentElement!);
        return {
          texts: {
            eyebrow: text('.eyebrow'),
            title: text('.title'),
            chartTitle: text('.chart-title'),
            note: text('.note'),
            takeaway: text('.takeaway'),
            source: text('.source'),
          },
          box: { width: parseFloat(box.width), height: parseFloat(box.height) },
        };
      });
      const model = buildChart(slide.chart, figures);
      // The texts main works out from the store are the ones the window draws, and give the same box.
      const texts = chartSlideTexts(slide, getReport(app.store.db, deck.reportId)!, model);
      expect(texts, `deck ${id} slide ${index + 1}: the texts main works out`).toEqual(shown.texts);
      const box = chartBox(model, texts!);
      checked++;
      if (!box) continue;
      predicted++;
      // getComputedStyle gives 3 decimals.
      expect(
        [box.width, box.height].map((v) => v.toFixed(3)),
        `deck ${id} slide ${index + 1}`,
      ).toEqual([shown.box.width, shown.box.height].map((v) => v.toFixed(3)));
    }
  }
  console.log(`chart boxes: ${predicted} of ${checked} chart slides predicted, each equal to the window's`);
  expect(checked).toBeGreaterThan(3);
  expect(predicted, "the bundled deck's chart slides all fit their texts on one line").toBe(checked);
});

/** Before any page script: the first frame in which the shown slide's chart is drawn, its picture's source, pixels, and whether Chart.js had run. */
const FIRST_DRAWN = `window.__firstDrawn = new Promise((resolve) => {
  const tick = () => {
    const canvas = document.querySelector('.deck-view main [data-current] canvas[data-drawn="true"]');
    if (canvas) resolve({ picture: canvas.dataset.picture ?? null, pixels: canvas.toDataURL(), chartJsRan: performance.getEntriesByName('briefing-desk.live-charts').length > 0 });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});`;

const REPORT = readFileSync(join(__dirname, '../test/corpus/henan-2022-h1-industry.txt'), 'utf8');
/** A window that is not the bridge's 1600 × 900 at ratio 1: a 1280 × 720 window on a HiDPI screen. */
const HIDPI = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 };

/** The picture main serves in the app page now (its first-open data block), or null. */
async function servedPicture(app: App): Promise<{ model: unknown; ratio: number; png: string } | null> {
  const html = await (await fetch(`${app.bridge.origin}/?token=${app.bridge.token}`)).text();
  const json = /<script type="application\/json" id="first-open">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return json ? ((JSON.parse(json) as { picture?: { model: unknown; ratio: number; png: string } }).picture ?? null) : null;
}

interface FirstFrame {
  picture: string | null;
  pixels: string;
  chartJsRan: boolean;
  live: string;
}

/** A fresh context (nothing kept in it), opened on the hub's slide: its first frame with a chart, and the live chart after. */
async function openCold(browser: Browser, app: App, options: BrowserContextOptions, init?: string): Promise<FirstFrame> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  try {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.addInitScript(FIRST_DRAWN);
    await app.open(page);
    const first = (await page.evaluate('window.__firstDrawn')) as Omit<FirstFrame, 'live'>;
    const canvas = stage(page).locator('canvas[data-chart-type]');
    await expect(canvas).not.toHaveAttribute('data-picture');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    return { ...first, live: await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png')) };
  } finally {
    await context.close();
  }
}

const png = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');

test("after an import and after a correction, a cold window of the geometry windows reported shows main's picture in its first frame", async ({
  browser,
  app,
}, info) => {
  test.setTimeout(180_000);
  rmSync(join(dirname(app.store.path), 'chart-pictures'), { recursive: true, force: true });
  app.store.db.prepare("DELETE FROM meta WHERE key = 'window_geometry'").run();

  // A window on a HiDPI screen opens the app and reports what it draws at (after its first slide).
  const reporter = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...HIDPI });
  await app.open(await reporter.newPage());
  await expect
    .poll(() => readGeometry(app.store.db), { timeout: 15_000 })
    .toMatchObject({ windowWidth: 1280, dpr: 2, lang: 'zh', theme: 'projector' });
  await reporter.close();

  // A report imported through the bridge and opened, at its deck's first chart slide.
  const figures = await bridgeCall<unknown[]>(app.bridge, 'report.extract', { text: REPORT, asOf: '2022年上半年' });
  const meta = {
    title: '2022年上半年全省工业经济运行情况',
    organisation: '河南省工业和信息化厅',
    published: '2022-07-20',
    asOf: '2022年上半年',
  };
  const { deckId } = await bridgeCall<{ deckId: number }>(app.bridge, 'report.import', { meta, text: REPORT, figures });
  const deck = getDeck(app.store.db, deckId)!;
  const index = deck.slides.findIndex((s) => s.chart);
  expect(index).toBeGreaterThan(0);
  // Opened as the import dialog's window opens it (导入…并打开), at that slide.
  await bridgeCall(app.bridge, 'briefing.open', { reportId: deck.reportId, present: { resume: [], index } });
  // Made ahead, off the open path: served with the page once made.
  await expect.poll(() => servedPicture(app), { timeout: 60_000 }).not.toBeNull();
  const before = (await servedPicture(app))!;
  expect(before.ratio, 'the reported geometry: 1280 / 1920 × 2').toBeCloseTo(4 / 3, 12);

  const check = async (name: string) => {
    const cold = await openCold(browser, app, HIDPI);
    expect(cold.picture, `${name}: main's picture in the first frame`).toBe('main');
    expect(cold.chartJsRan, `${name}: no Chart.js run before that frame`).toBe(false);
    const diff = await difference(png(cold.live), png(cold.pixels));
    writeFileSync(info.outputPath(`${name}-first-frame.png`), png(cold.pixels));
    writeFileSync(info.outputPath(`${name}-live.png`), png(cold.live));
    console.log(
      `${name}: first frame (main's picture) vs live: ${(diff.share * 100).toFixed(3)} % differ beyond a pixel's shift, mean ${diff.mean.toFixed(2)}`,
    );
    expect(diff.share).toBeLessThan(0.005);
    expect(diff.mean).toBeLessThan(1.5);
    return cold;
  };
  const imported = await check('imported');

  // A correction of a figure the chart draws, through the bridge: the next cold window shows the new chart from main.
  const point = deck.slides[index]!.chart!.series.find((p) => 'figureId' in p)!;
  const figure = listFigures(app.store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
  const corrected = String(Number(figure.valueText) * 2);
  await bridgeCall(app.bridge, 'figure.update', {
    figureId: figure.id,
    expectedVersion: figure.version,
    patch: { valueText: corrected },
    reason: '核对原文',
  });
  const newModel = async () => {
    const served = await servedPicture(app);
    return served !== null && JSON.stringify(served.model) !== JSON.stringify(before.model);
  };
  await expect.poll(newModel, { timeout: 60_000 }).toBe(true);
  expect(JSON.stringify((await servedPicture(app))!.model)).toContain(corrected);
  const after = await check('corrected');
  const changed = await difference(png(imported.pixels), png(after.pixels));
  expect(changed.share, 'the corrected chart is another picture').toBeGreaterThan(0.005);

  // Windows that would draw another chart draw it live: another theme, another pixel ratio.
  const paper = `localStorage.setItem('briefing-desk.settings.v1', JSON.stringify({ theme: 'paper', lang: 'zh' }))`;
  expect((await openCold(browser, app, HIDPI, paper)).picture, 'the paper theme: drawn live').toBeNull();
  expect((await openCold(browser, app, { viewport: { width: 1600, height: 900 } })).picture, 'ratio 5/6: drawn live').toBeNull();
});
