/**
 * The clean-close seal (store/seal.ts) on real store files: trusted only while the file is exactly the
 * one the app closed, and never in a way that lets a damaged store open.
 */
import { copyFileSync, existsSync, openSync, renameSync, utimesSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/main/store';
import { needsScan, sealPath } from '../src/main/store/seal';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  t = tempDir();
  path = join(t.dir, 'briefing.sqlite');
  openStore(path, { seedBundles: SEED, seal: true, dailyBackup: false }).close();
});
afterEach(() => t.cleanup());

/** Overwrite one page in the middle of the file with garbage, as a torn write or a bad sector would. */
function garbagePage(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 5);
  closeSync(fd);
}

describe('clean-close seal', () => {
  it('a store the app closed is sealed, unsealed while open, and sealed again on close', () => {
    expect(existsSync(sealPath(path))).toBe(true);
    expect(needsScan(path)).toBe(false);
    const s = openStore(path, { seal: true, dailyBackup: false });
    expect(existsSync(sealPath(path))).toBe(false);
    s.db.prepare("UPDATE figures SET label = label || '' WHERE id = 1").run();
    s.close();
    expect(needsScan(path)).toBe(false);
  });

  it('a page damaged after the close is still found: the seal no longer matches', () => {
    garbagePage(path);
    expect(needsScan(path)).toBe(true);
    expect(() => openStore(path, { seal: true })).toThrow(/已损坏/);
  });

  it('times set back by hand do not restore trust (ctime moves anyway)', () => {
    const { mtime, atime } = { mtime: new Date(2020, 0, 1), atime: new Date(2020, 0, 1) };
    utimesSync(path, atime, mtime);
    expect(needsScan(path)).toBe(true);
  });

  it('a file put in its place (restore, copy) is another file: scanned', () => {
    const copy = join(t.dir, 'copy.sqlite');
    copyFileSync(path, copy);
    renameSync(copy, path);
    expect(needsScan(path)).toBe(true);
  });

  it('a write-ahead log left by a crash means the file is not as sealed: scanned', () => {
    writeFileSync(`${path}-wal`, Buffer.alloc(64, 1));
    expect(needsScan(path)).toBe(true);
  });

  it('a store opened without the option never gets a seal file beside it (documents stay alone)', () => {
    const doc = join(t.dir, 'doc.briefing');
    openStore(doc, { seedBundles: SEED, dailyBackup: false }).close();
    expect(existsSync(sealPath(doc))).toBe(false);
    expect(needsScan(doc)).toBe(true);
  });

  it('a garbled seal is no seal', () => {
    writeFileSync(sealPath(path), '{not json');
    expect(needsScan(path)).toBe(true);
  });
});
