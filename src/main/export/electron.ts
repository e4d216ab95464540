/**
 * File → 导出 → PowerPoint… / Word… in the desktop app: ask where to save, then build the file in the main
 * process from the open store (no window needed), the report the app shows. Thin: the work is run.ts.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { Store } from '../store';
import { getReport } from '../store/reports';
import type { ExportBatch, ExportRequest } from '../../shared/exports';
import type { Report } from '../../shared/types';
import { writeBatch } from './batch';
import { exportPdfsFromApp } from '../pdf/electron';
import { exportOffice, type OfficeFormat } from './run';

const KINDS: Record<OfficeFormat, { title: string; filter: string; suffix: string }> = {
  pptx: { title: '导出 PowerPoint', filter: 'PowerPoint 演示文稿', suffix: '演示' },
  docx: { title: '导出 Word 简报', filter: 'Word 文档', suffix: '简报' },
};

export async function exportOfficeFromApp(
  parent: BrowserWindow | undefined,
  format: OfficeFormat,
  store: Store,
  reportId: number | undefined,
): Promise<void> {
  const kind = KINDS[format];
  try {
    const title = reportId === undefined ? undefined : getReport(store.db, reportId)?.title;
    const name = `${(title ?? '简报').replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40)}-${kind.suffix}.${format}`;
    const save = {
      title: kind.title,
      defaultPath: join(app.getPath('documents'), name),
      filters: [{ name: kind.filter, extensions: [format] }],
    };
    const r = parent ? await dialog.showSaveDialog(parent, save) : await dialog.showSaveDialog(save);
    if (r.canceled || !r.filePath) return;
    await exportOffice({ format, out: r.filePath, store, report: reportId });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`[export] ${kind.title}:`, e);
    const t = `无法${kind.title}`;
    if (parent) void dialog.showMessageBox(parent, { type: 'error', title: t, message: t, detail: message });
    else dialog.showErrorBox(t, message);
  }
}

/**
 * The export dialog's batch (API export.files): ask for a folder once, then write each chosen file into it
 * (batch.ts): the PDFs printed together, each in its own hidden window; the office files read the app's open store.
 */
export async function exportBatchFromApp(
  parent: BrowserWindow | undefined,
  store: Store,
  req: ExportRequest,
  report: Report,
): Promise<ExportBatch> {
  const pick = {
    title: req.items.length > 1 ? `导出 ${req.items.length} 个文件到…` : '导出到…',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const r = parent ? await dialog.showOpenDialog(parent, pick) : await dialog.showOpenDialog(pick);
  const dir = r.canceled ? undefined : r.filePaths[0];
  if (!dir) return { dir: null, files: [] };
  return writeBatch(
    req,
    report,
    dir,
    async (items) => {
      await exportPdfsFromApp(items.map((i) => ({ path: i.path, options: i.opts })));
    },
    { store },
  );
}
