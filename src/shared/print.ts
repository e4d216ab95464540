/**
 * The print route's contract, shared by the renderer's print page and the main process that turns it
 * into a PDF: the layouts, the page's query string, and the manifest the page hands back when ready.
 * Pure TypeScript.
 */
export const PRINT_LAYOUTS = ['slides', 'handout', 'handout-2', 'handout-3', 'handout-6', 'brief', 'brief-gongwen'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export const isPrintLayout = (x: unknown): x is PrintLayout => typeof x === 'string' && (PRINT_LAYOUTS as readonly string[]).includes(x);

/** Names for menus, dialogs and messages. */
export const PRINT_LAYOUT_NAMES: Record<PrintLayout, string> = {
  slides: '幻灯片（16:9，每页一张）',
  handout: '讲义（A4，附讲稿与出处）',
  'handout-2': '讲义（A4，每页两张）',
  'handout-3': '讲义（A4，每页三张，附笔记线）',
  'handout-6': '讲义（A4，每页六张）',
  brief: '简报（A4 文档，附数据表）',
  'brief-gongwen': '简报（公文版式，GB/T 9704）',
};

/** A batch's file for one layout, in the folder the batch writes to (`cli export-pdf --out-dir`). */
export const pdfFileName = (layout: PrintLayout | string): string => `${layout}.pdf`;

/** Slides per sheet of an N-up handout; null for every other layout (the one-per-page handout has notes instead). */
export function slidesPerSheet(layout: PrintLayout): 2 | 3 | 6 | null {
  return layout === 'handout-2' ? 2 : layout === 'handout-3' ? 3 : layout === 'handout-6' ? 6 : null;
}

/** The brief's layouts: a document with a contents page whose page numbers the exporter fills in (see PRINT_SET_PAGES). */
export const isBriefLayout = (layout: PrintLayout): boolean => layout === 'brief' || layout === 'brief-gongwen';

/** The largest 期号 a masthead takes. */
export const MAX_ISSUE = 9999;

/** The language of the print's own words (running heads, page numbers, contents); the report's text stays as written. */
export const PRINT_LANGS = ['zh', 'en'] as const;
export type PrintLang = (typeof PRINT_LANGS)[number];

/** The print page: /print.html?layout=brief&report=cq-2015&internal=1&lang=en (report: an id or a key). */
export const PRINT_PAGE = 'print.html';

export interface PrintOptions {
  layout: PrintLayout;
  /** Mark every page 内部资料. */
  internal: boolean;
  /** The print's chrome language; absent = Chinese. */
  lang?: PrintLang;
  /** The report to print (`report=` with digits); neither this nor reportKey: the last opened, else the first. */
  reportId?: number;
  /** The report to print by its key (`report=` with anything else). */
  reportKey?: string;
  /** 期号 of the 公文 masthead (第 N 期); absent = 1. */
  issue?: number;
}

export function printQuery(opts: PrintOptions): string {
  const q = new URLSearchParams({ layout: opts.layout });
  if (opts.reportId !== undefined) q.set('report', String(opts.reportId));
  else if (opts.reportKey !== undefined) q.set('report', opts.reportKey);
  if (opts.internal) q.set('internal', '1');
  if (opts.lang && opts.lang !== 'zh') q.set('lang', opts.lang);
  if (opts.issue !== undefined && opts.issue !== 1) q.set('issue', String(opts.issue));
  return q.toString();
}

/** The inverse of printQuery; an unknown layout is an error, never a silent default. */
export function parsePrintQuery(search: string): PrintOptions {
  const q = new URLSearchParams(search);
  const layout = q.get('layout') ?? 'slides';
  if (!isPrintLayout(layout)) throw new Error(`未知的打印版式：${layout}（可选：${PRINT_LAYOUTS.join('、')}）`);
  const lang = q.get('lang') ?? 'zh';
  if (!(PRINT_LANGS as readonly string[]).includes(lang)) throw new Error(`未知的打印语言：${lang}（可选：${PRINT_LANGS.join('、')}）`);
  const report = q.get('report')?.trim();
  const named = !report ? {} : /^\d+$/.test(report) ? { reportId: Number(report) } : { reportKey: report };
  const issue = parseIssue(q.get('issue'));
  return {
    layout,
    internal: q.get('internal') === '1',
    ...(lang === 'en' ? { lang: 'en' as const } : {}),
    ...named,
    ...(issue === 1 ? {} : { issue }),
  };
}

/** 期号 from a query or a CLI flag: a whole number 1…MAX_ISSUE; absent = 1. */
export function parseIssue(raw: string | null | undefined): number {
  if (raw === null || raw === undefined || raw.trim() === '') return 1;
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > MAX_ISSUE) throw new Error(`期号应为 1 到 ${MAX_ISSUE} 的整数：${raw}`);
  return n;
}

/** One bookmark: `dest` is the id of an element some link in the page points at (Chromium then writes a named destination for it). */
export interface OutlineEntry {
  title: string;
  dest: string;
  children?: OutlineEntry[];
}

/** What the print page reports once every font is loaded and every chart drawn. */
export interface PrintManifest {
  layout: PrintLayout;
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Pages the page expects to print when it knows (slides: one per slide); null otherwise. */
  expectedPages: number | null;
  outline: OutlineEntry[];
  /** The contents wants page numbers: print, then PRINT_SET_PAGES with each destination's page, then print again. */
  contentsPages?: boolean;
}

/**
 * The brief's contents carry page numbers, which Chromium cannot compute (no target-counter() in print):
 * the exporter prints once, reads which page each named destination landed on, hands that map to
 * window[PRINT_SET_PAGES] (which writes the numbers into space the contents reserved, so nothing
 * reflows) and prints again. Only when the manifest says `contentsPages`.
 */
export const PRINT_SET_PAGES = '__briefingSetPages';

/**
 * While <html> has this attribute the print page lays out as ever but paints nothing of its body (print.css):
 * the first print, made only to learn where each section falls, then writes no glyphs, fonts or pictures
 * (Chromium still records the named destinations). A third of the brief's export time went to painting it.
 */
export const PRINT_DRAFT_ATTR = 'data-print-draft';

/** The script an exporter runs in the print page to start (true) or end (false) the draft print. */
export const printDraftScript = (on: boolean) => `document.documentElement.toggleAttribute(${JSON.stringify(PRINT_DRAFT_ATTR)}, ${on})`;

/**
 * The window a print page is laid out in: a 16:9 slide, else an A4 sheet at 96 dpi. Print charts measure
 * their boxes in it, so the headless exporter and the app's print window must use the same.
 */
export function printWindowSize(layout: PrintLayout): { width: number; height: number } {
  return layout === 'slides' ? { width: 1280, height: 720 } : { width: 794, height: 1123 };
}

/** The page sets window[PRINT_READY] to a promise of its manifest (rejected when it cannot print). */
export const PRINT_READY = '__briefingPrint';

/**
 * window[PRINT_RELAYOUT](query): the print page lays itself out again for another layout (a query as
 * printQuery writes it) and returns the new manifest once that is ready to print, as PRINT_READY does. A
 * batch prints every layout from one page: scripts, styles, fonts and data are loaded once.
 */
export const PRINT_RELAYOUT = '__briefingRelayout';
