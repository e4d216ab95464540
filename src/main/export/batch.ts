/**
 * One batch of the export dialog (API export.files), written into one folder: each item in turn under its
 * own safe name (shared/exports.ts exportFileName: a title with '/' never makes a path). A file that fails is
 * reported with its reason and leaves nothing (each writer goes through a temporary file); the others are
 * still written. How a PDF is printed is the caller's: the desktop app's print window (export/electron.ts)
 * or headless Chromium (`headlessExporter`, for the web bridge's --export-dir and tests).
 *
 * Each PDF is its own export: the headless batch (several layouts in one browser, `cli export-pdf --layout
 * a,b,c`) can take over the PDFs here once it is on main.
 */
import { join } from 'node:path';
import { exportFileName, isPdfItem, takesIssue, type ExportBatch, type ExportedFile, type ExportRequest } from '../../shared/exports';
import type { PrintOptions } from '../../shared/print';
import type { Report } from '../../shared/types';
import type { Exporter } from '../api/context';
import { exportPdf } from '../pdf/export';
import type { Store } from '../store';
import { exportOffice } from './run';

export type PdfWriter = (path: string, opts: PrintOptions) => Promise<void>;

/** Where the office files read: an open store (the app's, left open) or how to open one (closed after). */
export type StoreSource = { store: Store } | { openStore: () => Store };

export async function writeBatch(
  req: ExportRequest,
  report: Report,
  dir: string,
  pdf: PdfWriter,
  source: StoreSource,
): Promise<ExportBatch> {
  const files: ExportedFile[] = [];
  for (const item of req.items) {
    const path = join(dir, exportFileName(report.title, item));
    try {
      if (isPdfItem(item))
        await pdf(path, {
          layout: item,
          internal: req.internal,
          reportId: req.reportId,
          ...(takesIssue(item) ? { issue: req.issue } : {}),
        });
      else
        await exportOffice({
          format: item === 'pptx' ? 'pptx' : 'docx',
          out: path,
          ...source,
          report: req.reportId,
          docx: { layout: item === 'docx-gongwen' ? 'brief-gongwen' : 'brief', issue: req.issue },
        });
      files.push({ item, path, error: null });
    } catch (e) {
      files.push({ item, path: null, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { dir, files };
}

/**
 * Batches written by headless Chromium into a fixed folder (no dialog): the web bridge's `--export-dir`.
 * Each export opens the store read-only on its own (`openStore`), as the CLI does.
 */
export function headlessExporter(o: { dir: string; openStore: () => Store; rendererDir: string; chromium?: string }): Exporter {
  const pdf: PdfWriter = async (path, opts) => {
    await exportPdf({
      layout: opts.layout,
      out: path,
      openStore: o.openStore,
      rendererDir: o.rendererDir,
      internal: opts.internal,
      issue: opts.issue,
      report: String(opts.reportId),
      chromium: o.chromium,
    });
  };
  return (req, report) => writeBatch(req, report, o.dir, pdf, { openStore: o.openStore });
}
