/** Backups: consistent snapshots (WAL included), taken before migrations and daily, ten kept, restorable. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/main/store';
import { backupsDir, createBackup, dailyBackupDue, KEEP_BACKUPS, listBackups, replaceStoreFile } from '../src/main/store/backup';
import { openDatabase } from '../src/main/store/db';
import { updateFigure } from '../src/main/store/edits';
import { LATEST_VERSION } from '../src/main/store/migrations';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe('backups', () => {
  it('snapshot what is still in the WAL, not just the main file', () => {
    const path = join(t.dir, 's.sqlite');
    const s = openStore(path, { seedBundles: SEED, dailyBackup: false });
    s.db.pragma('wal_autocheckpoint = 0'); // keep the change in the -wal file
    updateFigure(s.db, 1, 1, { valueText: '2.46' }, '测试');
    const b = createBackup(s.db, path, 'manual');
    const copy = new Database(b.file, { readonly: true });
    expect(copy.prepare('SELECT value_text FROM figures WHERE id = 1').get()).toEqual({ value_text: '2.46' });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    s.close();
  });

  it('keep the newest ten', () => {
    const path = join(t.dir, 's.sqlite');
    const s = openStore(path, { seedBundles: SEED, dailyBackup: false });
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) createBackup(s.db, path, 'manual');
    expect(listBackups(path)).toHaveLength(KEEP_BACKUPS);
    expect(readdirSync(backupsDir(path)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    s.close();
  });

  it('are taken once a day of use', () => {
    const path = join(t.dir, 's.sqlite');
    openStore(path, { seedBundles: SEED }).close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily']);
    openStore(path, { seedBundles: SEED }).close();
    expect(listBackups(path)).toHaveLength(1);
    expect(dailyBackupDue(path, new Date(Date.now() + 25 * 3600 * 1000))).toBe(true);
  });

  it('are taken before a migration of an existing store, holding the old schema', () => {
    const path = join(t.dir, 'old.sqlite');
    openDatabase(path, { targetVersion: 10 }).close();
    openStore(path, { seedBundles: SEED, dailyBackup: false }).close();
    const [b] = listBackups(path);
    expect(b.reason).toBe('migration');
    const old = new Database(b.file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(10);
    old.close();
    const now = new Database(path, { readonly: true });
    expect(now.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    now.close();
  });

  it('restore an earlier state over the store, leaving no stale WAL behind', () => {
    const path = join(t.dir, 's.sqlite');
    let s = openStore(path, { seedBundles: SEED, dailyBackup: false });
    const good = createBackup(s.db, path, 'manual');
    const hashGood = contentHash(s.db);
    updateFigure(s.db, 1, 1, { valueText: '9.99' }, '误改');
    createBackup(s.db, path, 'restore');
    s.close();
    replaceStoreFile(path, good.file);
    s = openStore(path, { seedBundles: SEED, dailyBackup: false });
    expect(contentHash(s.db)).toBe(hashGood);
    s.close();
    expect(() => replaceStoreFile(path, join(t.dir, 'elsewhere.sqlite'))).toThrow(/不是本数据库的备份/);
  });
});

describe('backups per document (issue 22, item 6)', () => {
  it('two documents in one folder keep separate backups: a daily of one does not stand for the other, Restore offers each only its own', () => {
    const a = join(t.dir, '甲.briefing');
    const b = join(t.dir, '乙.briefing');
    const sa = openStore(a, { seedBundles: SEED, dailyBackup: false });
    const sb = openStore(b, { seedBundles: SEED, dailyBackup: false });
    const daily = createBackup(sa.db, a, 'daily');
    expect(dailyBackupDue(a)).toBe(false);
    expect(dailyBackupDue(b)).toBe(true);
    expect(listBackups(a).map((x) => x.file)).toEqual([daily.file]);
    expect(listBackups(b)).toEqual([]);
    sb.close();
    expect(() => replaceStoreFile(b, daily.file)).toThrow(/不是本数据库的备份/);
    sa.close();
    expect(backupsDir(a)).not.toBe(backupsDir(b));
  });

  it("the app's own store still finds the backups earlier versions kept loose in backups/", () => {
    const own = join(t.dir, 'briefing.sqlite');
    const s = openStore(own, { seedBundles: SEED, dailyBackup: false });
    const legacy = join(t.dir, 'backups');
    mkdirSync(legacy, { recursive: true });
    const old = join(legacy, 'briefing-20250101T000000000Z-daily.sqlite');
    s.db.prepare('VACUUM INTO ?').run(old);
    s.close();
    expect(listBackups(own).map((x) => x.file)).toEqual([old]);
    replaceStoreFile(own, old);
    expect(listBackups(join(t.dir, 'other.briefing'))).toEqual([]);
  });
});
