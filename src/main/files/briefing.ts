/**
 * .briefing files: a whole briefing store in one SQLite file with the app's application_id, so it can be
 * mailed, archived and opened on another machine. Save As writes a consistent snapshot (VACUUM INTO) to a
 * temporary file beside the target and renames it into place; New builds the new store beside the target
 * and renames it into place the same way. Both replace an existing file only after the save dialog asked
 * the user, and refuse outright to replace the briefing that is open (same file: same device and inode,
 * whatever the path says) or a file another program has open (a write-ahead log beside it): renaming over
 * a live SQLite database leaves its -wal and -shm to be replayed onto the new file, and its edits are lost.
 * Open refuses anything that is not a Briefing Desk store and never modifies or moves a file the user picked.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { DB } from '../store/db';
import { openStore, type Store, type StoreOptions } from '../store';
import { checkUserPath, PathError } from './paths';

export const BRIEFING_EXT = '.briefing';

/** The same file on disk (device and inode), whatever the two paths look like. */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** A file that may be replaced: not the open store, and not a database someone has open now. */
function checkReplaceable(path: string, openPath: string | undefined): void {
  if (!existsSync(path)) return;
  if (openPath && openPath !== ':memory:' && sameFile(path, openPath))
    throw new PathError(`${basename(path)} 就是当前打开的简报，不能用它自己覆盖它（修改已随时保存）：请另选一个文件名`);
  if (existsSync(`${path}-wal`))
    throw new PathError(`${basename(path)} 似乎正被打开（旁边有 ${basename(path)}-wal）：请先在其他窗口或程序中关闭它，或另选一个文件名`);
}

export function saveBriefingAs(db: DB, target: string): string {
  const path = checkUserPath(target, { extensions: [BRIEFING_EXT], forWriting: true });
  checkReplaceable(path, db.name);
  const tmp = `${path}.saving-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    rmSync(`${path}-shm`, { force: true }); // a stale index of a closed database must not meet the new file
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return path;
}

export function openBriefing(file: string, opts: StoreOptions = {}): Store {
  const path = checkUserPath(file, { extensions: [BRIEFING_EXT, '.sqlite'] });
  // No seeding: a briefing file is the user's document, opened as it is.
  return openStore(path, { ...opts, seedBundles: undefined });
}

/**
 * A new briefing file, seeded with the bundled report. An existing file at the path (the save dialog has
 * asked to replace it) is replaced only once the new store is complete; never the open store (`openPath`).
 */
export function newBriefing(file: string, opts: StoreOptions, openPath?: string): Store {
  const path = checkUserPath(file, { extensions: [BRIEFING_EXT], forWriting: true });
  checkReplaceable(path, openPath);
  const tmp = `${path}.creating-${process.pid}`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  try {
    openStore(tmp, { ...opts, seal: false, dailyBackup: false }).close();
    rmSync(`${path}-shm`, { force: true });
    renameSync(tmp, path);
  } catch (e) {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    throw e;
  }
  return openStore(path, opts);
}
