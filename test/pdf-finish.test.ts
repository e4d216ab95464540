/** The PDF finishing step (pdf-lib): document properties and bookmarks from Chromium's named destinations. */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, namedDestinations } from '../src/main/pdf/finish';
import { parsePrintQuery, printQuery } from '../src/shared/print';
import { BRIEF_MANIFEST } from './helpers';

/** A three-page PDF with /Dests like Chromium writes for linked anchors. */
async function chromiumLike(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842]), doc.addPage([595, 842])];
  const dest = (i: number) => doc.context.obj([pages[i]?.ref as PDFRef, 'XYZ', 0, 800, 0]);
  doc.catalog.set(PDFName.of('Dests'), doc.context.obj({ 'sec-a': dest(0), 'sec-b': dest(1), 'slide-3': dest(2) }));
  return doc.save();
}

const manifest = BRIEF_MANIFEST;

function titles(doc: PDFDocument, first: PDFRef | undefined): { title: string; page: number; kids: number }[] {
  const pages = doc.getPages().map((p) => p.ref);
  const out = [];
  for (let ref = first; ref; ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next')) as PDFRef | undefined) {
    const item = doc.context.lookup(ref, PDFDict);
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    const count = item.lookup(PDFName.of('Count')) as PDFNumber | undefined;
    out.push({
      title: item.lookup(PDFName.of('Title'), PDFHexString).decodeText(),
      page: pages.indexOf(dest.get(0) as PDFRef),
      kids: count ? -count.asNumber() : 0,
    });
  }
  return out;
}

describe('finishPdf', () => {
  it('sets the document properties and writes a bookmark per anchor that exists', async () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const doc = await PDFDocument.load(await finishPdf(await chromiumLike(), manifest, { now }));
    expect(doc.getTitle()).toBe(manifest.title);
    expect(doc.getAuthor()).toBe(manifest.author);
    expect(doc.getSubject()).toBe('简报');
    expect(doc.getKeywords()).toBe('重庆市 数据截至2015年');
    expect(doc.getCreationDate()?.toISOString()).toBe(now.toISOString());
    const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(titles(doc, root.get(PDFName.of('First')) as PDFRef)).toEqual([
      { title: '一、总貌', page: 0, kids: 0 },
      { title: '二、区域', page: 1, kids: 1 },
    ]);
    const second = doc.context.lookup(root.get(PDFName.of('Last')) as PDFRef, PDFDict);
    expect(titles(doc, second.get(PDFName.of('First')) as PDFRef)).toEqual([{ title: '3. 图表', page: 2, kids: 0 }]);
    expect(namedDestinations(doc).size).toBe(3);
  });

  it('refuses a PDF whose page count is not the expected one', async () => {
    await expect(finishPdf(await chromiumLike(), manifest, { expectedPages: 28 })).rejects.toThrow(/应为 28 页，实际生成 3 页/);
  });
});

describe('print query', () => {
  it('round-trips and refuses an unknown layout', () => {
    expect(parsePrintQuery(printQuery({ layout: 'handout', internal: true }))).toEqual({ layout: 'handout', internal: true });
    expect(parsePrintQuery('?layout=brief')).toEqual({ layout: 'brief', internal: false });
    expect(() => parsePrintQuery('?layout=poster')).toThrow(/未知的打印版式：poster/);
  });
});
