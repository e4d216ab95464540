/**
 * The brief's contents numbers (pdf/contents-pages.ts): the first export learns them from a draft print;
 * a later export of the same page prints once with last time's numbers and keeps them only if the printed
 * file's destinations agree; a wrong remembered number is corrected before the file is written. Real
 * Chromium, real bridge and store; a stand-in print page whose contents point at two sections on pages 2
 * and 3, and which prints how many draft prints and number settings it saw.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs } from '../src/main/pdf/export';
import { PRINT_DRAFT_ATTR, PRINT_READY, PRINT_SET_PAGES } from '../src/shared/print';
import { openStore } from '../src/main/store';
import { INSTALLED_CHROMIUM, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let db: string;
let renderer: string;
beforeAll(() => {
  t = tempDir();
  db = join(t.dir, 'store.sqlite');
  openStore(db, { seedBundles: SEED, dailyBackup: false }).close();
  renderer = join(t.dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(
    join(renderer, 'print.html'),
    `<!doctype html><meta charset="utf-8"><title>p</title>
<style>@page { size: A4; margin: 20mm } .section { break-before: page }</style>
<body><p>contents one=<span id="n1">?</span> two=<span id="n2">?</span> <a href="#one">1</a> <a href="#two">2</a></p>
<p id="log"></p><h1 id="one" class="section">one</h1><h1 id="two" class="section">two</h1></body>
<script src="print.js"></script>`,
  );
  writeFileSync(
    join(renderer, 'print.js'),
    `let drafts = 0, sets = 0;
const log = () => (document.getElementById('log').textContent = 'drafts=' + drafts + ' sets=' + sets);
new MutationObserver(() => { if (document.documentElement.hasAttribute(${JSON.stringify(PRINT_DRAFT_ATTR)})) drafts++; log(); })
  .observe(document.documentElement, { attributes: true });
window[${JSON.stringify(PRINT_SET_PAGES)}] = async (p) => {
  sets++;
  document.getElementById('n1').textContent = p.one;
  document.getElementById('n2').textContent = p.two;
  log();
};
log();
window[${JSON.stringify(PRINT_READY)}] = Promise.resolve({ layout: 'brief', title: 'contents', author: 'a', subject: 's', keywords: [],
  expectedPages: 3, outline: [], contentsPages: true });`,
  );
});
afterAll(() => t.cleanup());

const cache = () => join(t.dir, 'cache');
const guessFile = () => join(cache(), 'contents-pages.json');

/** Export the stand-in brief; the first page's text: its contents numbers and what the page saw. */
async function exportBrief(name: string): Promise<string> {
  const out = join(t.dir, name);
  await exportPdfs({
    jobs: [{ layout: 'brief', out }],
    openStore: () => openStore(db, { readOnly: true }),
    rendererDir: renderer,
    chromium: INSTALLED_CHROMIUM as string,
    cacheDir: cache(),
  });
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.skipIf(!INSTALLED_CHROMIUM)('the brief’s contents numbers', { timeout: 60_000 }, () => {
  it('first export: learnt from a draft print, and remembered', async () => {
    const text = await exportBrief('first.pdf');
    expect(text).toContain('one=2 two=3');
    expect(text).toContain('drafts=1 sets=1');
    expect(Object.values(JSON.parse(readFileSync(guessFile(), 'utf8')))).toEqual([{ one: 2, two: 3 }]);
  });

  it('the same page again: one print with last time’s numbers, checked in the file', async () => {
    const text = await exportBrief('again.pdf');
    expect(text).toContain('one=2 two=3');
    expect(text).toContain('drafts=0 sets=1');
  });

  it('a remembered number that is wrong is corrected from the printed file before anything is written', async () => {
    const kept = JSON.parse(readFileSync(guessFile(), 'utf8')) as Record<string, Record<string, number>>;
    const [key] = Object.keys(kept);
    writeFileSync(guessFile(), JSON.stringify({ [key as string]: { one: 2, two: 2 } }));
    const text = await exportBrief('moved.pdf');
    expect(text).toContain('one=2 two=3');
    expect(text).toContain('drafts=0 sets=2');
    expect(JSON.parse(readFileSync(guessFile(), 'utf8'))).toEqual({ [key as string]: { one: 2, two: 3 } });
  });

  it('a guess file that is not ours is an empty cache: the export still numbers the contents', async () => {
    writeFileSync(guessFile(), '{"x": [1, 2], "y": {"one": -1}');
    const text = await exportBrief('garbage.pdf');
    expect(text).toContain('one=2 two=3');
    expect(text).toContain('drafts=1 sets=1');
  });
});
