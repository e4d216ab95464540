/**
 * The last step of every export, in Electron and headless alike: Chromium's PDF re-saved through pdf-lib
 * with the document properties (Title, Author = the issuing organisation, Subject, Keywords, dates,
 * language) and a bookmark per section. Bookmarks point at the named destinations Chromium wrote for the
 * print page's anchors (see renderer/print/outline.ts). Object streams roughly halve the file.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { OutlineEntry, PrintManifest } from '../../shared/print';
import { ExportError } from './errors';

export const PRODUCER = '简报台 Briefing Desk';

/** Chromium's named destinations: anchor id → its destination array [page /XYZ x y zoom]. */
export function namedDestinations(doc: PDFDocument): Map<string, PDFArray> {
  const out = new Map<string, PDFArray>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const arr = doc.context.lookup(value);
    if (arr instanceof PDFArray) out.set(name.decodeText(), arr);
  }
  return out;
}

/** Each named destination's 1-based page: the numbers the brief's contents print (see PRINT_SET_PAGES). */
export async function destinationPages(pdf: Uint8Array, opts: Pick<FinishOptions, 'noYield'> = {}): Promise<Record<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...(opts.noYield ? { parseSpeed: Infinity } : {}) });
  const pages = doc.getPages().map((p) => p.ref);
  const out: Record<string, number> = {};
  for (const [name, dest] of namedDestinations(doc)) {
    const i = pages.indexOf(dest.get(0) as PDFRef);
    if (i >= 0) out[name] = i + 1;
  }
  return out;
}

interface Built {
  first: PDFRef;
  last: PDFRef;
  /** Items visible when the parent is open. */
  count: number;
}

/** Link `entries` as one level of outline items under `parent`; children start closed. */
function addItems(doc: PDFDocument, entries: OutlineEntry[], parent: PDFRef, dests: Map<string, PDFArray>): Built | null {
  const ctx = doc.context;
  const usable = entries.filter((e) => dests.has(e.dest));
  if (usable.length === 0) return null;
  const refs = usable.map(() => ctx.nextRef());
  usable.forEach((e, i) => {
    const item = ctx.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    item.set(PDFName.of('Parent'), parent);
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) item.set(PDFName.of('Prev'), prev);
    if (next) item.set(PDFName.of('Next'), next);
    item.set(PDFName.of('Dest'), dests.get(e.dest) as PDFArray);
    const kids = e.children ? addItems(doc, e.children, refs[i] as PDFRef, dests) : null;
    if (kids) {
      item.set(PDFName.of('First'), kids.first);
      item.set(PDFName.of('Last'), kids.last);
      item.set(PDFName.of('Count'), PDFNumber.of(-kids.count));
    }
    ctx.assign(refs[i] as PDFRef, item);
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count: usable.length };
}

/** Replace the document outline with `entries`; returns how many top-level bookmarks were written. */
export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): number {
  const dests = namedDestinations(doc);
  const rootRef = doc.context.nextRef();
  const built = addItems(doc, entries, rootRef, dests);
  if (!built) return 0;
  doc.context.assign(rootRef, doc.context.obj({ Type: 'Outlines', First: built.first, Last: built.last, Count: built.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return built.count;
}

export interface FinishOptions {
  now?: Date;
  /** Refuse a PDF whose page count differs (slides: one page per slide). */
  expectedPages?: number | null;
  /**
   * Parse and save without yielding to the event loop (pdf-lib's default gives it a turn every 50–100
   * objects, thousands of turns for one file): for the headless exporter, whose process has nothing else to
   * do; the desktop app keeps the yields so its main process stays responsive.
   */
  noYield?: boolean;
}

export async function finishPdf(pdf: Uint8Array, manifest: PrintManifest, opts: FinishOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...(opts.noYield ? { parseSpeed: Infinity } : {}) });
  const pages = doc.getPageCount();
  if (opts.expectedPages && pages !== opts.expectedPages)
    throw new ExportError(`版面出错：应为 ${opts.expectedPages} 页，实际生成 ${pages} 页（某页内容溢出）`);
  const now = opts.now ?? new Date();
  doc.setTitle(manifest.title, { showInWindowTitleBar: true });
  doc.setAuthor(manifest.author);
  doc.setSubject(manifest.subject);
  doc.setKeywords(manifest.keywords);
  doc.setCreator(PRODUCER);
  doc.setProducer(`${PRODUCER}（Chromium + pdf-lib）`);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage('zh-CN');
  setOutline(doc, manifest.outline);
  return doc.save({ useObjectStreams: true, ...(opts.noYield ? { objectsPerTick: Infinity } : {}) });
}
