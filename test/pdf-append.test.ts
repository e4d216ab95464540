/**
 * The finishing step on a PDF that Chromium printed (real headless Chromium, not a hand-made file): the
 * properties and bookmarks go in as an incremental update after Chromium's bytes, which stay untouched,
 * and every reader (pdf-lib, poppler) sees the same document the full pdf-lib re-save gives.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../src/main/pdf/chromium';
import { destinationPages, finishPdf } from '../src/main/pdf/finish';
import { readSkiaPdf } from '../src/main/pdf/skia-pdf';
import { BRIEF_MANIFEST } from './helpers';

let dir: string;
let printed: Buffer;

/** Four A4 pages; sections start on pages 1, 2 and 4, each the target of a link (so Chromium names it). */
const HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm } section { break-before: page } section:first-of-type { break-before: auto }
.tall { height: 240mm }</style></head><body>
<nav><a href="#sec-a">a</a> <a href="#sec-b">b</a> <a href="#slide-3">c</a></nav>
<section id="sec-a"><h1>A</h1></section>
<section id="sec-b"><h1>B</h1><div class="tall"></div><p>B continued</p></section>
<section id="slide-3"><h1>C</h1></section></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-append-'));
  writeFileSync(join(dir, 'doc.html'), HTML);
  const out = join(dir, 'doc.pdf');
  const r = spawnSync(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${out}`,
      `file://${join(dir, 'doc.html')}`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`chromium failed: ${r.stderr}`);
  printed = readFileSync(out);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifest = BRIEF_MANIFEST;

/** What a reader sees: properties, language, title display, and the outline as (title, page, children). */
async function seen(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages().map((p) => p.ref);
  const items = (first: PDFRef | undefined): unknown[] => {
    const out = [];
    for (let ref = first; ref; ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next')) as PDFRef | undefined) {
      const item = doc.context.lookup(ref, PDFDict);
      out.push({
        title: item.lookup(PDFName.of('Title'), PDFHexString).decodeText(),
        page: pages.indexOf(item.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef) + 1,
        count: (item.lookup(PDFName.of('Count')) as PDFNumber | undefined)?.asNumber() ?? 0,
        kids: items(item.get(PDFName.of('First')) as PDFRef | undefined),
      });
    }
    return out;
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    creator: doc.getCreator(),
    producer: doc.getProducer(),
    created: doc.getCreationDate()?.toISOString(),
    modified: doc.getModificationDate()?.toISOString(),
    lang: doc.catalog.get(PDFName.of('Lang'))?.toString(),
    displayTitle: prefs.get(PDFName.of('DisplayDocTitle'))?.toString(),
    pageMode: doc.catalog.get(PDFName.of('PageMode'))?.toString(),
    outline: items(outlines.get(PDFName.of('First')) as PDFRef | undefined),
  };
}

const now = new Date('2026-01-02T03:04:05Z');

describe('finishing the PDF Chromium printed', () => {
  it('appends an update and leaves Chromium’s bytes as they were', async () => {
    expect(readSkiaPdf(printed)).not.toBeNull();
    const out = await finishPdf(printed, manifest, { now });
    expect(Buffer.from(out.subarray(0, printed.length)).equals(printed)).toBe(true);
    const tail = Buffer.from(out.subarray(printed.length)).toString('latin1');
    expect(tail).toMatch(/trailer\s*<<[^]*\/Prev \d+[^]*>>\s*startxref\s*\d+\s*%%EOF\s*$/);
    // The update holds the new objects only: a few hundred bytes, not a second copy of the document.
    expect(out.length - printed.length).toBeLessThan(4096);
  });

  it('reads as the same document as pdf-lib’s full re-save', async () => {
    const appended = await seen(await finishPdf(printed, manifest, { now }));
    // The same file saved by pdf-lib with object streams has no classic table: the full path runs.
    const resaved = await (await PDFDocument.load(printed, { updateMetadata: false })).save({ useObjectStreams: true });
    expect(readSkiaPdf(resaved)).toBeNull();
    const full = await seen(await finishPdf(resaved, manifest, { now }));
    expect(appended).toEqual(full);
    expect(appended).toMatchObject({
      pages: 4,
      title: manifest.title,
      author: manifest.author,
      keywords: '重庆市 数据截至2015年',
      created: now.toISOString(),
      lang: '(zh-CN)',
      displayTitle: 'true',
      pageMode: '/UseOutlines',
      outline: [
        { title: '一、总貌', page: 1, count: 0, kids: [] },
        { title: '二、区域', page: 2, count: -1, kids: [{ title: '3. 图表', page: 4, count: 0, kids: [] }] },
      ],
    });
  });

  it('is read by poppler with its properties, pages and text', async () => {
    const file = join(dir, 'finished.pdf');
    writeFileSync(file, await finishPdf(printed, manifest, { now }));
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/^Title:\s+重庆市“十二五”工业和信息化发展简报$/m);
    expect(info.stdout).toMatch(/^Author:\s+重庆市经济和信息化委员会$/m);
    expect(info.stdout).toMatch(/^Pages:\s+4$/m);
    expect(info.stderr).toBe('');
    expect(spawnSync('pdftotext', ['-f', '2', '-l', '3', file, '-'], { encoding: 'utf8' }).stdout).toMatch(/B[^]*B continued/);
  });

  it('finds each section’s page as poppler does', async () => {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, printed);
    const popplerPages = Object.fromEntries(
      spawnSync('pdfinfo', ['-dests', file], { encoding: 'utf8' })
        .stdout.split('\n')
        .map((l) => /^\s*(\d+)\s.*"([^"]+)"$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [m[2], Number(m[1])]),
    );
    expect(popplerPages).toEqual({ 'sec-a': 1, 'sec-b': 2, 'slide-3': 4 });
    expect(await destinationPages(printed)).toEqual(popplerPages);
  });

  it('refuses a page count that is not the expected one, as the full path does', async () => {
    await expect(finishPdf(printed, manifest, { expectedPages: 28 })).rejects.toThrow(/应为 28 页，实际生成 4 页/);
  });

  it('finishes an already finished file again through the full path', async () => {
    const once = await finishPdf(printed, manifest, { now });
    expect(readSkiaPdf(once)).toBeNull(); // it has an update now
    const twice = await seen(await finishPdf(once, { ...manifest, title: '第二次' }, { now }));
    expect(twice.title).toBe('第二次');
    expect(twice.outline).toHaveLength(2);
  });

  it('falls back when the table does not match the file', async () => {
    // Every offset in the table shifted: objects are not where it says, so nothing is read from it.
    const text = printed
      .toString('latin1')
      .replace(/^(\d{10}) 00000 n/gm, (_, off: string) => `${String(Number(off) + 3).padStart(10, '0')} 00000 n`);
    const shifted = Buffer.from(text, 'latin1');
    expect(readSkiaPdf(shifted)).toBeNull();
    const doc = await seen(await finishPdf(shifted, manifest, { now }));
    expect(doc.title).toBe(manifest.title);
  });
});
