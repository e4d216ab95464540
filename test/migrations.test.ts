import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, userVersion } from '../src/main/store/db';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../src/main/store/migrations';
import { openStore } from '../src/main/store';
import { SEED } from './helpers';
import { contentHash, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered in increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('step 10 creates the schema from an empty file', () => {
    const db = openDatabase(join(t.dir, 'm.sqlite'), { targetVersion: 10 });
    expect(userVersion(db)).toBe(10);
    expect(tables(db)).toEqual(['decks', 'figure_sources', 'figures', 'meta', 'reports', 'sections', 'slide_figures', 'slides'].sort());
    db.close();
  });

  it('step 20 keeps the data of a version-10 store and gives every figure version 1 and an empty history', () => {
    const path = join(t.dir, 'v10.sqlite');
    // A store as version 10 of the app left it: seeded, with the figures the user relies on.
    const v10 = openDatabase(path, { targetVersion: 10 });
    v10.exec(`INSERT INTO reports (key, title, organisation, published, as_of, text) VALUES ('r', 't', 'o', '2016-01-01', '2015年', '产值2.45万亿元。');
      INSERT INTO sections (report_id, key, ord, title, start, end) VALUES (1, 's', 1, 'S', 0, 10);
      INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind) VALUES (1, 1, 'f', '产值', '2.45', 2.45, '万亿元', '2015年', 'level');`);
    v10.close();
    const db = openDatabase(path);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT value_text, value, version FROM figures').get()).toEqual({ value_text: '2.45', value: 2.45, version: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM figure_edits').get()).toEqual({ n: 0 });
    expect(tables(db)).toContain('figure_relations');
    db.close();
  });

  it('step 40 gives every figure of an older store the status actual, and keeps its data', () => {
    const path = join(t.dir, 'v30.sqlite');
    const v30 = openDatabase(path, { targetVersion: 30 });
    v30.exec(`INSERT INTO reports (key, title, organisation, published, as_of, text) VALUES ('r', 't', 'o', '2016-01-01', '2015年', '产值下降4.1%。');
      INSERT INTO sections (report_id, key, ord, title, start, end) VALUES (1, 's', 1, 'S', 0, 10);
      INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind) VALUES (1, 1, 'f', '产值增速', '4.1', -4.1, '%', '2015年', 'growth');`);
    v30.close();
    const db = openDatabase(path, { targetVersion: 40 });
    expect(userVersion(db)).toBe(40);
    expect(db.prepare('SELECT value_text, value, status FROM figures').get()).toEqual({ value_text: '4.1', value: -4.1, status: 'actual' });
    db.close();
  });

  it('a store seeded at the latest version carries the bundled relations', () => {
    const s = openStore(join(t.dir, 'rel.sqlite'), { seedBundles: SEED });
    expect((s.db.prepare('SELECT count(*) AS n FROM figure_relations').get() as { n: number }).n).toBeGreaterThan(0);
    s.close();
  });

  it('a failing step rolls back whole: the previous schema and data stay, and the step reruns next time', () => {
    const path = join(t.dir, 'fail.sqlite');
    const db = openDatabase(path);
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    const before = contentHash(db);
    db.close();

    let ran = 0;
    const broken: Migration = {
      version: LATEST_VERSION + 10,
      name: 'adds a table, then fails half way',
      up(d) {
        ran++;
        d.exec('CREATE TABLE half (x)');
        d.exec("UPDATE meta SET value = 'changed'");
        throw new Error('disk went away');
      },
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS, broken] })).toThrow(/disk went away/);
    const after = new Database(path, { readonly: true });
    expect(userVersion(after)).toBe(LATEST_VERSION);
    expect(tables(after)).not.toContain('half');
    expect(contentHash(after)).toBe(before);
    after.close();

    const fixed: Migration = { ...broken, up: (d) => (ran++, d.exec('CREATE TABLE half (x)')) };
    const db2 = openDatabase(path, { migrations: [...MIGRATIONS, fixed] });
    expect(ran).toBe(2);
    expect(userVersion(db2)).toBe(LATEST_VERSION + 10);
    expect(tables(db2)).toContain('half');
    db2.close();
  });
});

describe('the migrator', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  const older = versions[versions.length - 4];
  const next = versions[versions.length - 3];

  it('calls beforeMigrate once, before the first pending step, on an older store only', () => {
    const path = join(t.dir, 'old.sqlite');
    openDatabase(path, { targetVersion: older }).close();
    const seen: number[] = [];
    const record = (d: Database.Database) => seen.push(userVersion(d));
    // Nothing pending up to the store's own version: no call.
    openDatabase(path, { targetVersion: older, beforeMigrate: record }).close();
    expect(seen).toEqual([]);
    // Exactly the next step pending: one call, at the old version.
    openDatabase(path, { targetVersion: next, beforeMigrate: record }).close();
    expect(seen).toEqual([older]);
    openDatabase(path, { beforeMigrate: record }).close();
    expect(seen).toEqual([older, next]);
    // Up to date: no call; a brand-new file (nothing to back up): no call.
    openDatabase(path, { beforeMigrate: record }).close();
    openDatabase(join(t.dir, 'new.sqlite'), { beforeMigrate: record }).close();
    expect(seen).toEqual([older, next]);
  });

  it('refuses to run on a store newer than its steps', () => {
    const db = new Database(join(t.dir, 'newer.sqlite'));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'NEWER_VERSION' }));
    expect(userVersion(db)).toBe(LATEST_VERSION + 1);
    db.close();
  });

  describe('a step that rebuilds a referenced table', () => {
    const tablesStep: Migration = {
      version: 1,
      name: 'parents and children',
      up: (d) =>
        d.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
          CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
          INSERT INTO parent VALUES (1, 'a'), (2, 'b'); INSERT INTO child VALUES (10, 1), (11, 2);`),
    };
    /** SQLite's general procedure: new table, copy, drop the old one, rename (`keep` filters the copy). */
    const rebuild = (keep = ''): Migration => ({
      version: 2,
      name: 'rebuild parent',
      rebuildsTables: true,
      up: (d) =>
        d.exec(`CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
          INSERT INTO parent_new SELECT id, name FROM parent ${keep};
          DROP TABLE parent; ALTER TABLE parent_new RENAME TO parent;`),
    });

    it('runs with foreign keys off around it (DROP TABLE cascades nowhere), and turns them back on', () => {
      const path = join(t.dir, 'fk.sqlite');
      openDatabase(path, { migrations: [tablesStep] }).close();
      const db = openDatabase(path, { migrations: [tablesStep, rebuild()] });
      expect(userVersion(db)).toBe(2);
      expect(db.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 2 });
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    });

    it('a rebuild that leaves a reference dangling is rolled back whole, naming it', () => {
      const path = join(t.dir, 'fk-bad.sqlite');
      openDatabase(path, { migrations: [tablesStep] }).close();
      expect(() => openDatabase(path, { migrations: [tablesStep, rebuild('WHERE id = 1')] })).toThrow(
        /结构升级第 2 步后有 1 处引用失效（如 child 第 11 行 → parent），已撤销本步/,
      );
      const db = new Database(path, { readonly: true });
      expect(userVersion(db)).toBe(1);
      expect(db.prepare('SELECT count(*) AS n FROM parent').get()).toEqual({ n: 2 });
      db.close();
    });

    it('an ordinary step runs with foreign keys on: a dangling reference fails it, and it is rolled back', () => {
      const path = join(t.dir, 'fk-ordinary.sqlite');
      openDatabase(path, { migrations: [tablesStep] }).close();
      const dangling: Migration = { version: 2, name: 'adds an orphan', up: (d) => d.exec('INSERT INTO child VALUES (12, 99)') };
      expect(() => openDatabase(path, { migrations: [tablesStep, dangling] })).toThrow(/FOREIGN KEY constraint failed/);
      const db = new Database(path, { readonly: true });
      expect(userVersion(db)).toBe(1);
      db.close();
    });

    it('the refusal of a dangling rebuild is a DAMAGED store error', () => {
      const path = join(t.dir, 'fk-code.sqlite');
      openDatabase(path, { migrations: [tablesStep] }).close();
      expect(() => openDatabase(path, { migrations: [tablesStep, rebuild('WHERE id = 1')] })).toThrow(
        expect.objectContaining({ code: 'DAMAGED' }),
      );
    });

    it('leaves foreign keys as it found them on a connection that had them off', () => {
      const db = new Database(join(t.dir, 'fk-off.sqlite'));
      db.pragma('foreign_keys = OFF');
      migrate(db, [tablesStep, rebuild()]);
      expect(userVersion(db)).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(0);
      db.close();
    });
  });
});
