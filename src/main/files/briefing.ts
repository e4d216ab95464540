/**
 * .briefing files: a whole briefing store in one SQLite file with the app's application_id, so it can be
 * mailed, archived and opened on another machine. Save As writes a consistent snapshot (VACUUM INTO) to a
 * temporary file beside the target and renames it into place; Open refuses anything that is not a
 * Briefing Desk store and never modifies or moves a file the user picked.
 */
import { renameSync, rmSync } from 'node:fs';
import type { DB } from '../store/db';
import { openStore, type Store, type StoreOptions } from '../store';
import { checkUserPath } from './paths';

export const BRIEFING_EXT = '.briefing';

export function saveBriefingAs(db: DB, target: string): string {
  const path = checkUserPath(target, { extensions: [BRIEFING_EXT], forWriting: true });
  const tmp = `${path}.saving-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return path;
}

export function openBriefing(file: string, opts: StoreOptions = {}): Store {
  const path = checkUserPath(file, { extensions: [BRIEFING_EXT, '.sqlite'] });
  // No seeding: a briefing file is the user's document, opened as it is.
  return openStore(path, { ...opts, seedBundles: undefined });
}

/** A new briefing file, seeded with the bundled report. Refuses to overwrite an existing file. */
export function newBriefing(file: string, opts: StoreOptions): Store {
  const path = checkUserPath(file, { extensions: [BRIEFING_EXT], forWriting: true });
  rmSync(path, { force: true });
  return openStore(path, opts);
}
