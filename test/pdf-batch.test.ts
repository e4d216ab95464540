/**
 * Issue 24, item 2: `export-pdf --layout a,b,c --out-dir DIR` prints every layout from one browser and one
 * store open, in one page or two at once (each laid out again for its next layout, at that layout's window
 * size), names each file by its layout, refuses a bad layout before anything is written, and writes nothing
 * when one layout of the batch fails. The browser runs behind a wrapper that counts its starts; a
 * stand-in print page (real Chromium, real bridge, real store) reports the layout it was asked for.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs, printPages } from '../src/main/pdf/export';
import { openStore } from '../src/main/store';
import { INSTALLED_CHROMIUM, ROOT, SEED, tempDir } from './helpers';

const browser = INSTALLED_CHROMIUM;

let t: ReturnType<typeof tempDir>;
let db: string;
beforeAll(() => {
  t = tempDir();
  db = join(t.dir, 'store.sqlite');
  openStore(db, { seedBundles: SEED, dailyBackup: false }).close();
});
afterAll(() => t.cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), 'export-pdf', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

const freshDir = (name: string) => {
  const dir = join(t.dir, name);
  mkdirSync(dir);
  return dir;
};

describe('export-pdf of several layouts: usage', { timeout: 60_000 }, () => {
  it('a bad layout anywhere in the list: usage error naming it, before anything is written', () => {
    const dir = freshDir('bad-layout');
    const r = cli('--layout', 'slides,poster,brief', '--out-dir', dir, '--db', db);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的版式：poster');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('several layouts need --out-dir, not --out; a layout named twice is refused', () => {
    const dir = freshDir('usage');
    const one = cli('--layout', 'slides,handout', '--out', join(dir, 'x.pdf'), '--db', db);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('--out-dir');
    const twice = cli('--layout', 'slides,handout,slides', '--out-dir', dir, '--db', db);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('slides 出现了两次');
    const both = cli('--layout', 'slides', '--out', join(dir, 'x.pdf'), '--out-dir', dir, '--db', db);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('只能给一个');
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** A print page that answers with the layout it was opened for, and fails for `failing`. */
function stubRenderer(name: string, failing: string | null): string {
  const dir = freshDir(name);
  writeFileSync(
    join(dir, 'print.html'),
    '<!doctype html><meta charset="utf-8"><title>p</title><body></body><script src="print.js"></script>',
  );
  writeFileSync(
    join(dir, 'print.js'),
    `const loaded = String(Math.random()).slice(2);
const show = async (layout) => {
  const r = await (await fetch('/api/briefing.open', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
  if (layout === ${JSON.stringify(failing)}) throw new Error('stand-in failure for ' + layout);
  const title = layout + ':' + r.value.report.key + ':' + innerWidth + ':' + loaded;
  document.body.textContent = title;
  return { layout, title, author: 'a', subject: 's', keywords: [], expectedPages: null, outline: [] };
};
window.__briefingPrint = show(new URLSearchParams(location.search).get('layout'));
window.__briefingRelayout = (query) => (window.__briefingPrint = show(new URLSearchParams(query).get('layout')));`,
  );
  return dir;
}

/** The browser behind a wrapper that appends a line per start. */
function countedBrowser(name: string): { path: string; starts: () => number } {
  const log = join(t.dir, `${name}.log`);
  const path = join(t.dir, `${name}-chromium`);
  writeFileSync(path, `#!/bin/sh\necho start >> '${log}'\nexec '${browser}' "$@"\n`);
  chmodSync(path, 0o755);
  return { path, starts: () => readFileSync(log, 'utf8').trim().split('\n').length };
}

describe('how many print pages a batch uses', () => {
  it('two where there are two processors or more and two layouts or more, else one', () => {
    expect([printPages(3, 2), printPages(3, 8), printPages(2, 2)]).toEqual([2, 2, 2]);
    expect([printPages(3, 1), printPages(1, 8), printPages(1, 1)]).toEqual([1, 1, 1]);
  });
});

describe('export-pdf of several layouts: one browser, one store, all or nothing', { timeout: 120_000 }, () => {
  /** The batch through `pages` print pages: each file's title (layout:report:window width:page load). */
  const batch = async (name: string, pages: number) => {
    const dir = freshDir(name);
    const chromium = countedBrowser(name);
    let opens = 0;
    const results = await exportPdfs({
      jobs: ['slides', 'handout', 'brief'].map((layout) => ({ layout, out: join(dir, `${layout}.pdf`) })),
      openStore: () => (opens++, openStore(db, { readOnly: true })),
      rendererDir: stubRenderer(`renderer-${name}`, null),
      chromium: chromium.path,
      pages,
    });
    expect(results.map((r) => r.layout)).toEqual(['slides', 'handout', 'brief']);
    expect(readdirSync(dir).sort()).toEqual(['brief.pdf', 'handout.pdf', 'slides.pdf']);
    expect(chromium.starts()).toBe(1);
    expect(opens).toBe(1);
    const titles = await Promise.all(
      ['slides', 'handout', 'brief'].map(async (l) => (await PDFDocument.load(readFileSync(join(dir, `${l}.pdf`)))).getTitle() ?? ''),
    );
    // Each laid out at its own window size (a 16:9 slide, else an A4 sheet at 96 dpi).
    expect(titles.map((t) => t.split(':').slice(0, 3).join(':'))).toEqual([
      'slides:cq-2015:1280',
      'handout:cq-2015:794',
      'brief:cq-2015:794',
    ]);
    return titles.map((t) => t.split(':')[3]);
  };

  it.skipIf(!browser)('prints each layout to its own file, from one browser start, one store open and one page', async () => {
    const [slides, handout, brief] = await batch('one-page', 1);
    expect(new Set([slides, handout, brief]).size).toBe(1);
  });

  it.skipIf(!browser)(
    'in two pages at once: the first opens for the slides, the second for the handout, the brief goes to either',
    async () => {
      const [slides, handout, brief] = await batch('two-pages', 2);
      expect(handout).not.toBe(slides);
      expect([slides, handout]).toContain(brief);
    },
  );

  it.skipIf(!browser)('a layout that fails mid-batch leaves no file at all, not even the ones that printed', async () => {
    const dir = freshDir('batch-fail');
    await expect(
      exportPdfs({
        jobs: ['slides', 'handout', 'brief'].map((layout) => ({ layout, out: join(dir, `${layout}.pdf`) })),
        openStore: () => openStore(db, { readOnly: true }),
        rendererDir: stubRenderer('renderer-fail', 'handout'),
        chromium: browser as string,
      }),
    ).rejects.toThrow(/无法生成 PDF：.*stand-in failure for handout/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
