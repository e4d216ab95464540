/**
 * The headless exporter's Chromium profile (pdf/profile.ts): one kept in the user's cache folder and reused,
 * one export at a time; a held, stale or impossible one handled without a hang or a failed export; and a real
 * export through it leaves nothing of the report or the bridge in it (its pages run off the record).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs } from '../src/main/pdf/export';
import { defaultCacheDir, exportProfile } from '../src/main/pdf/profile';
import { openStore } from '../src/main/store';
import { INSTALLED_CHROMIUM, SEED, tempDir } from './helpers';

const browser = INSTALLED_CHROMIUM;

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.cleanup());

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
}

describe('the kept export profile', () => {
  it('is the cache folder’s own, one export at a time, and free again once released', () => {
    const cache = join(t.dir, 'cache-1');
    const first = exportProfile(cache);
    expect(first).toMatchObject({ kept: true, dir: join(cache, 'export-browser') });
    expect(readFileSync(`${first.dir}.lock`, 'utf8')).toBe(String(process.pid));
    // A second export while the first runs gets a temporary profile of its own, removed when released.
    const second = exportProfile(cache);
    expect(second.kept).toBe(false);
    expect(second.dir).not.toBe(first.dir);
    second.release();
    expect(existsSync(second.dir)).toBe(false);
    first.release();
    expect(existsSync(`${first.dir}.lock`)).toBe(false);
    expect(existsSync(first.dir)).toBe(true); // kept for the next export
    const third = exportProfile(cache);
    expect(third.kept).toBe(true);
    third.release();
  });

  it('is taken over from an export that was killed (its process is gone)', () => {
    const cache = join(t.dir, 'cache-2');
    exportProfile(cache).release();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(cache, 'export-browser.lock'), gone.stdout);
    const p = exportProfile(cache);
    expect(p.kept).toBe(true);
    expect(readFileSync(`${p.dir}.lock`, 'utf8')).toBe(String(process.pid));
    p.release();
  });

  it('falls back to a temporary profile where the folder cannot be made, without hanging', () => {
    const file = join(t.dir, 'a-file');
    writeFileSync(file, 'x');
    for (const cache of [join(file, 'cache'), '/proc/no-such-cache/x']) {
      const p = exportProfile(cache);
      expect(p.kept).toBe(false);
      expect(existsSync(p.dir)).toBe(true);
      p.release();
      expect(existsSync(p.dir)).toBe(false);
    }
  });

  it('lives in the platform’s cache folder', () => {
    expect(defaultCacheDir('/home/u', 'linux', {})).toBe('/home/u/.cache/Briefing Desk');
    expect(defaultCacheDir('/home/u', 'linux', { XDG_CACHE_HOME: '/c' })).toBe('/c/Briefing Desk');
    expect(defaultCacheDir('/Users/u', 'darwin', {})).toBe('/Users/u/Library/Caches/Briefing Desk');
    expect(defaultCacheDir('C:\\Users\\u', 'win32', { LOCALAPPDATA: 'L' })).toMatch(/^L[\\/]Briefing Desk[\\/]Cache$/);
  });
});

describe.skipIf(!browser)('exports through the kept profile', { timeout: 120_000 }, () => {
  it('print from it twice, leave no trace of the report or the bridge in it, and give it back', async () => {
    const cache = join(t.dir, 'cache-3');
    const db = join(t.dir, 'store.sqlite');
    openStore(db, { seedBundles: SEED, dailyBackup: false }).close();
    // A print page that shows the report it read through the bridge (vitest runs before the renderer is built).
    const renderer = join(t.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(
      join(renderer, 'print.html'),
      '<!doctype html><meta charset="utf-8"><title>p</title><body></body><script src="print.js"></script>',
    );
    writeFileSync(
      join(renderer, 'print.js'),
      `window.__briefingPrint = (async () => {
  const r = await (await fetch('/api/briefing.open', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
  document.body.textContent = r.value.report.title;
  localStorage.setItem('seen', r.value.report.title);
  return { layout: 'slides', title: r.value.report.title, author: 'a', subject: 's', keywords: [], expectedPages: null, outline: [] };
})();`,
    );
    const run = (name: string) =>
      exportPdfs({
        jobs: [{ layout: 'slides', out: join(t.dir, name) }],
        openStore: () => openStore(db, { readOnly: true }),
        rendererDir: renderer,
        chromium: browser as string,
        cacheDir: cache,
      });
    await run('a.pdf');
    await run('b.pdf');
    expect((await PDFDocument.load(readFileSync(join(t.dir, 'b.pdf')))).getTitle()).toMatch(/重庆/);
    const profile = join(cache, 'export-browser');
    expect(existsSync(`${profile}.lock`)).toBe(false);
    const inProfile = files(profile);
    expect(inProfile.length).toBeGreaterThan(0);
    // The report's title and the bridge's address, in the encodings a browser stores text in.
    const needles = ['重庆', '127.0.0.1:', 'print.html'].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
    const traces = inProfile.filter((f) => {
      const bytes = readFileSync(f);
      return needles.some((n) => bytes.includes(n));
    });
    expect(traces).toEqual([]);
  });
});
