/**
 * A chart's kept picture: the pixels of its last drawing, to show a window's first chart complete before
 * Chart.js has built it. Building and drawing a chart is ~40 ms of a window's start here (profile of the
 * first chart slide, warm: Chart.js's constructor on the critical path); a kept picture is drawn onto the
 * canvas in ~1 ms, and the live chart replaces it right after the frame that shows it (Chart.svelte).
 *
 * Never a stale number: a picture is found only by the hash of exactly what the chart draws — the whole
 * Chart.js configuration (data, labels, colours of the theme, fonts, sizes, and the code of its callbacks),
 * the builds' shown count, the canvas's bitmap size and pixel ratio, the fonts the text is drawn in (only
 * once loaded: a fallback-font drawing is neither shown nor kept) and the build of the drawing code (the
 * hashed names of the chunk holding it and of Chart.js's own chunk, live.ts). A corrected figure, another theme or window
 * size is another key: that chart is drawn live, as it always was. Kept in the window's localStorage (a
 * reload, the desktop app's next start), at most KEEP pictures; never from a development server.
 */
import type { ChartConfiguration } from 'chart.js';
import { LIVE_CODE } from './live-loader';
import { buildReveal } from './build-reveal';
import { chartConfigIn } from '../../shared/chart-config';
import { chartConfig, chartText, readTheme } from './config';
import { valueLabels } from './valueLabels';
import { afterNextPaint } from '../lib/after-paint';
import { BUNDLED_FONT } from '../lib/fonts';
import type { ChartModel } from './build';
import {
  BUILT,
  decodeStart,
  LAST,
  PREFIX,
  readKept,
  takeLastPicture,
  servedDecoding,
  takeServedPicture,
  type Kept,
  type Prepared,
} from './picture-early';

const INDEX = 'briefing-desk.chart-pictures';

declare const __CHART_CODE__: string | undefined;
/** This build's chart code identity (scripts/vite/chart-code.ts); main's picture must carry the same. */
const CHART_CODE = typeof __CHART_CODE__ === 'string' ? __CHART_CODE__ : null;
const KEEP = 12;

/**
 * Only a window's first chart is shown from its picture: that one holds back the window's first complete
 * frame. Every chart after it (neighbours prepared off stage, slides switched to) is drawn live, as before.
 */
let starting = true;

/** Whether the chart being created is the window's first; the next one is not. */
export function firstChartOfWindow(): boolean {
  const first = starting;
  starting = false;
  return first;
}

/**
 * The code that draws a chart, as far as a key can name it: the hashed names of this chunk (the config,
 * the plugins) and of the live chunk (Chart.js: LIVE_CODE names it) cover the rest.
 */
const DRAWING_CODE = [import.meta.url, LIVE_CODE, String(chartConfig), String(chartConfigIn), valueLabels, buildReveal];

/** Two 53-bit string hashes (cyrb53) with different seeds, as hex: 106 bits. */
function hash(text: string): string {
  const one = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return one(1) + one(2);
}

/**
 * The key of what `config` draws on `canvas` (already sized: its bitmap attributes set) with `shown` items,
 * or null when it must be drawn live: a development build, or the chart's text not yet in its fonts.
 * `derived`: what stands behind the theme's hatching pattern (its colours), which JSON cannot show.
 */
export function pictureKey(
  config: ChartConfiguration,
  canvas: HTMLCanvasElement,
  shown: number,
  text: string,
  derived: string,
): string | null {
  if (!BUILT || typeof localStorage === 'undefined') return null;
  const fonts = [400, 700].every((w) => document.fonts.check(`${w} 16px ${BUNDLED_FONT}`, text));
  if (!fonts) return null;
  const json = (x: unknown) =>
    JSON.stringify(x, (_k, v: unknown) =>
      typeof v === 'function' ? String(v) : typeof CanvasPattern !== 'undefined' && v instanceof CanvasPattern ? `pattern:${derived}` : v,
    );
  return hash(json([DRAWING_CODE, BUNDLED_FONT, canvas.width, canvas.height, window.devicePixelRatio, shown, text, config]));
}

/**
 * Where a picture of `model` is kept: the model (its numbers, labels and words) and the drawing code. The
 * entry names the full key of what it shows; a picture is drawn only when that key is the chart's own.
 */
export function pictureSlot(model: ChartModel): string {
  return PREFIX + hash(JSON.stringify([import.meta.url, model]));
}

/** The picture made ready for the window's first chart: its slot, entry and decoding. */
let prepared: Prepared | null = null;

/**
 * Decode the picture kept for `model`, if any, before the slide is built (decoding is off the main thread
 * but its end is a task of its own: started while the slide is built, it would cost the first frame).
 * Resolves once it is decoded, failed, or after `capMs`; at once when nothing is kept. The cap bounds a
 * decoding gone wrong, not a slow machine: decoding takes 5–15 ms idle, and on a busy one (load 20–30 on
 * 2 cores) it took over 100 ms, but drawing live instead then needs Chart.js run and drawn on the main
 * thread, slower still (with 100 ms, e2e/chart-picture.spec.ts drew live at load 29 once the data was in
 * the page and no round trip gave decoding a head start).
 */
export function preparePicture(model: ChartModel, capMs = 300): Promise<void> | null {
  if (!BUILT || typeof localStorage === 'undefined') return null;
  const slot = pictureSlot(model);
  // Started at the window's start already (prepareLastPicture): the same slot's picture, decoding or decoded.
  const early = prepared?.slot === slot ? prepared : null;
  prepared = null; // another chart's picture, decoded on a bet that lost: let go
  const kept = early?.kept ?? readKept(slot);
  if (!kept) return null;
  const picture = early?.picture ?? decodeStart(kept.png);
  prepared = { slot, kept, picture };
  return Promise.race([picture.ready, new Promise<void>((done) => setTimeout(done, capMs))]);
}

/**
 * At a window's start, before its deck is known: start decoding the picture its first chart was drawn
 * from last time, on the bet that it opens on the same slide again (a restart, a reload). Only prepared:
 * preparePicture takes it if the chart is the same model, and drawKeptPicture still draws it only under
 * the chart's own full key. Anything else lets it go. Whether a picture is being prepared.
 */
export function prepareLastPicture(): boolean {
  // Begun from the page's boot already (picture-early.ts).
  prepared = takeLastPicture();
  return prepared !== null;
}

/**
 * Draw the prepared picture onto `canvas` (already sized) if it shows exactly what `key` names for
 * `model`, at once; whether it did. Used once: later charts draw live.
 */
export function drawKeptPicture(model: ChartModel, key: string, canvas: HTMLCanvasElement): boolean {
  const p = prepared;
  prepared = null;
  if (!p || p.slot !== pictureSlot(model) || p.kept.key !== key) return false;
  const bitmap = p.picture.bitmap;
  const ctx = canvas.getContext('2d');
  if (!ctx || !bitmap || bitmap.width !== canvas.width || bitmap.height !== canvas.height) return false;
  canvas.style.width = p.kept.width;
  canvas.style.height = p.kept.height;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return true;
}

/**
 * Draw the picture the main process served of the window's first slide's chart (state/early-open.ts,
 * main/charts/first-picture.ts) onto `canvas` (already sized), if it is exactly the chart this window would
 * draw: drawn by the same chart code (the builds' identity), the same model, the theme's same colours, the
 * same layout box, pixel ratio and bitmap, every item shown, and the chart's text in its fonts, loaded;
 * whether it did. Used once: later charts draw live.
 */
export function drawServedPicture(
  model: ChartModel,
  canvas: HTMLCanvasElement,
  box: { width: number; height: number } | null,
  ratio: number,
  shown: number,
): boolean {
  const served = takeServedPicture();
  if (!served || !box || shown !== Infinity) return false;
  const { picture, decoding } = served;
  const css = getComputedStyle(canvas);
  const prop = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const { derivedFill: _hatch, ...colours } = readTheme(canvas);
  const derived = {
    stripe: prop('--chart-derived-stripe', 'rgba(94,168,255,0.55)'),
    ground: prop('--chart-derived-ground', 'rgba(94,168,255,0.12)'),
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const text = chartText(model);
  const fonts = [400, 700].every((w) => document.fonts.check(`${w} 16px ${BUNDLED_FONT}`, text));
  const fits =
    fonts &&
    CHART_CODE !== null &&
    picture.code === CHART_CODE &&
    same(model, picture.model) &&
    same(colours, picture.colours) &&
    same(derived, picture.derived) &&
    box.width.toFixed(3) === picture.box.width.toFixed(3) &&
    box.height.toFixed(3) === picture.box.height.toFixed(3) &&
    Math.abs(ratio - picture.ratio) < 1e-9 &&
    canvas.width === picture.bitmapWidth &&
    canvas.height === picture.bitmapHeight;
  const bitmap = decoding.bitmap;
  const ctx = fits ? canvas.getContext('2d') : null;
  if (!ctx || !bitmap || bitmap.width !== canvas.width || bitmap.height !== canvas.height) {
    bitmap?.close();
    return false;
  }
  // The CSS size Chart.js gives the canvas (its retinaScale): the bitmap's in layout pixels.
  canvas.style.width = `${canvas.width / ratio}px`;
  canvas.style.height = `${canvas.height / ratio}px`;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return true;
}

/** The served picture decoded (or failed), at most `capMs` from now; null when none was served. */
export function servedPictureReady(capMs = 300): Promise<void> | null {
  const decoding = servedDecoding();
  return decoding && Promise.race([decoding.ready, new Promise<void>((done) => setTimeout(done, capMs))]);
}

function keptSlots(): string[] {
  try {
    const slots = JSON.parse(localStorage.getItem(INDEX) ?? '[]') as unknown;
    return Array.isArray(slots) ? slots.filter((k): k is string => typeof k === 'string' && k.startsWith(PREFIX)) : [];
  } catch {
    return [];
  }
}

/**
 * Keep what `canvas` shows now as the picture of `model` under `key` (call right after the chart's drawing;
 * `unchanged` tells whether the chart has not drawn again since).
 * Encoded after the next frame, not when the browser is idle: a window closed soon after its first frame
 * (or a page that never idles) would otherwise keep nothing. One picture per model; the oldest beyond KEEP
 * are let go.
 */
export function keepPicture(model: ChartModel, key: string, canvas: HTMLCanvasElement, unchanged: () => boolean): void {
  const slot = pictureSlot(model);
  try {
    localStorage.setItem(LAST, slot);
  } catch {
    // Storage full or disabled: nothing is prepared early next time.
  }
  if (readKept(slot)?.key === key) return;
  const { width, height } = canvas.style;
  const size = `${canvas.width}x${canvas.height}`;
  void afterNextPaint().then(() => {
    // Only the drawing the key names: a chart drawn again since (an update, a tooltip, a resize) is not kept.
    if (!unchanged() || `${canvas.width}x${canvas.height}` !== size || canvas.dataset.drawn !== 'true') return;
    try {
      const png = canvas.toDataURL('image/png');
      const slots = keptSlots().filter((k) => k !== slot);
      slots.push(slot);
      for (const old of slots.splice(0, Math.max(0, slots.length - KEEP))) localStorage.removeItem(old);
      localStorage.setItem(slot, JSON.stringify({ key, width, height, png } satisfies Kept));
      localStorage.setItem(INDEX, JSON.stringify(slots));
    } catch {
      // Storage full or disabled: the chart is simply drawn live next time.
    }
  });
}
