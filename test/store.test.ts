import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../src/main/store';
import { APPLICATION_ID, openDatabase, userVersion } from '../src/main/store/db';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../src/main/store/migrations';
import { getDeck } from '../src/main/store/decks';
import { listReports } from '../src/main/store/reports';
import { contentHash, fileHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe('opening a store', () => {
  it('creates a new file with WAL, synchronous=FULL, foreign keys, our application_id and the latest schema', () => {
    const s = openStore(join(t.dir, 'new.sqlite'), { seedBundles: SEED });
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(s.schemaVersion).toBe(LATEST_VERSION);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(s.db.pragma('foreign_key_check')).toEqual([]);
    s.close();
  });

  it('seeds the bundled report into a new store exactly once', () => {
    const path = join(t.dir, 'seed.sqlite');
    const first = openStore(path, { seedBundles: SEED });
    const reports = listReports(first.db);
    expect(reports.map((r) => r.key)).toEqual(['cq-2015']);
    expect(reports[0].figureCount).toBeGreaterThanOrEqual(60);
    const before = contentHash(first.db);
    first.close();

    const again = openStore(path, { seedBundles: SEED });
    expect(contentHash(again.db)).toBe(before);
    // A user who deletes the bundled report does not get it back on the next start.
    again.db.prepare('DELETE FROM slide_figures').run();
    again.db.prepare('DELETE FROM reports').run();
    again.close();
    const third = openStore(path, { seedBundles: SEED });
    expect(listReports(third.db)).toEqual([]);
    third.close();
  });

  it('refuses a database from a newer version with a clear message and leaves the file untouched', () => {
    const path = join(t.dir, 'newer.sqlite');
    openStore(path, { seedBundles: SEED }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.close();
    const hash = fileHash(path);
    let err: unknown;
    try {
      openStore(path, { seedBundles: SEED });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('NEWER_VERSION');
    expect((err as Error).message).toContain(`结构版本 ${LATEST_VERSION + 10}`);
    expect((err as Error).message).toContain('请升级简报台');
    expect(fileHash(path)).toBe(hash);
    // Read-only viewing refuses it as well.
    expect(() => openStore(path, { readOnly: true })).toThrow(/较新版本/);
  });

  it('refuses a SQLite file of another application without changing it', () => {
    const path = join(t.dir, 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    raw.pragma('application_id = 1234');
    raw.close();
    const hash = fileHash(path);
    expect(() => openStore(path, { seedBundles: SEED })).toThrow(/其他程序的 SQLite 数据库/);
    expect(fileHash(path)).toBe(hash);
  });

  it('refuses a file that is not SQLite at all without changing it', () => {
    const path = join(t.dir, 'notes.txt');
    writeFileSync(path, '这不是数据库。'.repeat(200));
    const hash = fileHash(path);
    expect(() => openStore(path, { seedBundles: SEED })).toThrow(/不是有效的简报台数据库|无法打开/);
    expect(fileHash(path)).toBe(hash);
  });

  it('opens an existing store read-only for viewing, and refuses writes', () => {
    const path = join(t.dir, 'ro.sqlite');
    openStore(path, { seedBundles: SEED }).close();
    const s = openStore(path, { readOnly: true });
    expect(s.readOnly).toBe(true);
    expect(listReports(s.db)).toHaveLength(1);
    expect(() => s.db.prepare('DELETE FROM reports').run()).toThrow(/readonly/);
    s.close();
  });

  it('keeps figures tied to the report by foreign keys', () => {
    const s = openStore(join(t.dir, 'fk.sqlite'), { seedBundles: SEED });
    expect(() =>
      s.db
        .prepare(
          "INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind) VALUES (999, 1, 'x', 'x', '1', 1, '', 'x', 'level')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // The tables migration 30 rebuilt are still referenced: a figure a slide shows cannot be deleted, and
    // deleting a deck still cascades to its slides and their figure links.
    const shown = s.db.prepare('SELECT figure_id AS id FROM slide_figures LIMIT 1').get() as { id: number };
    expect(() => s.db.prepare('DELETE FROM figures WHERE id = ?').run(shown.id)).toThrow(/FOREIGN KEY/);
    s.db.prepare('DELETE FROM decks').run();
    expect(s.db.prepare('SELECT (SELECT count(*) FROM slides) + (SELECT count(*) FROM slide_figures) AS n').get()).toEqual({ n: 0 });
    s.close();
  });
});

describe('a bad bundle', () => {
  it('is refused before anything is written, naming the figure', async () => {
    const { checkBundle } = await import('../src/main/store/bundle');
    const { loadBundle } = await import('../src/main/store/bundle');
    const good = loadBundle(SEED[0]);
    const raw = JSON.parse(JSON.stringify({ ...good.bundle }));
    raw.figures[3].quote = '这句话原文里没有。';
    expect(() => checkBundle(raw, good.text)).toThrow(new RegExp(raw.figures[3].key));
    const raw2 = JSON.parse(JSON.stringify({ ...good.bundle }));
    raw2.figures[0].valueText = '9.99';
    expect(() => checkBundle(raw2, good.text)).toThrow(/9\.99/);
  });

  it('is refused when a slide holds more KPI cards than an edit may leave on one, naming the slide', async () => {
    const { checkBundle, loadBundle } = await import('../src/main/store/bundle');
    const good = loadBundle(SEED[0]);
    const raw = JSON.parse(JSON.stringify({ ...good.bundle }));
    const at = raw.deck.slides.findIndex((s: { body?: { kpis?: unknown[] } }) => (s.body?.kpis?.length ?? 0) > 0);
    const kpis = raw.deck.slides[at].body.kpis;
    expect(() => checkBundle(raw, good.text)).not.toThrow();
    while (kpis.length <= 6) kpis.push({ ...kpis[0] });
    expect(() => checkBundle(raw, good.text)).toThrow(new RegExp(`deck\\.slides\\.${at}\\.body\\.kpis.*最多 6 个指标卡`));
  });
});

describe('the open path’s guards', () => {
  const refusal = (f: () => unknown): StoreError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreError);
      return e as StoreError;
    }
    throw new Error('it opened');
  };

  it('viewing a file that is not there says so, and creates nothing', () => {
    const path = join(t.dir, 'missing.sqlite');
    const e = refusal(() => openDatabase(path, { readOnly: true }));
    expect(e.code).toBe('NOT_A_BRIEFING');
    expect(e.message).toBe(`找不到简报数据库：${path}`);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('a zero-byte file is a store that lost its content: damaged, never initialised as new', () => {
    const path = join(t.dir, 'empty.sqlite');
    writeFileSync(path, '');
    const e = refusal(() => openDatabase(path));
    expect(e.code).toBe('DAMAGED');
    expect(e.message).toContain('是空的（0 字节）');
    expect(readdirSync(t.dir)).toEqual(['empty.sqlite']);
  });

  it('a store in a folder that does not exist is refused with SQLite’s reason, not created', () => {
    const path = join(t.dir, 'no-such-folder', 'b.sqlite');
    const e = refusal(() => openDatabase(path));
    expect(e.code).toBe('NOT_A_BRIEFING');
    expect(e.message).toMatch(new RegExp(`^无法打开数据库 ${path}：.+`));
  });

  it('an in-memory store never looks at a file named ":memory:" in the working folder', () => {
    // Zero bytes: were it looked at, it would be refused as a store that lost its content.
    writeFileSync(join(t.dir, ':memory:'), '');
    const cwd = process.cwd();
    process.chdir(t.dir);
    try {
      const db = openDatabase(':memory:');
      expect(userVersion(db)).toBe(LATEST_VERSION);
      db.close();
    } finally {
      process.chdir(cwd);
    }
  });

  it('viewing an older store read-only reads it as upgraded, in memory: the file is not written', () => {
    const path = join(t.dir, 'old.sqlite');
    const old = openDatabase(path, { targetVersion: 60 });
    old.exec(`INSERT INTO reports (key, title, organisation, published, as_of, text) VALUES ('r', '报告', '单位', '2016-01-01', '2015年', '产值2.45万亿元。');
      INSERT INTO decks (report_id, key, title) VALUES (1, 'd', '简报');
      INSERT INTO slides (deck_id, ord, layout, title, notes, body) VALUES (1, 1, 'title', '封面', '', '{}');`);
    old.close();
    const hash = fileHash(path);
    const s = openStore(path, { readOnly: true });
    // Columns later steps added (slides.version, hidden …) are there: the export and facts verbs can read it.
    expect(userVersion(s.db)).toBe(LATEST_VERSION);
    expect(getDeck(s.db, 1)?.slides.map((x) => [x.title, x.version, x.hidden])).toEqual([['封面', 1, false]]);
    expect(listReports(s.db).map((r) => r.key)).toEqual(['r']);
    expect(() => s.db.prepare('DELETE FROM reports').run()).toThrow(/readonly/);
    s.close();
    expect(fileHash(path)).toBe(hash);
    const raw = new Database(path, { readonly: true });
    expect(userVersion(raw)).toBe(60);
    raw.close();
    // A store at today's version is read from its file, not copied into memory.
    openStore(join(t.dir, 'now.sqlite'), { seedBundles: SEED, dailyBackup: false }).close();
    const now = openStore(join(t.dir, 'now.sqlite'), { readOnly: true });
    expect([now.db.memory, s.db.memory]).toEqual([false, true]);
    now.close();
  });

  it('viewing an older store whose upgrade fails says why and leaves the file as it was', () => {
    const path = join(t.dir, 'old-bad.sqlite');
    openDatabase(path, { targetVersion: 10 }).close();
    const hash = fileHash(path);
    const broken: Migration[] = [
      ...MIGRATIONS.filter((m) => m.version <= 10),
      {
        version: 11,
        name: 'a step that fails',
        up: () => {
          throw new Error('step 11 broke');
        },
      },
    ];
    expect(() => openDatabase(path, { readOnly: true, migrations: broken })).toThrow('step 11 broke');
    expect(fileHash(path)).toBe(hash);
  });

  it('a refused store is closed at once: no -wal or -shm is left beside it', () => {
    const path = join(t.dir, 'newer.sqlite');
    openStore(path, { dailyBackup: false }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(refusal(() => openDatabase(path)).code).toBe('NEWER_VERSION');
    expect(readdirSync(t.dir)).toEqual(['newer.sqlite']);
  });

  it('a torn page is found on open and named as damage', () => {
    const path = join(t.dir, 'torn.sqlite');
    openStore(path, { seedBundles: SEED, dailyBackup: false }).close();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 3, pageSize * 4);
    writeFileSync(path, bytes);
    const e = refusal(() => openDatabase(path));
    expect(e.code).toBe('DAMAGED');
    expect(e.message).toMatch(/已损坏/);
  });
});
