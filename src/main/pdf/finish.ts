/**
 * The last step of every export, in Electron and headless alike: Chromium's PDF with the document
 * properties (Title, Author = the issuing organisation, Subject, Keywords, dates, language) and a bookmark
 * per section. Bookmarks point at the named destinations Chromium wrote for the print page's anchors (see
 * renderer/print/outline.ts).
 *
 * Chromium's own file gets them as an incremental update appended to it (skia-pdf.ts): a new catalog,
 * Info dictionary and outline, nothing else parsed or written again. Any other PDF (no classic table, an
 * earlier update) is parsed and re-saved whole by pdf-lib, with object streams.
 */
import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';
import type { OutlineEntry, PrintManifest } from '../../shared/print';
import { ExportError } from './errors';
import { appendUpdate, pageRefs, readSkiaPdf, resolve, skiaDestinations, type SkiaPdf } from './skia-pdf';

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
  const skia = readSkiaPdf(pdf);
  const order = skia && pageRefs(skia);
  if (skia && order) return pagesOf(skiaDestinations(skia), order);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...(opts.noYield ? { parseSpeed: Infinity } : {}) });
  return pagesOf(
    namedDestinations(doc),
    doc.getPages().map((p) => p.ref),
  );
}

function pagesOf(dests: Map<string, PDFArray>, pages: PDFRef[]): Record<string, number> {
  const index = new Map(pages.map((ref, i) => [ref, i + 1]));
  const out: Record<string, number> = {};
  for (const [name, dest] of dests) {
    const page = index.get(dest.get(0) as PDFRef);
    if (page) out[name] = page;
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
function addItems(ctx: PDFContext, entries: OutlineEntry[], parent: PDFRef, dests: Map<string, PDFArray>): Built | null {
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
    const kids = e.children ? addItems(ctx, e.children, refs[i] as PDFRef, dests) : null;
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
  return linkOutline(doc.context, doc.catalog, namedDestinations(doc), entries);
}

function linkOutline(ctx: PDFContext, catalog: PDFDict, dests: Map<string, PDFArray>, entries: OutlineEntry[]): number {
  const rootRef = ctx.nextRef();
  const built = addItems(ctx, entries, rootRef, dests);
  if (!built) return 0;
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: built.first, Last: built.last, Count: built.count }));
  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
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

function checkPages(pages: number, expected: number | null | undefined): void {
  if (expected && pages !== expected) throw new ExportError(`版面出错：应为 ${expected} 页，实际生成 ${pages} 页（某页内容溢出）`);
}

/** The Info dictionary's entries, as pdf-lib's setters write them. */
function info(ctx: PDFContext, manifest: PrintManifest, now: Date): PDFDict {
  const text = (s: string) => PDFHexString.fromText(s);
  return ctx.obj({
    Title: text(manifest.title),
    Author: text(manifest.author),
    Subject: text(manifest.subject),
    Keywords: text(manifest.keywords.join(' ')),
    Creator: text(PRODUCER),
    Producer: text(`${PRODUCER}（Chromium + pdf-lib）`),
    CreationDate: PDFString.fromDate(now),
    ModDate: PDFString.fromDate(now),
  });
}

/** Chromium's file with an update appended: the catalog gains language, title display and outline. */
function appendFinish(skia: SkiaPdf, manifest: PrintManifest, opts: FinishOptions): Uint8Array | null {
  const pagesRoot = resolve(skia, skia.catalog.get(PDFName.of('Pages')));
  const count = pagesRoot instanceof PDFDict ? pagesRoot.get(PDFName.of('Count')) : undefined;
  if (!(count instanceof PDFNumber)) return null;
  checkPages(count.asNumber(), opts.expectedPages);
  const ctx = skia.context;
  const catalog = skia.catalog;
  const prefs = resolve(skia, catalog.get(PDFName.of('ViewerPreferences')));
  const viewer = prefs instanceof PDFDict ? prefs.clone(ctx) : ctx.obj({});
  viewer.set(PDFName.of('DisplayDocTitle'), ctx.obj(true));
  catalog.set(PDFName.of('ViewerPreferences'), viewer);
  catalog.set(PDFName.of('Lang'), PDFString.of('zh-CN'));
  linkOutline(ctx, catalog, skiaDestinations(skia), manifest.outline);
  ctx.assign(skia.root, catalog);
  const infoRef = ctx.register(info(ctx, manifest, opts.now ?? new Date()));
  return appendUpdate(skia, { info: infoRef });
}

export async function finishPdf(pdf: Uint8Array, manifest: PrintManifest, opts: FinishOptions = {}): Promise<Uint8Array> {
  const skia = readSkiaPdf(pdf);
  const appended = skia && appendFinish(skia, manifest, opts);
  if (appended) return appended;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...(opts.noYield ? { parseSpeed: Infinity } : {}) });
  checkPages(doc.getPageCount(), opts.expectedPages);
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
