/**
 * The folder where the main process keeps the chart pictures it made (chart-picture.ts), one PNG per key
 * (picture-key.ts), beside the store: made once per deck change, read on every open. A picture is written
 * whole under a temporary name and renamed, so a reader never sees half a file; at most KEEP are kept
 * (the oldest go), as the window keeps at most a dozen of its own.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEEP = 24;
const KEY = /^[0-9a-f]{64}$/;

export interface KeptPicture {
  key: string;
  png: Buffer;
  /** The bitmap's size (the PNG's own header): the canvas the window must have to draw it. */
  bitmapWidth: number;
  bitmapHeight: number;
}

const fileOf = (dir: string, key: string) => join(dir, `${key}.png`);

/** The picture kept under `key` in `dir`, or null. */
export function readPicture(dir: string, key: string): KeptPicture | null {
  if (!KEY.test(key)) return null;
  let png: Buffer;
  try {
    png = readFileSync(fileOf(dir, key));
  } catch {
    return null;
  }
  // A PNG: 8 bytes of signature, then the IHDR chunk (length, type, width, height).
  if (png.length < 24 || png.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { key, png, bitmapWidth: png.readUInt32BE(16), bitmapHeight: png.readUInt32BE(20) };
}

/** Keep `png` under `key` in `dir`, and let the oldest pictures beyond KEEP go. */
export function writePicture(dir: string, key: string, png: Buffer): void {
  if (!KEY.test(key)) throw new Error(`chart picture: not a key: ${key}`);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${key}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, png);
  renameSync(temporary, fileOf(dir, key));
  prune(dir);
}

function prune(dir: string): void {
  const kept = readdirSync(dir)
    .filter((name) => name.endsWith('.png') && KEY.test(name.slice(0, -4)))
    .map((name) => {
      try {
        return { name, at: statSync(join(dir, name)).mtimeMs };
      } catch {
        return null; // gone meanwhile
      }
    })
    .filter((f): f is { name: string; at: number } => f !== null)
    .sort((a, b) => b.at - a.at);
  for (const old of kept.slice(KEEP))
    try {
      unlinkSync(join(dir, old.name));
    } catch {
      // another process let it go first
    }
}
