/**
 * The picture of a window's first chart, served in the app page (src/main/charts/first-picture.ts): never
 * made on the open path — a page served without one has it made for the next window, in the worker — and
 * served with everything it was drawn from, for the window to compare with its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePictureMakers, firstPicture, pictureDirOf, BRIDGE_RATIO } from '../src/main/charts/first-picture';
import { createHandlers, firstOpenPreview, firstPictureDir } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { SEED, tempDir } from './helpers';

const APP_CSS = readFileSync(resolve(__dirname, '../src/renderer/app.css'), 'utf8');

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
  store = openStore(join(t.dir, 'p.sqlite'), { seedBundles: SEED, dailyBackup: false });
});
afterAll(async () => {
  await closePictureMakers();
  store.close();
  t.cleanup();
});

describe('the first chart picture served with the app page', () => {
  it('is made off the open path for the next window, then served with what it was drawn from', async () => {
    const hub = new PresentationHub();
    const handlers = createHandlers(store, 'test', hub);
    const dir = firstPictureDir(handlers)!;
    expect(dir).toBe(pictureDirOf(store.path));
    const deck = getDeck(store.db, 1)!;
    const index = deck.slides.findIndex((s) => s.chart);
    hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
    const inline = firstOpenPreview(handlers)!();
    expect(inline.answer.presentation?.index).toBe(index);

    expect(firstPicture(inline, renderer, dir), 'none made yet: the page is served without').toBeUndefined();
    await expect.poll(() => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0), { timeout: 30_000 }).toBe(1);

    const served = firstPicture(inline, renderer, dir)!;
    expect(served.png.startsWith('data:image/png;base64,')).toBe(true);
    expect(served.ratio).toBe(BRIDGE_RATIO);
    expect([served.bitmapWidth, served.bitmapHeight]).toEqual([1400, 444]);
    expect(served.box.width).toBe(1680);
    expect(served.colours.slices.length).toBeGreaterThan(3);
    expect((served.model as { rows: unknown[] }).rows.length).toBeGreaterThan(1);

    // A slide without a chart: nothing.
    const plain = deck.slides.findIndex((s) => !s.chart);
    hub.act({ type: 'goto', index: plain });
    expect(firstPicture(firstOpenPreview(handlers)!(), renderer, dir)).toBeUndefined();
  });

  it('is never served from a store in memory', () => {
    const memory = openStore(':memory:', { seedBundles: SEED });
    try {
      expect(firstPictureDir(createHandlers(memory, 'test'))).toBeNull();
    } finally {
      memory.close();
    }
  });
});
