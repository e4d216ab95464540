/**
 * Issue 22, items 4, 5 and 7: open errors read by SQLite's code (a locked or unwritable store is never moved
 * aside), hostile .briefing schemas refused before use, and an empty SQLite file stamped by another
 * program not taken over. Real files, real locks; the read-only folder uses chattr (root ignores modes).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing } from '../src/main/files/briefing';
import { openStore, StoreError } from '../src/main/store';
import { classifyOpenError } from '../src/main/store/open-errors';
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

describe('classifyOpenError: SQLite’s code, extended codes included', () => {
  const path = '/data/briefing.sqlite';
  const err = (code: unknown) => Object.assign(new Error(`sqlite says ${String(code)}`), { code });
  const cases: [string, string | undefined][] = [
    ['SQLITE_NOTADB', 'NOT_A_BRIEFING'],
    ['SQLITE_CORRUPT', 'DAMAGED'],
    ['SQLITE_CORRUPT_INDEX', 'DAMAGED'],
    ['SQLITE_BUSY', 'IN_USE'],
    ['SQLITE_BUSY_RECOVERY', 'IN_USE'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'IN_USE'],
    ['SQLITE_CANTOPEN_ISDIR', 'NO_ACCESS'],
    ['SQLITE_READONLY_DBMOVED', 'NO_ACCESS'],
    ['SQLITE_PERM', 'NO_ACCESS'],
    ['SQLITE_AUTH', 'NO_ACCESS'],
    // Says nothing about the file: left for the caller.
    ['SQLITE_FULL', undefined],
    ['SQLITE_IOERR_WRITE', undefined],
    ['SQLITE_PERMX', undefined],
    ['ENOENT', undefined],
  ];
  it.each(cases)('%s → %s', (code, want) => {
    const got = classifyOpenError(err(code), path);
    expect(got?.code).toBe(want);
    if (got) expect(got.message).toContain(path);
  });

  it('an error without a string code, or no error object at all, is not classified', () => {
    for (const e of [err(5), new Error('x'), null, undefined, 'SQLITE_BUSY']) expect(classifyOpenError(e, path)).toBeUndefined();
  });

  it('says what each means and what to do, with SQLite’s own words', () => {
    expect(classifyOpenError(err('SQLITE_NOTADB'), path)!.message).toMatch(/不是 SQLite 数据库（sqlite says SQLITE_NOTADB）/);
    expect(classifyOpenError(err('SQLITE_CORRUPT'), path)!.message).toBe(`数据库文件 ${path} 已损坏（sqlite says SQLITE_CORRUPT）`);
    expect(classifyOpenError(err('SQLITE_BUSY'), path)!.message).toMatch(/正被另一个程序使用.*文件未作任何改动/);
    const access = classifyOpenError(err('SQLITE_PERM'), path)!.message;
    for (const part of ['没有权限', '/data', 'briefing.sqlite-wal', 'briefing.sqlite-shm', 'sudo', '文件未作任何改动'])
      expect(access).toContain(part);
  });
});

describe('openOrSetAside: an unusable file moved aside byte for byte', () => {
  const NOW = new Date('2026-03-04T05:06:07.089Z');

  it('a good store opens', () => {
    const r = openOrSetAside(copyOf('good.sqlite'), { dailyBackup: false });
    expect(r.ok).toBe(true);
    if (r.ok) r.store.close();
  });

  it('a file that is not SQLite goes aside under a dated name, and the message says where', () => {
    const path = join(t.dir, 'briefing.sqlite');
    writeFileSync(path, '这不是数据库。'.repeat(300));
    const hash = fileHash(path);
    const r = openOrSetAside(path, { dailyBackup: false }, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const keptAs = `${path}.unreadable-20260304T050607089Z`;
    expect(r.refusal).toMatchObject({ code: 'NOT_A_BRIEFING', keptAs, backups: [] });
    expect(r.refusal.message).toMatch(/不是有效的简报台数据库/);
    expect(r.refusal.message).toContain(`。原文件已原样保存为 ${keptAs}`);
    expect(existsSync(path)).toBe(false);
    expect(fileHash(keptAs)).toBe(hash);
  });

  it('an emptied store goes aside with its -wal and -shm, which may hold the last committed changes', () => {
    const path = join(t.dir, 'briefing.sqlite');
    writeFileSync(path, '');
    writeFileSync(`${path}-wal`, 'wal bytes');
    writeFileSync(`${path}-shm`, 'shm bytes');
    const r = openOrSetAside(path, { dailyBackup: false }, NOW);
    const keptAs = `${path}.unreadable-20260304T050607089Z`;
    expect(!r.ok && r.refusal).toMatchObject({ code: 'DAMAGED', keptAs });
    expect(readFileSync(`${keptAs}-wal`, 'utf8')).toBe('wal bytes');
    expect(readFileSync(`${keptAs}-shm`, 'utf8')).toBe('shm bytes');
    expect(readdirSync(t.dir).sort()).toEqual([keptAs, `${keptAs}-shm`, `${keptAs}-wal`].map((p) => p.slice(t.dir.length + 1)).sort());
  });

  it('a damaged (emptied) store and one with a foreign schema are unusable too; a newer version’s store stays put', () => {
    const empty = join(t.dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const d = openOrSetAside(empty, { dailyBackup: false }, NOW);
    expect(!d.ok && d.refusal.code).toBe('DAMAGED');
    expect(!d.ok && d.refusal.keptAs).toBe(`${empty}.unreadable-20260304T050607089Z`);

    const foreign = copyOf('foreign.sqlite');
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE extra_notes (x TEXT)');
    raw.close();
    const f = openOrSetAside(foreign, { dailyBackup: false }, NOW);
    expect(!f.ok && f.refusal.code).toBe('FOREIGN_SCHEMA');
    expect(!f.ok && f.refusal.keptAs).toBeTruthy();

    const newer = copyOf('newer.sqlite');
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const r = openOrSetAside(newer, { dailyBackup: false }, NOW);
    expect(!r.ok && r.refusal.code).toBe('NEWER_VERSION');
    expect(!r.ok && r.refusal.keptAs).toBeUndefined();
    expect(existsSync(newer)).toBe(true);
  });

  it('an error that is not about the store (a bundled report folder that is missing) is thrown, not reported as a refusal', () => {
    const path = join(t.dir, 'new.sqlite');
    expect(() => openOrSetAside(path, { dailyBackup: false, seedBundles: [join(t.dir, 'no-such-report')] })).toThrow();
    expect(readdirSync(t.dir).filter((n) => n.includes('unreadable'))).toEqual([]);
  });
});

describe('which SQLite files are ours', () => {
  it('a plain SQLite file of another program (tables, no application_id) is refused as another program’s, untouched', () => {
    const path = join(t.dir, 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const hash = fileHash(path);
    let err: StoreError | undefined;
    try {
      openStore(path, { seedBundles: SEED, dailyBackup: false });
    } catch (e) {
      err = e as StoreError;
    }
    expect(err?.code).toBe('NOT_A_BRIEFING');
    expect(err?.message).toMatch(/是其他程序的 SQLite 数据库（application_id 0）/);
    expect(fileHash(path)).toBe(hash);
  });

  it('an empty file stamped with another application_id is another program’s, not an empty store', () => {
    const path = join(t.dir, 'stamped-id.sqlite');
    const raw = new Database(path);
    raw.pragma('application_id = 7');
    raw.close();
    expect(() => openStore(path, { dailyBackup: false })).toThrow(/其他程序的 SQLite 数据库（application_id 7）/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(0);
    again.close();
  });

  it('the empty file stamped with a user_version is refused as not ours, with its code', () => {
    const path = join(t.dir, 'stamped.sqlite');
    const raw = new Database(path);
    raw.pragma('user_version = 7');
    raw.close();
    expect(codeOf(() => openStore(path, { dailyBackup: false }))).toBe('NOT_A_BRIEFING');
  });
});
