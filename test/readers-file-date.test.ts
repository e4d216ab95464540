/**
 * The date a report file's own properties give (readers/file-date.ts), for a report whose text names none: a saved
 * page's publication mark (<meta name="PubDate">, as government sites write it), a PDF's CreationDate, a Word file's
 * dcterms:created, each with a note naming where it came from. `cli import` takes it only when the text names no
 * date (a dateline wins) and says so; a file without one leaves the date empty.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../src/main/readers/file-date';
import { readReport } from '../src/main/readers';
import { tempDir } from './helpers';
import { runCli } from './cli-helpers';
import { linePdf, makeDocx, newsPage } from './reader-fixtures';

const withMeta = (meta: string) => newsPage().replace('<title>', `${meta}<title>`);

describe('a day written in a file’s properties', () => {
  it('reads the forms pages and PDFs write, and nothing that is not a real day', () => {
    expect(['2021-11-09 10:32', '2021/11/9', '2021年11月9日', "D:20211109103200+08'00'", '2021-11-09T02:32:00Z'].map(isoDay)).toEqual(
      Array(5).fill('2021-11-09'),
    );
    expect(['2021-02-30', '2021', 'D:2021', '11/09/2021', ''].map(isoDay)).toEqual(Array(5).fill(null));
  });
});

describe('the date a report file gives', () => {
  it('is a saved page’s publication mark, in any of the names pages use; a page without one gives none', async () => {
    const page = async (html: string) => (await readReport(new TextEncoder().encode(html), { name: 'p.html' })).fileDate;
    expect(await page(withMeta('<meta name="PubDate" content="2021-11-09 10:32">'))).toEqual({
      date: '2021-11-09',
      note: '发布日期取自网页的发布时间标记（PubDate）：2021-11-09',
    });
    expect((await page(withMeta('<meta property="article:published_time" content="2020-10-23T08:00:00+08:00">')))?.date).toBe('2020-10-23');
    expect((await page(newsPage().replace('<h1>', '<time pubdate datetime="2016-02-04">2月4日</time><h1>')))?.date).toBe('2016-02-04');
    // A page's other dates (when it was modified, a keyword) are not its publication.
    expect(
      await page(withMeta('<meta name="lastmodified" content="2021-11-09"><meta name="keywords" content="2021-11-09">')),
    ).toBeUndefined();
  });

  it('is a PDF’s CreationDate and a Word file’s dcterms:created, with a note to check them', async () => {
    const doc = await PDFDocument.load(linePdf([[{ text: 'Industrial output grew 10.3% in 2016.', x: 72, y: 700 }]]));
    doc.setCreationDate(new Date('2021-11-09T10:00:00Z'));
    const pdf = await readReport(await doc.save(), { name: 'r.pdf' });
    expect(pdf.fileDate?.date).toBe('2021-11-09');
    expect(pdf.fileDate?.note).toMatch(/PDF 文件属性的创建日期 2021-11-09：文件的创建日期不一定是发布日期，请核对/);
    const zip = await JSZip.loadAsync(await makeDocx());
    const core = await zip.file('docProps/core.xml')!.async('string');
    zip.file('docProps/core.xml', core.replace(/(<dcterms:created[^>]*>)[^<]+/u, '$12017-01-20T09:00:00Z'));
    const docx = await readReport(await zip.generateAsync({ type: 'uint8array' }), { name: 'r.docx' });
    expect(docx.fileDate?.date).toBe('2017-01-20');
    expect(docx.fileDate?.note).toContain('Word 文档属性的创建日期 2017-01-20');
    // Without the properties part, no date and no refusal: the text is read as before.
    zip.remove('docProps/core.xml');
    const bare = await readReport(await zip.generateAsync({ type: 'uint8array' }), { name: 'r.docx' });
    expect(bare.fileDate).toBeUndefined();
    expect(bare.text).toBe(docx.text);
  });
});

describe('cli import', () => {
  let t: ReturnType<typeof tempDir>;
  const cli = (...args: string[]) => runCli(t.dir, ...args);
  beforeAll(() => {
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  it('stores the page’s date when the text names none, and says where it came from; a dateline in the text wins', () => {
    const db = join(t.dir, 's.sqlite');
    cli('init', '--db', db);
    writeFileSync(join(t.dir, 'marked.html'), withMeta('<meta name="PubDate" content="2021-11-09 10:32">'));
    writeFileSync(
      join(t.dir, 'dated.html'),
      withMeta('<meta name="PubDate" content="2021-11-09 10:32">').replace('<p>', '<p>2017年1月20日</p><p>'),
    );
    expect(cli('import', join(t.dir, 'marked.html'), '--db', db)).toContain('注意：发布日期取自网页的发布时间标记（PubDate）：2021-11-09');
    expect(cli('import', join(t.dir, 'dated.html'), '--db', db)).not.toContain('PubDate');
    const store = new Database(db, { readonly: true });
    const rows = store.prepare('SELECT published FROM reports ORDER BY id').all();
    store.close();
    expect(rows.slice(1)).toEqual([{ published: '2021-11-09' }, { published: '2017-01-20' }]);
  }, 60_000);
});
