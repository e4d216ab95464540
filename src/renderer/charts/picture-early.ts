/**
 * The start of a window's kept chart picture (picture-cache.ts): the entry read from storage and its PNG's
 * decoding begun, from the page's boot (boot.ts), before the shared chunk is evaluated.
 *
 * Decoding runs off the main thread, but a chart waits for it at most a moment (preparePicture's cap) before
 * it is drawn live instead. While the first slide waited one bridge round trip for its data, decoding had
 * that long a head start; with the data in the page (shared/first-open.ts) the slide is built right after
 * the scripts have run, and under load (e2e at load 18–24) the decoding begun from main.ts missed the cap:
 * the chart was drawn live. Begun here, it starts before the shared chunk (Svelte, the app) is evaluated.
 * This module imports nothing but types, so it travels in the boot chunk (electron.vite.config.ts).
 */
import type { FirstPicture } from '../../shared/first-open';

export const PREFIX = 'briefing-desk.chart-picture.';
/** The slot of the picture a window's first chart was drawn from or kept in last. */
export const LAST = 'briefing-desk.chart-picture-last';
/**
 * Only from a built chunk, whose file name carries the hash of its content: a development server's module
 * URLs stay the same when the code changes, so there no picture is kept or shown.
 */
export const BUILT = /\/assets\/[\w.-]+-[\w-]{8}\.js$/.test(import.meta.url);

export interface Kept {
  /** The full key of what the picture shows (pictureKey). */
  key: string;
  /** The canvas's CSS size as Chart.js set it (style width and height). */
  width: string;
  height: string;
  /** The bitmap as a PNG data: URL. */
  png: string;
}

/**
 * A kept picture being decoded into an ImageBitmap, off the main thread (createImageBitmap of its PNG's
 * bytes). An <img> decoded with decode() was not enough: a canvas drawing it decoded the PNG again, on the
 * main thread, in the first frame (profile of the first chart slide, warm: "Decode LazyPixelRef" in
 * CanvasRenderingContext2D::FinalizeFrame, 5–6 ms under load); drawing a bitmap is a copy.
 */
export interface Decoding {
  /** Settles when decoded or failed (never rejects). */
  ready: Promise<void>;
  bitmap: ImageBitmap | null;
}

export interface Prepared {
  slot: string;
  kept: Kept;
  picture: Decoding;
}

export function readKept(slot: string): Kept | null {
  try {
    const raw = localStorage.getItem(slot);
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}

export function decodeStart(png: string): Decoding {
  const picture: Decoding = { ready: Promise.resolve(), bitmap: null };
  if (typeof createImageBitmap !== 'function' || !png.startsWith('data:image/png;base64,')) return picture;
  try {
    const text = atob(png.slice(png.indexOf(',') + 1));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    picture.ready = createImageBitmap(new Blob([bytes], { type: 'image/png' })).then(
      (bitmap) => void (picture.bitmap = bitmap),
      () => {}, // not decodable: the chart is drawn live
    );
  } catch {
    // Not base64: drawn live.
  }
  return picture;
}

let started: Prepared | null = null;

/**
 * At a window's start, before its deck is known: begin decoding the picture its first chart was drawn
 * from last time, on the bet that it opens on the same slide again (a restart, a reload).
 */
export function startLastPicture(): void {
  if (!BUILT || typeof localStorage === 'undefined') return;
  let slot: string | null = null;
  try {
    slot = localStorage.getItem(LAST);
  } catch {
    return;
  }
  const kept = slot?.startsWith(PREFIX) ? readKept(slot) : null;
  started = slot && kept ? { slot, kept, picture: decodeStart(kept.png) } : null;
}

/** The picture of the first slide's chart the main process served with the page; its decoding once begun. */
let served: { picture: FirstPicture; decoding: Decoding | null } | null = null;

/**
 * With the page's first answer (state/early-open.ts): the chart picture the main process made of its
 * slide's chart (main/charts/first-picture.ts), to be drawn only if it is exactly that chart. Its decoding
 * begins at the page's boot unless a picture kept in the window is being decoded (startLastPicture), which
 * a window that has one draws instead: two decodings would cost that window's start.
 */
export function startServedPicture(picture: FirstPicture | undefined): void {
  served = BUILT && picture && typeof picture.png === 'string' ? { picture, decoding: null } : null;
}

/** At the page's boot, after startLastPicture: begin decoding the served picture if no kept one is. */
export function decodeServedPicture(): void {
  if (served && !started) servedDecoding();
}

/** Whether a picture was served (not yet taken). */
export const hasServedPicture = (): boolean => served !== null;

/** The served picture's decoding, begun now if it was not; null when none was served. */
export function servedDecoding(): Decoding | null {
  if (!served) return null;
  served.decoding ??= decodeStart(served.picture.png);
  return served.decoding;
}

/** The picture begun by startServedPicture, if any (its decoding begun); once. */
export function takeServedPicture(): { picture: FirstPicture; decoding: Decoding } | null {
  const decoding = servedDecoding();
  const p = served && decoding ? { picture: served.picture, decoding } : null;
  served = null;
  return p;
}

/** The picture begun by startLastPicture, if any; once. */
export function takeLastPicture(): Prepared | null {
  const p = started;
  started = null;
  return p;
}
