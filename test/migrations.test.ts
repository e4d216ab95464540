import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, userVersion } from '../src/main/store/db';
import { MIGRATIONS, type Migration } from '../src/main/store/migrations';
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
    expect(tables(db)).toEqual(
      ['decks', 'figure_sources', 'figures', 'meta', 'reports', 'sections', 'slide_figures', 'slides'].sort(),
    );
    db.close();
  });

  it('a failing step rolls back whole: the previous schema and data stay, and the step reruns next time', () => {
    const path = join(t.dir, 'fail.sqlite');
    const db = openDatabase(path);
    db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
    const before = contentHash(db);
    db.close();

    let ran = 0;
    const broken: Migration = {
      version: 20,
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
    expect(userVersion(after)).toBe(10);
    expect(tables(after)).not.toContain('half');
    expect(contentHash(after)).toBe(before);
    after.close();

    const fixed: Migration = { ...broken, up: (d) => (ran++, d.exec('CREATE TABLE half (x)')) };
    const db2 = openDatabase(path, { migrations: [...MIGRATIONS, fixed] });
    expect(ran).toBe(2);
    expect(userVersion(db2)).toBe(20);
    expect(tables(db2)).toContain('half');
    db2.close();
  });
});
