/**
 * Start-up with a store that may be damaged: open it, or move the bad file aside (byte for byte) and ask
 * the user whether to restore the newest backup or start from the bundled briefing. Electron's dialog is
 * the only Electron piece; the decisions live in store/recover.ts and are tested there.
 */
import { dialog } from 'electron';
import { replaceStoreFile } from './store/backup';
import { openOrSetAside } from './store/recover';
import { openStore, StoreError, type Store, type StoreOptions } from './store';

export function openStoreInteractively(path: string, opts: StoreOptions): Store {
  const first = openOrSetAside(path, opts);
  if (first.ok) return first.store;
  const { refusal } = first;
  // Left in place (a newer version's store, one locked by another program, one this user may not write):
  // nothing to restore over it, the message says what to do.
  if (!refusal.keptAs) throw new StoreError(refusal.code, refusal.message);
  const newest = refusal.backups[0];
  const buttons = newest ? ['恢复最近的备份', '从内置简报重新开始', '退出'] : ['从内置简报重新开始', '退出'];
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: '简报台',
    message: '无法打开简报数据库',
    detail: `${refusal.message}${newest ? `\n\n最近的备份：${new Date(newest.at).toLocaleString('zh-CN')}（${newest.reason}）` : ''}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const action = buttons[choice];
  if (action === '退出') throw new StoreError(refusal.code, refusal.message);
  if (action === '恢复最近的备份' && newest) replaceStoreFile(path, newest.file);
  return openStore(path, opts);
}
