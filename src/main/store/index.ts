/**
 * The store: one SQLite file, opened, migrated and — the first time — seeded with the bundled report.
 * Knows nothing of Electron, HTTP or windows; the API layer and the CLI both sit on top of it.
 */
import { createBackup, dailyBackupDue } from './backup';
import { loadBundle } from './bundle';
import { openDatabase, userVersion, type DB, type OpenOptions } from './db';
import { sealStore } from './seal';
import { insertBundle } from './seed';

export interface StoreOptions extends OpenOptions {
  /** Bundle directories seeded into a new store, in order (resources/reports/<key>). */
  seedBundles?: string[];
  /** Take the once-a-day backup when due (default true). */
  dailyBackup?: boolean;
}

export interface Store {
  db: DB;
  path: string;
  readOnly: boolean;
  schemaVersion: number;
  close(): void;
}

export function openStore(path: string, opts: StoreOptions = {}): Store {
  const db = openDatabase(path, {
    ...opts,
    // Snapshot an existing store before its schema changes, so an upgrade can always be undone.
    beforeMigrate: path === ':memory:' ? undefined : (d) => createBackup(d, path, 'migration'),
  });
  try {
    if (!opts.readOnly && opts.seedBundles?.length) seedOnce(db, opts.seedBundles);
    if (!opts.readOnly && path !== ':memory:' && opts.dailyBackup !== false && dailyBackupDue(path)) createBackup(db, path, 'daily');
  } catch (e) {
    db.close();
    throw e;
  }
  return {
    db,
    path,
    readOnly: !!opts.readOnly,
    schemaVersion: userVersion(db),
    close: () => {
      db.close();
      if (opts.seal && !opts.readOnly && path !== ':memory:') sealStore(path);
    },
  };
}

/** Seed exactly once per store: a user who later deletes the bundled report does not get it back. */
function seedOnce(db: DB, bundles: string[]): void {
  if (db.prepare("SELECT 1 FROM meta WHERE key = 'seeded_at'").get()) return;
  const loaded = bundles.map(loadBundle); // validate everything before writing anything
  db.transaction(() => {
    for (const b of loaded) insertBundle(db, b);
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)").run(new Date().toISOString());
  }).immediate();
}

export { StoreError } from './errors';
export type { DB } from './db';

/**
 * Make `current` serve `next` (File → Open, New, Restore): the API handlers hold `current`, so they follow
 * without being rebuilt. The old connection is closed afterwards.
 */
export function replaceStore(current: Store, next: Store): void {
  const old = current.db;
  Object.assign(current, next);
  if (old !== next.db && old.open) old.close();
}
