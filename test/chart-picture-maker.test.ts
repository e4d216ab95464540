/**
 * Chart pictures made by the main process off the open path (src/main/charts/picture-maker.ts): in a worker
 * thread, the box worked out from the slide's texts and the chart drawn at it, kept in a folder under the
 * key of everything they show (picture-key.ts). A correction, another text, theme or pixel ratio is another
 * key; a kept picture is read, not drawn again.
 */
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartBox } from '../src/main/charts/chart-box';
import { cssChartTheme } from '../src/main/charts/css-theme';
import { KEEP, readPicture, writePicture, type KeptPicture } from '../src/main/charts/picture-dir';
import { chartPictureKey, type ChartPictureOrder } from '../src/main/charts/picture-key';
import { ChartPictureMaker } from '../src/main/charts/picture-maker';
import { chartPictureOrder } from '../src/main/charts/picture-order';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { SEED, tempDir } from './helpers';

const APP_CSS = readFileSync(resolve(__dirname, '../src/renderer/app.css'), 'utf8');
/** The bridge's window: the app at 1600 × 900, the 1920 × 1080 stage scaled to it, at device ratio 1. */
const RATIO = 1600 / 1920;

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

/** The first chart slide's picture order, as the store has it now. */
function firstOrder(theme = 'projector', ratio = RATIO): ChartPictureOrder {
  const deck = getDeck(store.db, 1)!;
  const slide = deck.slides.find((s) => s.chart)!;
  const figures = new Map(listFigures(store.db, deck.reportId).map((f) => [f.id, f]));
  return chartPictureOrder(slide, getReport(store.db, deck.reportId)!, figures, cssChartTheme(APP_CSS, theme), ratio)!;
}

/** Correct the first chart's first stored figure to `value` (its text), as an edit in the app does. */
function correct(value: (was: string) => string, reason: string): string {
  const deck = getDeck(store.db, 1)!;
  const point = deck.slides.find((s) => s.chart)!.chart!.series.find((p) => 'figureId' in p)!;
  const figure = listFigures(store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
  updateFigure(store.db, figure.id, figure.version, { valueText: value(figure.valueText) }, reason);
  return figure.valueText;
}

describe('the key of a chart picture', () => {
  it('is the same for the same chart and another for a correction, a text, a theme or a ratio', () => {
    const before = firstOrder();
    const key = chartPictureKey(before);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(chartPictureKey(firstOrder()), 'the same chart read again').toBe(key);
    expect(chartPictureKey(firstOrder('projector', 1))).not.toBe(key);
    expect(chartPictureKey(firstOrder('paper'))).not.toBe(key);
    expect(
      chartPictureKey({ ...before, texts: { ...before.texts, takeaway: '' } }),
      'a slide without its takeaway: a taller chart',
    ).not.toBe(key);

    const was = correct((v) => String(Number(v) + 1), '检验图片键');
    expect(chartPictureKey(firstOrder()), 'a corrected figure').not.toBe(key);
    // Corrected back to the old value: the very chart again, the very key.
    correct(() => was, '改回');
    expect(chartPictureKey(firstOrder())).toBe(key);
  });
});

describe('the folder of chart pictures', () => {
  it('gives back what was kept, with its box and its bitmap size from the PNG, and nothing for another key', () => {
    const dir = join(t.dir, 'folder');
    // A PNG's signature and header (IHDR: 3 × 2): what the folder reads the bitmap size from.
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000300000002080600000000', 'hex');
    const key = 'a'.repeat(64);
    writePicture(dir, key, { width: 3.5, height: 2.25 }, png);
    const kept = readPicture(dir, key) as KeptPicture;
    expect([kept.bitmapWidth, kept.bitmapHeight]).toEqual([3, 2]);
    expect(kept.box).toEqual({ width: 3.5, height: 2.25 });
    expect(kept.png.equals(png)).toBe(true);
    expect(readPicture(dir, 'b'.repeat(64))).toBeNull();
    expect(readPicture(dir, '../x')).toBeNull();
    writePicture(dir, 'e'.repeat(64), null);
    expect(readPicture(dir, 'e'.repeat(64)), 'a chart whose box cannot be predicted').toBe('live');
    writePicture(dir, 'c'.repeat(64), { width: 1, height: 1 }, png);
    writeFileSync(join(dir, `${'c'.repeat(64)}.png`), 'not a png');
    expect(readPicture(dir, 'c'.repeat(64)), 'a broken file is no picture').toBeNull();
  });

  it(`keeps at most ${KEEP} pictures, the newest`, () => {
    const dir = join(t.dir, 'many');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const keys = Array.from({ length: KEEP + 3 }, (_, i) => i.toString(16).padStart(64, '0'));
    keys.forEach((key, i) => {
      writePicture(dir, key, { width: 1, height: 1 }, png);
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(dir, `${key}.json`), at, at);
    });
    writePicture(dir, 'f'.repeat(64), { width: 1, height: 1 }, png);
    const left = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(left).toHaveLength(KEEP);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(KEEP);
    expect(left).toContain(`${'f'.repeat(64)}.png`);
    expect(left, 'the oldest went first').not.toContain(`${keys[0]}.png`);
  });
});

describe('pictures made in a worker thread', () => {
  it('are drawn once at the predicted box, kept, and drawn again only for a corrected chart', async () => {
    const maker = new ChartPictureMaker(join(t.dir, 'pictures'), { idleMs: 200 });
    try {
      const order = firstOrder();
      expect(maker.kept(order), 'nothing kept yet').toBeNull();
      // Off the main thread: its timers keep firing while the picture is drawn (fonts registered first).
      let ticks = 0;
      const clock = setInterval(() => ticks++, 20);
      const [made, same] = (await Promise.all([maker.make(order), maker.make(order)]).finally(() => clearInterval(clock))) as KeptPicture[];
      expect(ticks, "the main thread's timers while the worker draws").toBeGreaterThan(3);
      expect(maker.drawn, 'asked twice at once, made once').toBe(1);
      expect(same.png.equals(made.png)).toBe(true);
      expect(made.box, 'the box chart-box.ts predicts for these texts').toEqual(chartBox(order.model, order.texts));
      expect([made.bitmapWidth, made.bitmapHeight], 'the bitmap a window gives this box at this ratio').toEqual([1400, 444]);
      expect((maker.kept(order) as KeptPicture).png.equals(made.png)).toBe(true);
      await maker.make(order);
      expect(maker.drawn, 'a kept picture is not drawn again').toBe(1);

      correct((v) => String(Number(v) * 2), '检验后台作图');
      const corrected = firstOrder();
      expect(maker.kept(corrected), 'the corrected chart has no picture: the old one is not its').toBeNull();
      const remade = (await maker.make(corrected)) as KeptPicture;
      expect(maker.drawn).toBe(2);
      expect(remade.png.equals(made.png)).toBe(false);

      const long = { ...order, texts: { ...order.texts, title: '很长的标题'.repeat(12) } };
      expect(await maker.make(long), 'a title on two lines: no box predicted, the chart drawn live').toBe('live');
      expect(maker.kept(long)).toBe('live');
    } finally {
      await maker.close();
    }
  });
});
