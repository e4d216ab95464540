/**
 * One office export, from the CLI or the app: the target opened first (a temporary file beside it, so an
 * unwritable path fails before any work; pdf/target.ts), the store read, the file built, then renamed into
 * place. On any failure the temporary file goes and the target is untouched.
 */
import { openTarget } from '../pdf/target';
import type { Store } from '../store';
import { loadExportData, resolveReportId } from './data';
import type { DocxOptions } from './docx-layouts';

export const OFFICE_FORMATS = ['pptx', 'docx'] as const;
export type OfficeFormat = (typeof OFFICE_FORMATS)[number];

export interface OfficeExportOptions {
  format: OfficeFormat;
  out: string;
  /** Report id or key; default: the first report. */
  report?: string | number;
  /** An open store (the app's), or how to open one (the CLI: default-store.ts), closed when read. */
  store?: Store;
  openStore?: () => Store;
  /** The Word brief's layout (brief, brief-gongwen) and 期号; ignored for pptx. */
  docx?: DocxOptions;
}

export interface OfficeExportResult {
  path: string;
  bytes: number;
  slides: number;
  ms: number;
}

export async function exportOffice(o: OfficeExportOptions): Promise<OfficeExportResult> {
  const started = Date.now();
  const target = openTarget(o.out);
  let opened: Store | undefined;
  try {
    const store = o.store ?? (opened = (o.openStore as () => Store)());
    const data = loadExportData(store.db, resolveReportId(store.db, o.report));
    opened?.close();
    opened = undefined;
    // Each builder loads only when asked for (pptxgenjs, docx and the canvas cost ~0.1–0.3 s to load). The
    // Word brief's charts are started first: their PNGs encode on other threads while the docx package loads.
    let bytes: Buffer;
    if (o.format === 'pptx') bytes = await (await import('./pptx')).buildPptx(data);
    else {
      (await import('./chart-png')).startCharts(data);
      bytes = await (await import('./docx')).buildDocx(data, o.docx);
    }
    await target.commit(bytes);
    return { path: target.path, bytes: bytes.length, slides: data.deck.slides.length, ms: Date.now() - started };
  } finally {
    opened?.close();
    await target.discard();
  }
}
