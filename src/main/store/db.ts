/**
 * The SQLite connection: pragmas, identity (application_id), migrations and the first-run seed.
 * One file per briefing store; WAL with synchronous=FULL so an acknowledged change survives power loss.
 *
 * A .briefing file may come from anyone, so its schema is not trusted: the connection runs with
 * trusted_schema=OFF and SQLite's defensive mode, and before any query touches the user's tables the
 * schema must be exactly what the migrations create at the file's version (schema.ts) — no extra
 * trigger that could rewrite a value, no view that could recurse forever. (This SQLite build omits
 * the progress callback, so a query cannot be interrupted: the exact check is what keeps such a view out.)
 * Errors while opening are classified by SQLite's own code (open-errors.ts): only a file SQLite
 * calls not-a-database or corrupt is reported as unusable; a locked or unreadable store is left as it is.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { StoreError } from './errors';
import { classifyOpenError } from './open-errors';
import { checkSchema } from './schema';
import { breakSeal, needsScan } from './seal';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/** 'BrfD' — marks a SQLite file as a Briefing Desk store (PRAGMA application_id). */
export const APPLICATION_ID = 0x42726644;

export interface OpenOptions {
  /**
   * Open for viewing only: no pragmas that write, no seed, the file never written. A store an older
   * version of the app wrote is upgraded in a copy in memory, so a read-only verb still reads it.
   */
  readOnly?: boolean;
  /** better-sqlite3's compiled addon, when the runtime needs its own build (Electron). */
  nativeBinding?: string;
  /** Run the migrations up to this version only (tests of a single step). */
  targetVersion?: number;
  migrations?: Migration[];
  /**
   * Trust a store sealed at its last clean close instead of scanning it (seal.ts). For the app's own
   * store in its data folder; a document the user keeps elsewhere gets no seal file beside it.
   */
  seal?: boolean;
  /** How long to wait for another connection's lock before reporting the store as in use (default 5 s). */
  busyTimeoutMs?: number;
  /** Called once before the first pending migration runs on a store that already has a schema. */
  beforeMigrate?: (db: DB) => void;
}

export type DB = Database.Database;

export function openDatabase(path: string, opts: OpenOptions = {}): DB {
  const exists = path !== ':memory:' && existsSync(path);
  if (opts.readOnly && !exists) throw new StoreError('NOT_A_BRIEFING', `找不到简报数据库：${path}`);
  // SQLite never leaves a committed store empty: a zero-byte file is a store that lost its content.
  if (exists && statSync(path).size === 0) throw new StoreError('DAMAGED', `数据库文件 ${path} 是空的（0 字节），内容已丢失`);
  let db: DB;
  try {
    db = new Database(path, {
      readonly: !!opts.readOnly,
      fileMustExist: !!opts.readOnly,
      nativeBinding: opts.nativeBinding,
      // The busy timeout is in force from the first statement: the identity check may meet a lock.
      timeout: opts.busyTimeoutMs ?? 5000,
    });
  } catch (e) {
    throw classifyOpenError(e, path) ?? new StoreError('NOT_A_BRIEFING', `无法打开数据库 ${path}：${(e as Error).message}`);
  }
  try {
    db.unsafeMode(false); // SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, no direct writes to shadow tables
    db.pragma('trusted_schema = OFF');
    const migrations = opts.migrations ?? MIGRATIONS;
    checkIdentity(db, path);
    const version = userVersion(db);
    if (version > migrations[migrations.length - 1].version) throw newerVersion(path, version);
    checkSchema(db, path, version, migrations, opts.nativeBinding);
    // A store this app closed cleanly and nothing touched since is trusted (see seal.ts); any other is scanned.
    if (exists && (!opts.seal || needsScan(path))) checkIntegrity(db, path);
    db.pragma('foreign_keys = ON');
    if (opts.readOnly && version > 0 && version < migrations[migrations.length - 1].version && opts.targetVersion === undefined) {
      const copy = upgradedCopy(db, migrations, opts.nativeBinding);
      db.close();
      return copy;
    }
    if (!opts.readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Take and release the write lock once: a store that cannot be written says so now, not at the first edit.
      db.exec('BEGIN IMMEDIATE; ROLLBACK');
      if (exists && opts.seal) breakSeal(path);
      const current = userVersion(db);
      const pending = migrations.some((m) => m.version > current && (opts.targetVersion === undefined || m.version <= opts.targetVersion));
      // (A store newer than the migrations was refused above, so pending means an older store.)
      if (pending && current > 0) opts.beforeMigrate?.(db);
      migrate(db, migrations, opts.targetVersion);
    }
    return db;
  } catch (e) {
    db.close();
    throw e instanceof StoreError ? e : (classifyOpenError(e, path) ?? e);
  }
}

/**
 * The store's content as it is now (WAL included), migrated in memory: the file stays as the older app
 * left it. The image's header says WAL, which an in-memory database cannot use: bytes 18–19 (the file
 * format's write and read versions) are set back to the rollback journal's 1.
 */
function upgradedCopy(db: DB, migrations: Migration[], nativeBinding?: string): DB {
  const image = db.serialize();
  image[18] = 1;
  image[19] = 1;
  const copy = new Database(image, { nativeBinding });
  try {
    copy.unsafeMode(false);
    copy.pragma('trusted_schema = OFF');
    copy.pragma('foreign_keys = ON');
    migrate(copy, migrations);
    copy.pragma('query_only = ON'); // viewing only, as the file itself was opened
    return copy;
  } catch (e) {
    copy.close();
    throw e;
  }
}

export const userVersion = (db: DB): number => db.pragma('user_version', { simple: true }) as number;

function newerVersion(path: string, v: number): StoreError {
  return new StoreError(
    'NEWER_VERSION',
    `数据库 ${path} 由较新版本的简报台创建（结构版本 ${v}），本版本最高支持 ${LATEST_VERSION}。请升级简报台后再打开；文件未作任何改动。`,
  );
}

/** A torn or overwritten page shows here before any query trips over it. */
function checkIntegrity(db: DB, path: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (e) {
    throw classifyOpenError(e, path) ?? new StoreError('DAMAGED', `数据库文件 ${path} 已损坏（${(e as Error).message}）`);
  }
  if (result !== 'ok') throw new StoreError('DAMAGED', `数据库文件 ${path} 已损坏（完整性检查：${String(result).slice(0, 200)}）`);
}

/** Refuse files that are not SQLite, or SQLite files of another application, before touching them. */
function checkIdentity(db: DB, path: string): void {
  let appId: number;
  let objects: number;
  let version: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = userVersion(db);
    objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (e) {
    throw classifyOpenError(e, path) ?? new StoreError('NOT_A_BRIEFING', `${path} 不是有效的简报台数据库（${(e as Error).message}）`);
  }
  if (appId === APPLICATION_ID) return;
  // A new, empty database is ours to initialise — but not one another program has stamped with a version.
  if (appId === 0 && objects === 0 && version === 0) return;
  if (appId === 0 && objects === 0)
    throw new StoreError(
      'NOT_A_BRIEFING',
      `${path} 是一个空的 SQLite 数据库，但带有其他程序写入的结构版本（user_version ${version}），不是简报台数据库；文件未作任何改动。`,
    );
  throw new StoreError(
    'NOT_A_BRIEFING',
    `${path} 是其他程序的 SQLite 数据库（application_id ${appId}），不是简报台数据库；文件未作任何改动。`,
  );
}

export function migrate(db: DB, migrations: Migration[] = MIGRATIONS, target?: number): void {
  const latest = migrations[migrations.length - 1].version;
  const current = userVersion(db);
  if (current > latest) throw newerVersion(db.name, current);
  for (const m of migrations) {
    if (m.version <= current || (target !== undefined && m.version > target)) continue;
    // PRAGMA foreign_keys is a no-op inside a transaction: a step that rebuilds a referenced table has it
    // turned off before its transaction begins and back on after it ends, committed or not.
    const enforced = m.rebuildsTables === true && db.pragma('foreign_keys', { simple: true }) === 1;
    if (enforced) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.rebuildsTables) checkForeignKeys(db, m);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } finally {
      if (enforced) db.pragma('foreign_keys = ON');
    }
  }
}

/** A rebuilt table must leave every reference intact; else the step's transaction rolls back. */
function checkForeignKeys(db: DB, m: Migration): void {
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length)
    throw new StoreError(
      'DAMAGED',
      `结构升级第 ${m.version} 步后有 ${broken.length} 处引用失效（如 ${broken[0].table} 第 ${broken[0].rowid} 行 → ${broken[0].parent}），已撤销本步，数据库未改动`,
    );
}
