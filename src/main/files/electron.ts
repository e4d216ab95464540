/**
 * File → New, Open…, Open Recent, Save As…, Restore from backup… in the desktop app. Electron supplies
 * only the dialogs; every file operation is one of the tested functions in files/ and store/. After the
 * store changes, every window reloads so nothing shows figures from the previous briefing.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { basename } from 'node:path';
import { listBackups, replaceStoreFile } from '../store/backup';
import { createBackup } from '../store/backup';
import { openStore, replaceStore, type Store, type StoreOptions } from '../store';
import { BRIEFING_EXT, newBriefing, openBriefing, saveBriefingAs } from './briefing';
import { addRecent, readRecent } from './recent';

const FILTERS = [{ name: '简报文件', extensions: [BRIEFING_EXT.slice(1)] }];

export interface FileMenuContext {
  store: Store;
  options: StoreOptions;
  /** Rebuild the menu (Open Recent changes). */
  refreshMenu(): void;
  /** Called after the store was swapped: reset the presentation, reload windows. */
  afterSwap(): void;
}

function report(title: string, e: unknown): void {
  dialog.showErrorBox(title, e instanceof Error ? e.message : String(e));
}

function swapTo(ctx: FileMenuContext, next: Store): void {
  replaceStore(ctx.store, next);
  addRecent(app.getPath('userData'), next.path);
  ctx.refreshMenu();
  ctx.afterSwap();
  for (const w of BrowserWindow.getAllWindows()) w.webContents.reload();
}

export async function newFile(ctx: FileMenuContext): Promise<void> {
  const r = await dialog.showSaveDialog({ title: '新建简报', defaultPath: '新简报.briefing', filters: FILTERS });
  if (r.canceled || !r.filePath) return;
  try {
    swapTo(ctx, newBriefing(r.filePath, ctx.options, ctx.store.path));
  } catch (e) {
    report('无法新建简报', e);
  }
}

export async function openFile(ctx: FileMenuContext, path?: string): Promise<void> {
  let target = path;
  if (!target) {
    const r = await dialog.showOpenDialog({ title: '打开简报', properties: ['openFile'], filters: FILTERS });
    if (r.canceled || !r.filePaths[0]) return;
    target = r.filePaths[0];
  }
  try {
    swapTo(ctx, openBriefing(target, { nativeBinding: ctx.options.nativeBinding }));
  } catch (e) {
    report(`无法打开 ${basename(target)}`, e);
  }
}

export async function saveAs(ctx: FileMenuContext): Promise<void> {
  const r = await dialog.showSaveDialog({ title: '另存为', defaultPath: '简报.briefing', filters: FILTERS });
  if (r.canceled || !r.filePath) return;
  try {
    const path = saveBriefingAs(ctx.store.db, r.filePath);
    swapTo(ctx, openBriefing(path, { nativeBinding: ctx.options.nativeBinding }));
  } catch (e) {
    report('无法另存', e);
  }
}

export function recentFiles(): string[] {
  return readRecent(app.getPath('userData'));
}

export async function restoreBackup(ctx: FileMenuContext): Promise<void> {
  const backups = listBackups(ctx.store.path);
  if (!backups.length) {
    await dialog.showMessageBox({ type: 'info', message: '还没有备份', detail: '备份会在每次升级、导入之前和每天第一次使用时自动生成。' });
    return;
  }
  const shown = backups.map((b) => `${new Date(b.at).toLocaleString('zh-CN')}（${b.reason}，${Math.round(b.bytes / 1024)} KB）`);
  const { response } = await dialog.showMessageBox({
    type: 'question',
    message: '从备份恢复',
    detail: `恢复前会先备份当前数据。请选择要恢复的备份：\n${shown.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
    buttons: [...shown.slice(0, 5), '取消'],
    cancelId: Math.min(5, shown.length),
    noLink: true,
  });
  const chosen = backups[response];
  if (!chosen || response >= Math.min(5, shown.length)) return;
  try {
    const path = ctx.store.path;
    createBackup(ctx.store.db, path, 'restore');
    ctx.store.close();
    replaceStoreFile(path, chosen.file);
    swapTo(ctx, openStore(path, ctx.options));
  } catch (e) {
    report('无法恢复备份', e);
  }
}
