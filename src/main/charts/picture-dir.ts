/**
 * The folder where the main process keeps the chart pictures it made (chart-picture.ts), beside the store:
 * made once per deck change, read on every open. Under each key (picture-key.ts) a PNG and, beside it, the
 * box the picture was drawn at (`KEY.json`, written first: a PNG is there only once its box is); a chart
 * whose box cannot be predicted (chart-box.ts) is kept as a box of null and no PNG, so it is not tried
 * again. Each file is written whole under a temporary name and renamed, so a reader never sees half a
 * file; at most KEEP keys are kept (the oldest go), as a window keeps at most a dozen of its own pictures.
 *
 * Beside them, the first frame a window last sent (web/first-frame.ts), in FIRST_FRAME_FILE: its key and
 * its markup as the window sent it, so a restarted app serves it too. Only the last one; what it holds is
 * checked again when read, and it is served only under its exact key (never after a correction).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartBox } from './chart-box';

export const KEEP = 24;
const KEY = /^[0-9a-f]{64}$/;

export interface KeptPicture {
  key: string;
  /** The chart's box in the slide's design pixels, as chart-box.ts predicted it: the window's must be it. */
  box: ChartBox;
  png: Buffer;
  /** The bitmap's size (the PNG's own header): the canvas the window must have to draw it. */
  bitmapWidth: number;
  bitmapHeight: number;
}

/** What is kept under a key: a picture, or `live` (its box cannot be predicted: the chart is drawn live). */
export type Kept = KeptPicture | 'live';

const pngOf = (dir: string, key: string) => join(dir, `${key}.png`);
const boxOf = (dir: string, key: string) => join(dir, `${key}.json`);

function readBox(dir: string, key: string): ChartBox | null | undefined {
  try {
    const box = JSON.parse(readFileSync(boxOf(dir, key), 'utf8')) as { box?: unknown };
    const b = box.box as ChartBox | null;
    if (b === null) return null;
    return typeof b?.width === 'number' && typeof b.height === 'number' ? { width: b.width, height: b.height } : undefined;
  } catch {
    return undefined;
  }
}

/** What is kept under `key` in `dir`, or null: nothing (yet), or not whole. */
export function readPicture(dir: string, key: string): Kept | null {
  if (!KEY.test(key)) return null;
  const box = readBox(dir, key);
  if (box === null) return 'live';
  if (box === undefined) return null;
  let png: Buffer;
  try {
    png = readFileSync(pngOf(dir, key));
  } catch {
    return null;
  }
  // A PNG: 8 bytes of signature, then the IHDR chunk (length, type, width, height).
  if (png.length < 24 || png.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { key, box, png, bitmapWidth: png.readUInt32BE(16), bitmapHeight: png.readUInt32BE(20) };
}

function writeWhole(dir: string, file: string, body: string | Buffer): void {
  const temporary = join(dir, `.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(temporary, body);
  renameSync(temporary, file);
}

/** Keep under `key` in `dir` the picture drawn at `box`, or (box null, no png) that the chart is drawn live. */
export function writePicture(dir: string, key: string, box: ChartBox | null, png?: Buffer): void {
  if (!KEY.test(key)) throw new Error(`chart picture: not a key: ${key}`);
  if (box && !png) throw new Error('chart picture: a box without its picture');
  mkdirSync(dir, { recursive: true });
  writeWhole(dir, boxOf(dir, key), JSON.stringify({ box: box && { width: box.width, height: box.height } }));
  if (box && png) writeWhole(dir, pngOf(dir, key), png);
  prune(dir);
}

/** The file of the kept first frame, beside the pictures (its name is no key: prune() leaves it). */
export const FIRST_FRAME_FILE = 'first-frame.json';

/** Keep in `dir` the first frame `frame` (its JSON as the window sent it) under `key`, replacing the last. */
export function writeFirstFrame(dir: string, key: string, frame: string): void {
  if (!KEY.test(key)) throw new Error(`first frame: not a key: ${key}`);
  mkdirSync(dir, { recursive: true });
  writeWhole(dir, join(dir, FIRST_FRAME_FILE), JSON.stringify({ key, frame }));
}

/** The first frame kept in `dir` (its key and JSON, to be checked by the caller), or null: none, or not whole. */
export function readFirstFrame(dir: string): { key: string; frame: string } | null {
  try {
    const kept = JSON.parse(readFileSync(join(dir, FIRST_FRAME_FILE), 'utf8')) as { key?: unknown; frame?: unknown };
    return typeof kept.key === 'string' && KEY.test(kept.key) && typeof kept.frame === 'string'
      ? { key: kept.key, frame: kept.frame }
      : null;
  } catch {
    return null;
  }
}

function prune(dir: string): void {
  const kept = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && KEY.test(name.slice(0, -5)))
    .map((name) => {
      try {
        return { key: name.slice(0, -5), at: statSync(join(dir, name)).mtimeMs };
      } catch {
        return null; // gone meanwhile
      }
    })
    .filter((f): f is { key: string; at: number } => f !== null)
    .sort((a, b) => b.at - a.at);
  for (const old of kept.slice(KEEP))
    for (const file of [pngOf(dir, old.key), boxOf(dir, old.key)])
      try {
        unlinkSync(file);
      } catch {
        // another process let it go first, or a chart drawn live has no PNG
      }
}
