import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, userVersion } from '../src/main/store/db';
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
