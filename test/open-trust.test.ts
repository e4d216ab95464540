/**
 * Issue 22, items 4, 5 and 7: open errors read by SQLite's code (a locked or unwritable store is never moved
 * aside), hostile .briefing schemas refused before use, and an empty SQLite file stamped by another
 * program not taken over. Real files, real locks; the read-only folder uses chattr (root ignores modes).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing } from '../src/main/files/briefing';
import { openStore, StoreError } from '../src/main/store';
import { openOrSetAside } from '../src/main/store/recover';
import { fileHash, SEED, tempDir } from './helpers';

let seeded: ReturnType<typeof tempDir>;
let template: string;
beforeAll(() => {
  seeded = tempDir();
  template = join(seeded.dir, 'template.sqlite');
  openStore(template, { seedBundles: SEED, dailyBackup: false }).close();
});
afterAll(() => seeded.cleanup());

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const copyOf = (name: string) => {
  const path = join(t.dir, name);
  copyFileSync(template, path);
  return path;
};

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as StoreError).code;
  }
  return undefined;
}

const chattrWorks = (() => {
  try {
    const d = tempDir();
    execFileSync('chattr', ['+i', d.dir], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', d.dir], { stdio: 'ignore' });
    d.cleanup();
    return true;
  } catch {
    return false;
  }
})();

describe('open errors are read from SQLite’s code', () => {
  it('a store another connection holds locked is "in use", and stays where it is', () => {
    const path = copyOf('briefing.sqlite');
    const other = new Database(path);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec("BEGIN EXCLUSIVE; INSERT INTO meta (key, value) VALUES ('held', '1')");
    try {
      const started = Date.now();
      const r = openOrSetAside(path, { seedBundles: SEED, dailyBackup: false, busyTimeoutMs: 300 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250); // it waited for the lock first
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.refusal.code).toBe('IN_USE');
      expect(r.refusal.message).toMatch(/正被另一个程序使用/);
      expect(r.refusal.keptAs).toBeUndefined();
      expect(existsSync(path)).toBe(true);
      expect(readdirSync(t.dir).filter((n) => n.includes('unreadable'))).toEqual([]);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    const s = openStore(path, { dailyBackup: false });
    expect(s.db.prepare("SELECT value FROM meta WHERE key = 'held'").get()).toEqual({ value: '1' });
    s.close();
  });

  it('a -shm that cannot be written (here: a folder in its place) is a permissions problem naming the file', () => {
    const path = copyOf('briefing.sqlite');
    mkdirSync(`${path}-shm`);
    const hash = fileHash(path);
    const r = openOrSetAside(path, { dailyBackup: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.code).toBe('NO_ACCESS');
    expect(r.refusal.message).toContain(path);
    expect(r.refusal.message).toMatch(/没有权限/);
    expect(r.refusal.keptAs).toBeUndefined();
    rmdirSync(`${path}-shm`);
    expect(fileHash(path)).toBe(hash);
  });

  it.skipIf(!chattrWorks)('a store in a folder that cannot be written is reported as such, not as "not a store"', () => {
    const dir = join(t.dir, 'locked-folder');
    mkdirSync(dir);
    copyFileSync(template, join(dir, 'briefing.sqlite'));
    const path = join(dir, 'briefing.sqlite');
    execFileSync('chattr', ['+i', dir]);
    try {
      expect(codeOf(() => openStore(path, { dailyBackup: false }))).toBe('NO_ACCESS');
      const r = openOrSetAside(path, { dailyBackup: false });
      expect(!r.ok && r.refusal.code).toBe('NO_ACCESS');
      expect(!r.ok && r.refusal.message).toContain(dir);
    } finally {
      execFileSync('chattr', ['-i', dir]);
    }
    expect(readdirSync(dir)).toEqual(['briefing.sqlite']);
  });

  it('a file that is not SQLite is still moved aside as unusable', () => {
    const path = join(t.dir, 'briefing.sqlite');
    writeFileSync(path, '这不是数据库。'.repeat(300));
    const r = openOrSetAside(path, { dailyBackup: false });
    expect(!r.ok && r.refusal.code).toBe('NOT_A_BRIEFING');
    expect(!r.ok && r.refusal.keptAs).toBeTruthy();
  });

  it('an empty SQLite file that another program stamped with a user_version is refused, not taken over', () => {
    const path = join(t.dir, 'stamped.sqlite');
    const raw = new Database(path);
    raw.pragma('user_version = 7');
    raw.close();
    const hash = fileHash(path);
    expect(() => openStore(path, { seedBundles: SEED, dailyBackup: false })).toThrow(/user_version 7/);
    expect(fileHash(path)).toBe(hash);
  });
});

describe('a .briefing file’s schema is not trusted', () => {
  function tamper(sql: string): string {
    const path = copyOf('hostile.briefing');
    const raw = new Database(path);
    raw.exec(sql);
    raw.close();
    return path;
  }

  it('refuses a file with a trigger that forges stored values, naming the trigger, and changes nothing', () => {
    const path = tamper(`CREATE TRIGGER forge AFTER UPDATE OF value ON figures BEGIN
      UPDATE figures SET value = 6.66 WHERE id = new.id; END;`);
    const hash = fileHash(path);
    let err: unknown;
    try {
      openBriefing(path);
    } catch (e) {
      err = e;
    }
    expect((err as StoreError).code).toBe('FOREIGN_SCHEMA');
    expect((err as Error).message).toMatch(/触发器 forge/);
    expect(fileHash(path)).toBe(hash);
    expect(codeOf(() => openBriefing(path, { readOnly: true }))).toBe('FOREIGN_SCHEMA');
  });

  it('refuses a recursive view at once instead of hanging on it', () => {
    const path = tamper(`CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c;`);
    const started = Date.now();
    expect(() => openBriefing(path)).toThrow(/视图 endless/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses extra tables and indexes, naming each', () => {
    const path = tamper(`CREATE TABLE extra_notes (x TEXT); CREATE INDEX figures_label ON figures(label);`);
    expect(() => openBriefing(path)).toThrow(/表 extra_notes.*索引 figures_label|索引 figures_label.*表 extra_notes/);
  });

  it('opens the untouched file, with trusted_schema off and defensive mode on', () => {
    const path = copyOf('plain.briefing');
    const s = openBriefing(path);
    expect(s.db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(() => s.db.pragma('writable_schema = ON')).not.toThrow();
    // Defensive mode: even with writable_schema asked for, the schema table cannot be written.
    expect(() => s.db.exec("UPDATE sqlite_schema SET sql = sql WHERE name = 'meta'")).toThrow();
    s.close();
  });
});
