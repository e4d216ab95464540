/**
 * The picture of a window's first chart (src/main/charts/first-picture.ts, picture-refresh.ts): made ahead,
 * off the open path, for the geometry the windows last reported (a row of the store, real SQLite), at start
 * and after each change to what the next window opens on (a real worker thread draws it); served with
 * everything it was drawn from, for the window to compare with its own. Never made on a request's path.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePictureMakers, firstPicture, pictureDirOf } from '../src/main/charts/first-picture';
import { CHART_CODE } from '../src/main/charts/chart-code';
import {
  attachPictures,
  changesFirstChart,
  createHandlers,
  detachPictures,
  firstOpenPreview,
  firstPictures,
  planPictureWindow,
} from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { keepGeometry, readGeometry } from '../src/main/store/window-geometry';
import { geometryChartRatio, geometryForWindow, type WindowGeometry } from '../src/shared/window-geometry';
import { SEED, tempDir } from './helpers';

const APP_CSS = readFileSync(resolve(__dirname, '../src/renderer/app.css'), 'utf8');

/** A window of 1280 × 720 on a HiDPI screen: the stage fills it, scale 2/3, Chart.js at 4/3. */
const HIDPI: WindowGeometry = {
  windowWidth: 1280,
  windowHeight: 720,
  stageWidth: 1280,
  stageHeight: 720,
  dpr: 2,
  lang: 'zh',
  theme: 'projector',
};

let t: ReturnType<typeof tempDir>;
let store: Store;
let renderer: string;
beforeAll(() => {
  t = tempDir();
  renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  // The built page's shape: the stylesheet linked from index.html, where main reads the theme's colours.
  writeFileSync(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(join(renderer, 'assets', 'index-abc.css'), APP_CSS);
  // Built from this chart code (scripts/vite/chart-code.ts): main serves its pictures to it.
  writeFileSync(join(renderer, 'chart-code.txt'), `${CHART_CODE}\n`);
  store = openStore(join(t.dir, 'p.sqlite'), { seedBundles: SEED, dailyBackup: false });
});
afterAll(async () => {
  await closePictureMakers();
  store.close();
  t.cleanup();
});

const pngs = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort()
    : [];

describe('the geometry windows report', () => {
  it('is kept in the store, written only when it changes, and read back checked', () => {
    expect(keepGeometry(store.db, HIDPI)).toBe(true);
    expect(keepGeometry(store.db, { ...HIDPI }), 'the same again: nothing written').toBe(false);
    expect(readGeometry(store.db)).toEqual(HIDPI);
    store.db.prepare("UPDATE meta SET value = '{\"dpr\":-1}' WHERE key = 'window_geometry'").run();
    expect(readGeometry(store.db), 'a row that is not a geometry').toBeNull();
    store.db.prepare("DELETE FROM meta WHERE key = 'window_geometry'").run();
    expect(readGeometry(store.db)).toBeNull();
  });

  it('gives the pixel ratio the stage draws its charts at', () => {
    expect(geometryChartRatio(HIDPI)).toBeCloseTo(4 / 3, 12);
    expect(geometryChartRatio({ ...HIDPI, stageWidth: 1600, stageHeight: 900, dpr: 1 })).toBe(1600 / 1920);
    // Letterboxed: the narrower side decides.
    expect(geometryChartRatio({ ...HIDPI, stageWidth: 1920, stageHeight: 540, dpr: 1 })).toBe(0.5);
  });

  it("gives the desktop's next window its own: the room around the stage as reported, the display's scale factor", () => {
    const bridge = { ...HIDPI, windowWidth: 1600, windowHeight: 900, stageWidth: 1600, stageHeight: 900, dpr: 1 };
    const planned = geometryForWindow(bridge, { width: 1280, height: 777, scaleFactor: 1.5 });
    expect(planned).toEqual({ ...bridge, windowWidth: 1280, windowHeight: 777, stageWidth: 1280, stageHeight: 777, dpr: 1.5 });
    expect(geometryChartRatio(planned), 'the narrower side decides: 1280 / 1920').toBeCloseTo((1280 / 1920) * 1.5, 12);
    // A window with room around its stage keeps that room.
    const framed = geometryForWindow({ ...bridge, stageWidth: 1500, stageHeight: 860 }, { width: 1280, height: 800, scaleFactor: 1 });
    expect([framed.stageWidth, framed.stageHeight]).toEqual([1180, 760]);
  });

  it('arrives through the API, validated, and a store opened read-only keeps none', async () => {
    const handlers = createHandlers(store, 'test');
    expect(await handlers['window.geometry']({ ...HIDPI, dpr: 1.5 })).toEqual({ kept: true });
    expect(readGeometry(store.db)?.dpr).toBe(1.5);
    const ro = openStore(store.path, { readOnly: true });
    try {
      expect(await createHandlers(ro, 'test')['window.geometry'](HIDPI)).toEqual({ kept: false });
    } finally {
      ro.close();
    }
    expect(readGeometry(store.db)?.dpr).toBe(1.5);
  });
});

describe('the first chart picture made ahead', () => {
  it('is made at start for the reported geometry, served at it, and made again after a correction', async () => {
    const hub = new PresentationHub();
    const handlers = createHandlers(store, 'test', hub);
    const dir = firstPictures(handlers)!.dir;
    expect(dir).toBe(pictureDirOf(store.path));
    const deck = getDeck(store.db, 1)!;
    const index = deck.slides.findIndex((s) => s.chart);
    await handlers['present.act']({ action: { type: 'open', deckId: deck.id, total: deck.slides.length, index } });
    await handlers['window.geometry'](HIDPI);
    const refresh = attachPictures(handlers, renderer)!;
    try {
      const made = await refresh.settled();
      expect(made && made !== 'live' ? [made.bitmapWidth, made.bitmapHeight] : made, 'made at start, in the worker').toEqual([2240, 711]);
      expect(pngs(dir)).toHaveLength(1);

      // Served with the page at the geometry reported: the ratio, bitmap and code the window compares.
      const inline = firstOpenPreview(handlers)!();
      expect(inline.answer.presentation?.index).toBe(index);
      const served = firstPicture(inline, renderer, dir, readGeometry(store.db))!;
      expect(served.png.startsWith('data:image/png;base64,')).toBe(true);
      expect(served.ratio).toBeCloseTo(4 / 3, 12);
      expect([served.bitmapWidth, served.bitmapHeight]).toEqual([2240, 711]);
      expect(served.box.width).toBe(1680);
      expect(served.code).toBe(CHART_CODE);

      // A correction through the API: answered at once, the new picture made after it, off its path.
      const runs = refresh.runs;
      const point = deck.slides[index]!.chart!.series.find((p) => 'figureId' in p)!;
      const figure = listFigures(store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
      const before = pngs(dir);
      const started = performance.now();
      await handlers['figure.update']({
        figureId: figure.id,
        expectedVersion: figure.version,
        patch: { valueText: String(Number(figure.valueText) + 1) },
        reason: '核对原文',
      });
      const answered = performance.now() - started;
      expect(refresh.runs, 'nothing looked up or drawn before the answer').toBe(runs);
      await refresh.settled();
      expect(refresh.runs).toBe(runs + 1);
      const after = pngs(dir);
      expect(after).toHaveLength(2);
      expect(
        after.filter((f) => !before.includes(f)),
        'the corrected chart is another picture',
      ).toHaveLength(1);
      const corrected = firstPicture(firstOpenPreview(handlers)!(), renderer, dir, readGeometry(store.db))!;
      expect(corrected.model).not.toEqual(served.model);
      console.log(`figure.update answered in ${answered.toFixed(1)} ms; the picture made after it`);

      // Another geometry reported: made for it too.
      await handlers['window.geometry']({ ...HIDPI, theme: 'paper' });
      await refresh.settled();
      expect(pngs(dir)).toHaveLength(3);
      expect(firstPicture(firstOpenPreview(handlers)!(), renderer, dir, readGeometry(store.db))!.colours).not.toEqual(corrected.colours);

      // None for a geometry no window reported, a window in English, or no geometry at all: those draw live.
      const now = firstOpenPreview(handlers)!();
      expect(firstPicture(now, renderer, dir, { ...HIDPI, dpr: 1 })).toBeUndefined();
      expect(firstPicture(now, renderer, dir, { ...HIDPI, lang: 'en' })).toBeUndefined();
      expect(firstPicture(now, renderer, dir, null)).toBeUndefined();
      // A page built from other chart code (an older build): none served, none made for it.
      const older = join(t.dir, 'older');
      mkdirSync(join(older, 'assets'), { recursive: true });
      for (const f of ['index.html', 'assets/index-abc.css']) writeFileSync(join(older, f), readFileSync(join(renderer, f)));
      writeFileSync(join(older, 'chart-code.txt'), '0123456789abcdef\n');
      expect(firstPicture(now, older, dir, readGeometry(store.db))).toBeUndefined();
    } finally {
      detachPictures(handlers);
    }
  });

  it("is made for the desktop's deck window as created at this start, whatever size a window reported", async () => {
    const hub = new PresentationHub();
    const handlers = createHandlers(store, 'test', hub);
    const deck = getDeck(store.db, 1)!;
    const index = deck.slides.findIndex((s) => s.chart);
    await handlers['present.act']({ action: { type: 'open', deckId: deck.id, total: deck.slides.length, index } });
    // The last window was resized to 1600 × 900 on a plain screen; the app creates 1280 × 640 (content) on a HiDPI one.
    await handlers['window.geometry']({ ...HIDPI, windowWidth: 1600, windowHeight: 900, stageWidth: 1600, stageHeight: 900, dpr: 1 });
    const refresh = attachPictures(handlers, renderer)!;
    planPictureWindow(handlers, { width: 1280, height: 640, scaleFactor: 2 });
    try {
      const made = await refresh.settled();
      expect(made && made !== 'live' ? made.bitmapWidth : made, 'drawn at 640 / 1080 × 2').toBe(Math.round(1680 * (640 / 1080) * 2));
      const next = firstPictures(handlers)!;
      expect(next.geometry).toMatchObject({ windowWidth: 1280, windowHeight: 640, stageHeight: 640, dpr: 2 });
      const served = firstPicture(firstOpenPreview(handlers)!(), renderer, next.dir, next.geometry)!;
      expect(served.ratio).toBeCloseTo((640 / 1080) * 2, 12);
    } finally {
      detachPictures(handlers);
    }
  });

  it('is refreshed after the requests that change what the next window opens on, and only those', () => {
    expect(changesFirstChart('figure.update', {} as never)).toBe(true);
    expect(changesFirstChart('report.import', {} as never)).toBe(true);
    expect(changesFirstChart('slide.update', {} as never)).toBe(true);
    expect(changesFirstChart('present.act', { action: { type: 'open', deckId: 1, total: 3, index: 0 } })).toBe(true);
    expect(changesFirstChart('present.act', { action: { type: 'goto', index: 2 } })).toBe(false);
    expect(changesFirstChart('figure.list', { reportId: 1 })).toBe(false);
    expect(changesFirstChart('window.geometry', HIDPI), 'the geometry: only when it is another one (its handler)').toBe(false);
  });

  it('is never made for a store in memory', () => {
    const memory = openStore(':memory:', { seedBundles: SEED });
    try {
      const handlers = createHandlers(memory, 'test');
      expect(firstPictures(handlers)).toBeNull();
      expect(attachPictures(handlers, renderer)).toBeNull();
    } finally {
      memory.close();
    }
  });
});
