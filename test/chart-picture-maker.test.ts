/**
 * Chart pictures made by the main process off the open path (src/main/charts/picture-maker.ts): in a worker
 * thread, kept in a folder under the key of everything they show (picture-key.ts). A correction, another
 * theme, box or pixel ratio is another key; a kept picture is read, not drawn again.
 */
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartPictureRequest } from '../src/main/charts/chart-picture';
import { cssChartTheme } from '../src/main/charts/css-theme';
import { KEEP, readPicture, writePicture } from '../src/main/charts/picture-dir';
import { chartPictureKey } from '../src/main/charts/picture-key';
import { ChartPictureMaker } from '../src/main/charts/picture-maker';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { buildChart } from '../src/shared/chart-model';
import { SEED, tempDir } from './helpers';

const APP_CSS = readFileSync(resolve(__dirname, '../src/renderer/app.css'), 'utf8');
const BOX = { width: 1680, height: 533.906, ratio: 1600 / 1920 };

let t: ReturnType<typeof tempDir>;
let store: Store;
beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'maker.sqlite'), { seedBundles: SEED });
});
afterAll(() => {
  store.close();
  t.cleanup();
});

/** The first chart slide's picture request, as the store has it now. */
function firstRequest(theme = 'projector'): ChartPictureRequest {
  const deck = getDeck(store.db, 1)!;
  const slide = deck.slides.find((s) => s.chart)!;
  const figures = new Map(listFigures(store.db, deck.reportId).map((f) => [f.id, f]));
  return { model: buildChart(slide.chart!, figures), theme: cssChartTheme(APP_CSS, theme), ...BOX };
}

describe('the key of a chart picture', () => {
  it('is the same for the same chart and another for a correction, a theme, a box or a ratio', () => {
    const before = firstRequest();
    const key = chartPictureKey(before);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(chartPictureKey(firstRequest()), 'the same chart read again').toBe(key);
    expect(chartPictureKey({ ...before, ratio: 1 })).not.toBe(key);
    expect(chartPictureKey({ ...before, height: before.height + 0.016 })).not.toBe(key);
    expect(chartPictureKey(firstRequest('paper'))).not.toBe(key);

    const deck = getDeck(store.db, 1)!;
    const point = deck.slides.find((s) => s.chart)!.chart!.series.find((p) => 'figureId' in p)!;
    const figure = listFigures(store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
    updateFigure(store.db, figure.id, figure.version, { valueText: String(Number(figure.valueText) + 1) }, '检验图片键');
    expect(chartPictureKey(firstRequest()), 'a corrected figure').not.toBe(key);
    // Corrected back to the old value: the very chart again, the very key.
    const now = listFigures(store.db, deck.reportId).find((f) => f.id === figure.id)!;
    updateFigure(store.db, figure.id, now.version, { valueText: figure.valueText }, '改回');
    expect(chartPictureKey(firstRequest())).toBe(key);
  });
});

describe('the folder of chart pictures', () => {
  it('gives back what was kept, with its bitmap size from the PNG, and nothing for another key', () => {
    const dir = join(t.dir, 'folder');
    // A PNG's signature and header (IHDR: 3 × 2): what the folder reads the bitmap size from.
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000300000002080600000000', 'hex');
    const key = 'a'.repeat(64);
    writePicture(dir, key, png);
    const kept = readPicture(dir, key)!;
    expect([kept.bitmapWidth, kept.bitmapHeight]).toEqual([3, 2]);
    expect(kept.png.equals(png)).toBe(true);
    expect(readPicture(dir, 'b'.repeat(64))).toBeNull();
    expect(readPicture(dir, '../x')).toBeNull();
    writeFileSync(join(dir, `${'c'.repeat(64)}.png`), 'not a png');
    expect(readPicture(dir, 'c'.repeat(64)), 'a broken file is no picture').toBeNull();
  });

  it(`keeps at most ${KEEP} pictures, the newest`, () => {
    const dir = join(t.dir, 'many');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const keys = Array.from({ length: KEEP + 3 }, (_, i) => i.toString(16).padStart(64, '0'));
    keys.forEach((key, i) => {
      writePicture(dir, key, png);
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(dir, `${key}.png`), at, at);
    });
    writePicture(dir, 'f'.repeat(64), png);
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(KEEP);
    expect(left).toContain(`${'f'.repeat(64)}.png`);
    expect(left, 'the oldest went first').not.toContain(`${keys[0]}.png`);
  });
});

describe('pictures made in a worker thread', () => {
  it('are drawn once, kept, and drawn again only for a corrected chart', async () => {
    const maker = new ChartPictureMaker(join(t.dir, 'pictures'), { idleMs: 200 });
    try {
      const request = firstRequest();
      expect(maker.kept(request), 'nothing kept yet').toBeNull();
      // Off the main thread: its timers keep firing while the picture is drawn (over a second, fonts registered first).
      let ticks = 0;
      const clock = setInterval(() => ticks++, 20);
      const [made, same] = await Promise.all([maker.make(request), maker.make(request)]).finally(() => clearInterval(clock));
      expect(ticks, "the main thread's timers while the worker draws").toBeGreaterThan(3);
      expect(maker.drawn, 'asked twice at once, made once').toBe(1);
      expect(same.png.equals(made.png)).toBe(true);
      expect([made.bitmapWidth, made.bitmapHeight], 'the bitmap a window gives this box at this ratio').toEqual([1400, 444]);
      expect(maker.kept(request)?.png.equals(made.png)).toBe(true);
      await maker.make(request);
      expect(maker.drawn, 'a kept picture is not drawn again').toBe(1);

      const deck = getDeck(store.db, 1)!;
      const point = deck.slides.find((s) => s.chart)!.chart!.series.find((p) => 'figureId' in p)!;
      const figure = listFigures(store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
      updateFigure(store.db, figure.id, figure.version, { valueText: String(Number(figure.valueText) * 2) }, '检验后台作图');
      const corrected = firstRequest();
      expect(maker.kept(corrected), 'the corrected chart has no picture: the old one is not its').toBeNull();
      const remade = await maker.make(corrected);
      expect(maker.drawn).toBe(2);
      expect(remade.png.equals(made.png)).toBe(false);
    } finally {
      await maker.close();
    }
  });
});
