/**
 * File → 导出 → PowerPoint… / Word… in the desktop app: ask where to save, then build the file in the main
 * process from the open store (no window needed), the report the app shows. Thin: the work is run.ts.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { Store } from '../store';
import { getReport } from '../store/reports';
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
