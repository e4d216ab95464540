/**
 * Opening the store the app depends on, without ever losing a byte. A file that cannot be a usable
 * store (not SQLite, another application's, damaged, emptied) is moved aside unchanged — never repaired
 * in place or overwritten — and the caller is told which backups could take its place. A store from a
 * newer version stays where it is: that version of the app can still open it; so does a store another
 * program has locked or this user may not write (open-errors.ts): the file is fine, the situation is not.
 */
import { existsSync, renameSync } from 'node:fs';
import { listBackups, type BackupInfo } from './backup';
import { StoreError } from './errors';
import { openStore, type Store, type StoreOptions } from './index';

export interface Refusal {
  code: StoreError['code'];
  message: string;
  /** Where the unusable file was moved, byte for byte; undefined when it was left in place. */
  keptAs?: string;
  /** Good backups, newest first, that could replace it. */
  backups: BackupInfo[];
}

/** Codes that mean the file itself cannot be a usable store; a lock or a permission problem is not one. */
const UNUSABLE: StoreError['code'][] = ['NOT_A_BRIEFING', 'DAMAGED', 'FOREIGN_SCHEMA'];

export type OpenResult = { ok: true; store: Store } | { ok: false; refusal: Refusal };

export function openOrSetAside(path: string, opts: StoreOptions = {}, now = new Date()): OpenResult {
  try {
    return { ok: true, store: openStore(path, opts) };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    const backups = listBackups(path);
    if (!UNUSABLE.includes(e.code)) return { ok: false, refusal: { code: e.code, message: e.message, backups } };
    const keptAs = `${path}.unreadable-${now.toISOString().replace(/[-:.]/g, '')}`;
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, keptAs + suffix);
    renameSync(path, keptAs);
    return {
      ok: false,
      refusal: { code: e.code, message: `${e.message}。原文件已原样保存为 ${keptAs}`, keptAs, backups },
    };
  }
}
