/**
 * What the export dialog offers and how a batch of exports is named: every print layout as PDF, the deck
 * as PowerPoint, the 简报 as Word (plain or 公文). Pure: the renderer's dialog, the API's schema and the
 * main process's exporter read the same list.
 */
import { MAX_ISSUE, PRINT_LAYOUTS, type PrintLayout } from './print';

/** The window event that opens the export dialog (the desktop menu's 文件 → 导出… dispatches it). */
export const OPEN_EXPORT_DIALOG = 'briefing:export';
/** The window event that opens the same dialog to print one layout (the desktop menu's 文件 → 打印…). */
export const OPEN_PRINT_DIALOG = 'briefing:print';

export const OFFICE_ITEMS = ['pptx', 'docx', 'docx-gongwen'] as const;
export const EXPORT_ITEMS = [...PRINT_LAYOUTS, ...OFFICE_ITEMS] as const;
export type ExportItem = (typeof EXPORT_ITEMS)[number];

export const isPdfItem = (item: ExportItem): item is PrintLayout => (PRINT_LAYOUTS as readonly string[]).includes(item);

/** Items set as a 公文, whose masthead carries a 期号. */
export const takesIssue = (item: ExportItem): boolean => item === 'brief-gongwen' || item === 'docx-gongwen';

export const extensionOf = (item: ExportItem): 'pdf' | 'pptx' | 'docx' => (isPdfItem(item) ? 'pdf' : item === 'pptx' ? 'pptx' : 'docx');

/** The request of one batch: which files, for which report, with which 期号 and marking. */
export interface ExportRequest {
  reportId: number;
  items: ExportItem[];
  /** 期号 of the 公文 masthead: 1…MAX_ISSUE. */
  issue: number;
  /** Mark the PDFs 内部资料. */
  internal: boolean;
}

/** Print one layout through the system's print dialog (the dialog's print mode): which report, layout, 期号, marking. */
export interface PrintRequest {
  reportId: number;
  layout: PrintLayout;
  /** 期号 of the 公文 masthead: 1…MAX_ISSUE (used by brief-gongwen only). */
  issue: number;
  internal: boolean;
}

/** A print's answer: false when the user cancelled the system's print dialog. */
export interface PrintDone {
  printed: boolean;
}

/** One file of a batch: where it was written, or why not. */
export interface ExportedFile {
  item: ExportItem;
  path: string | null;
  error: string | null;
}

/** A batch's answer: the folder chosen (null: the user cancelled; nothing written) and each file. */
export interface ExportBatch {
  dir: string | null;
  files: ExportedFile[];
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The file name of one item: the report's title made safe (a '/' or any character Windows refuses becomes a
 * space: never a path), the item and its extension. "重庆/2015：简报" → "重庆 2015 简报-brief-gongwen.pdf".
 */
export function exportFileName(title: string, item: ExportItem): string {
  const stem =
    title
      .replace(UNSAFE_IN_FILE_NAME, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+/, '')
      .slice(0, 80)
      .trim() || 'briefing';
  return `${stem}-${item}.${extensionOf(item)}`;
}

/** 期号 typed in the dialog: a whole number 1…MAX_ISSUE, else null. */
export function issueFrom(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_ISSUE ? n : null;
}
