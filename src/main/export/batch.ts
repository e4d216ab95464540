/**
 * One batch of the export dialog (API export.files), written into one folder: each item in turn under its
 * own safe name (shared/exports.ts exportFileName: a title with '/' never makes a path). A file that fails is
 * reported with its reason and leaves nothing (each writer goes through a temporary file); the others are
 * still written. How a PDF is printed is the caller's: the desktop app's print window (export/electron.ts)
 * or headless Chromium (`headlessExporter`, for the web bridge's --export-dir and tests).
 *
 * The PDFs of a batch are printed together, first (one browser and one store open, pdf/export.ts exportPdfs;
 * in the app every print window at once, pdf/electron.ts exportPdfsFromApp): all of them are written or, if
 * one fails, none, each PDF item then reported with that reason. The office files follow one by one.
 */
import { join } from 'node:path';
import { exportFileName, isPdfItem, takesIssue, type ExportBatch, type ExportedFile, type ExportRequest } from '../../shared/exports';
import type { PrintOptions } from '../../shared/print';
import type { Report } from '../../shared/types';
import type { Exporter } from '../api/context';
import { exportPdfs } from '../pdf/export';
import type { Store } from '../store';
import { exportOffice } from './run';

/** One PDF of a batch: where it goes and what is printed. */
export interface PdfItem {
  path: string;
  opts: PrintOptions;
}
/** Prints every PDF of a batch, all or none. */
export type PdfWriter = (items: readonly PdfItem[]) => Promise<void>;

/** Where the office files read: an open store (the app's, left open) or how to open one (closed after). */
export type StoreSource = { store: Store } | { openStore: () => Store };

export async function writeBatch(
  req: ExportRequest,
  report: Report,
  dir: string,
  pdf: PdfWriter,
  source: StoreSource,
): Promise<ExportBatch> {
  const done = new Map<ExportRequest['items'][number], ExportedFile>();
  const pdfs = req.items.filter(isPdfItem).map((item) => ({
    item,
    path: join(dir, exportFileName(report.title, item)),
    opts: { layout: item, internal: req.internal, reportId: req.reportId, ...(takesIssue(item) ? { issue: req.issue } : {}) },
  }));
  if (pdfs.length > 0) {
    try {
      await pdf(pdfs);
      for (const p of pdfs) done.set(p.item, { item: p.item, path: p.path, error: null });
    } catch (e) {
      for (const p of pdfs) done.set(p.item, { item: p.item, path: null, error: message(e) });
    }
  }
  for (const item of req.items) {
    if (isPdfItem(item)) continue;
    const path = join(dir, exportFileName(report.title, item));
    try {
      await exportOffice({
        format: item === 'pptx' ? 'pptx' : 'docx',
        out: path,
        ...source,
        report: req.reportId,
        docx: { layout: item === 'docx-gongwen' ? 'brief-gongwen' : 'brief', issue: req.issue },
      });
      done.set(item, { item, path, error: null });
    } catch (e) {
      done.set(item, { item, path: null, error: message(e) });
    }
  }
  const files = req.items.map((item) => done.get(item) as ExportedFile);
  return { dir, files };
}

/**
 * Batches written by headless Chromium into a fixed folder (no dialog): the web bridge's `--export-dir`.
 * Each export opens the store read-only on its own (`openStore`), as the CLI does.
 */
export function headlessExporter(o: { dir: string; openStore: () => Store; rendererDir: string; chromium?: string }): Exporter {
  const pdf: PdfWriter = async (items) => {
    const first = items[0]?.opts;
    await exportPdfs({
      jobs: items.map((i) => ({ layout: i.opts.layout, out: i.path })),
      openStore: o.openStore,
      rendererDir: o.rendererDir,
      internal: first?.internal,
      issue: items.find((i) => i.opts.issue !== undefined)?.opts.issue,
      report: String(first?.reportId),
      chromium: o.chromium,
    });
  };
  return (req, report) => writeBatch(req, report, o.dir, pdf, { openStore: o.openStore });
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
