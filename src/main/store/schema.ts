/**
 * The exact-schema check: a store's tables, indexes, triggers and views (names and normalised SQL) must be
 * what the migrations create at the store's version, before anything else reads it. A .briefing file from
 * elsewhere could carry a trigger that rewrites a value as it is saved, or hides an edit from the history,
 * or a view that recurses forever (this SQLite build has no progress callback to stop a runaway query):
 * such a file is refused before use, with the objects that differ named. SQLite's own bookkeeping tables
 * (sqlite_sequence, sqlite_stat*) and automatic indexes are not part of the comparison.
 */
import Database from 'better-sqlite3';
import type { DB } from './db';
import { StoreError } from './errors';
import type { Migration } from './migrations';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const TYPES: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' };

const internal = (r: SchemaRow) =>
  (r.type === 'table' && (r.name === 'sqlite_sequence' || /^sqlite_stat\d$/.test(r.name))) ||
  (r.type === 'index' && r.name.startsWith('sqlite_autoindex_') && r.sql === null);

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function describe(db: DB): Map<string, string> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[];
  const out = new Map<string, string>();
  for (const r of rows) if (!internal(r)) out.set(`${r.type} ${r.name}`, `${r.tbl_name}\u0000${normalise(r.sql)}`);
  return out;
}

const expected = new WeakMap<Migration[], Map<number, Map<string, string>>>();

/** The schema the migrations build at `version`, from a scratch in-memory database (cached). */
function expectedSchema(version: number, migrations: Migration[], nativeBinding?: string): Map<string, string> {
  let byVersion = expected.get(migrations);
  if (!byVersion) expected.set(migrations, (byVersion = new Map()));
  const cached = byVersion.get(version);
  if (cached) return cached;
  const scratch = new Database(':memory:', { nativeBinding });
  try {
    for (const m of migrations) if (m.version <= version) scratch.transaction(() => m.up(scratch))();
    const schema = describe(scratch);
    byVersion.set(version, schema);
    return schema;
  } finally {
    scratch.close();
  }
}

const label = (key: string) => {
  const [type, ...name] = key.split(' ');
  return `${TYPES[type] ?? type} ${name.join(' ')}`;
};

export function checkSchema(db: DB, path: string, version: number, migrations: Migration[], nativeBinding?: string): void {
  const actual = describe(db);
  if (version === 0 && actual.size === 0) return; // a new, empty database
  const want = expectedSchema(version, migrations, nativeBinding);
  const extra = [...actual.keys()].filter((k) => !want.has(k));
  const missing = [...want.keys()].filter((k) => !actual.has(k));
  const changed = [...want.keys()].filter((k) => actual.has(k) && actual.get(k) !== want.get(k));
  if (!extra.length && !missing.length && !changed.length) return;
  const parts = [
    extra.length ? `多出 ${extra.map(label).join('、')}` : '',
    changed.length ? `被改动的 ${changed.map(label).join('、')}` : '',
    missing.length ? `缺少 ${missing.map(label).join('、')}` : '',
  ].filter(Boolean);
  throw new StoreError(
    'FOREIGN_SCHEMA',
    `${path} 的数据库结构与简报台（结构版本 ${version}）不一致：${parts.join('；').slice(0, 400)}。` +
      '它可能被其他程序改动过，其中的触发器或视图可能篡改数据，因此不予打开；文件未作任何改动。',
  );
}
