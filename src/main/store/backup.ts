/**
 * Backups of the store, made with SQLite itself (VACUUM INTO: a consistent snapshot that includes what is
 * still in the WAL, unlike a file copy). Taken before every migration, import and report deletion and once per day of use;
 * the newest ten are kept next to the store, in a folder of their own per document: backups/<file name>/
 * (backups/汇报.briefing/, backups/briefing.sqlite/). Documents that share a folder share no backups: one
 * document's daily backup never stands for another's, and Restore offers a document only its own.
 * The app's own store also finds the backups that earlier versions kept loose in backups/ (the user-data
 * folder holds no other store).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DB } from './db';
import { StoreError } from './errors';

export const KEEP_BACKUPS = 10;
const NAME = /^briefing-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

export interface BackupInfo {
  file: string;
  at: string;
  reason: string;
  bytes: number;
}

export const backupsDir = (storePath: string) => join(dirname(storePath), 'backups', basename(storePath));

/** The app's own store in the user-data folder (data-dir.ts). */
const OWN_STORE = 'briefing.sqlite';
/** Where earlier versions kept every store's backups; read (never written) for the app's own store only. */
const legacyDir = (storePath: string) => (basename(storePath) === OWN_STORE ? join(dirname(storePath), 'backups') : undefined);

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');

/** Snapshot the open database; returns the new backup. Old backups beyond the newest ten are removed. */
export function createBackup(
  db: DB,
  storePath: string,
  reason: 'migration' | 'import' | 'daily' | 'restore' | 'manual' | 'delete',
): BackupInfo {
  const dir = backupsDir(storePath);
  mkdirSync(dir, { recursive: true });
  let at = new Date();
  let file = join(dir, `briefing-${stamp(at)}-${reason}.sqlite`);
  while (existsSync(file)) {
    at = new Date(at.getTime() + 1);
    file = join(dir, `briefing-${stamp(at)}-${reason}.sqlite`);
  }
  const tmp = `${file}.partial`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } catch (e) {
    // A failed copy (a full disk) must not leave its part behind: it would hold the space it ran out of.
    rmSync(tmp, { force: true });
    throw e;
  }
  renameSync(tmp, file);
  prune(dir);
  return { file, at: at.toISOString(), reason, bytes: statSync(file).size };
}

/** A backup of this store named by its file name only (from an API caller): never a path elsewhere. */
export function findBackup(storePath: string, name: string): string {
  if (!NAME.test(name)) throw new StoreError('BAD_EDIT', `不是本数据库的备份：${name}`);
  return join(backupsDir(storePath), name);
}

export const listBackups = (storePath: string): BackupInfo[] => {
  const legacy = legacyDir(storePath);
  return [...listIn(backupsDir(storePath)), ...(legacy ? listIn(legacy) : [])].sort((a, b) => b.at.localeCompare(a.at));
};

function listIn(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter(({ name }) => statSync(join(dir, name)).isFile())
    .filter((x): x is { name: string; m: RegExpExecArray } => !!x.m)
    .map(({ name, m }) => {
      const s = m[1];
      const at = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
      return { file: join(dir, name), at, reason: m[2], bytes: statSync(join(dir, name)).size };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

function prune(dir: string): void {
  for (const old of listIn(dir).slice(KEEP_BACKUPS)) rmSync(old.file, { force: true });
}

/** A daily backup is due when the newest backup is older than a day (or there is none). */
export function dailyBackupDue(storePath: string, now = new Date()): boolean {
  const newest = listBackups(storePath)[0];
  return !newest || now.getTime() - Date.parse(newest.at) > 24 * 3600 * 1000;
}

/**
 * Put a backup in place of the store. The caller has closed the store and snapshotted it first; the old
 * WAL and shared-memory files go with the old database so SQLite cannot replay them onto the backup.
 */
export function replaceStoreFile(storePath: string, backupFile: string): void {
  const own = dirname(backupFile) === backupsDir(storePath) || dirname(backupFile) === legacyDir(storePath);
  if (!own || !NAME.test(basename(backupFile))) throw new Error(`不是本数据库的备份：${backupFile}`);
  const tmp = `${storePath}.restoring`;
  copyFileSync(backupFile, tmp);
  for (const suffix of ['-wal', '-shm']) rmSync(storePath + suffix, { force: true });
  renameSync(tmp, storePath);
}
