/**
 * The store every entry point opens by default — the CLI verbs, the web bridge and the desktop app — in
 * one place: the file the user named (`--db`), else the app's own briefing.sqlite in the user-data folder;
 * a new store is seeded with the bundled reports; only the app's own file is sealed at each clean close
 * (store/seal.ts: a file named with --db may be written by something else, so it always gets its check).
 * A file named with --db must exist unless the caller creates stores (`cli init`, `npm run web`): a
 * mistyped path is an error, not a new empty briefing. Read-only callers (facts, export-pdf) open the
 * file read-only and never create, seed, migrate or back it up.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultStorePath } from './data-dir';
import { bundledReports, findResourcesDir } from './paths';
import { openStore, StoreError, type Store, type StoreOptions } from './store';

export interface DefaultStoreOptions {
  /** A store file the user named (--db): used as it is, and not sealed. */
  db?: string;
  /** The app's own store file; default: briefing.sqlite in the user-data folder (data-dir.ts). */
  ownPath?: string;
  /** The resources folder holding reports/; default: the one found above this file. */
  resourcesDir?: string;
  /** better-sqlite3's native binding (the desktop app's is built for Electron). */
  nativeBinding?: string;
  /** Only read: open read-only, never create, seed, migrate or back up. */
  readOnly?: boolean;
  /** A --db path that does not exist yet may be created (cli init, the web bridge). */
  create?: boolean;
  /** How the file is opened; default openStore (the desktop app asks the user what to do with a damaged one). */
  open?: (path: string, opts: StoreOptions) => Store;
}

/** The path and options the default store is opened with (the desktop app keeps the options for File → New). */
export function defaultStoreOptions(o: DefaultStoreOptions = {}): { path: string; options: StoreOptions } {
  const path = o.db ? resolve(o.db) : (o.ownPath ?? defaultStorePath());
  const options: StoreOptions = {
    seedBundles: bundledReports(o.resourcesDir ?? findResourcesDir(__dirname)),
    seal: !o.db,
    ...(o.nativeBinding === undefined ? {} : { nativeBinding: o.nativeBinding }),
  };
  return { path, options };
}

export function openDefaultStore(o: DefaultStoreOptions = {}): Store {
  const { path, options } = defaultStoreOptions(o);
  if (!existsSync(path) && (o.readOnly || (o.db && !o.create)))
    throw new StoreError(
      'NOT_FOUND',
      o.db
        ? `找不到数据库文件 ${path}：请检查 --db 的路径；要新建一个，请运行 npm run -s cli -- init --db ${path}`
        : `还没有简报数据库 ${path}：请先启动一次简报台，或运行 npm run -s cli -- init`,
    );
  if (o.readOnly) return (o.open ?? openStore)(path, { ...options, seedBundles: undefined, readOnly: true, dailyBackup: false });
  return (o.open ?? openStore)(path, options);
}
