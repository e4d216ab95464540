/** Test helpers: real SQLite files in a fresh temporary folder, never mocks. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DB } from '../src/main/store';
import { bundledReports } from '../src/main/paths';
import { findChromium } from '../src/main/pdf/chromium';

export const ROOT = resolve(__dirname, '..');
export const RESOURCES = join(ROOT, 'resources');
export const SEED = bundledReports(RESOURCES);
export const REPORT_TEXT = readFileSync(join(RESOURCES, 'reports/cq-2015/report.txt'), 'utf8');

/** This machine's Chromium, or null: CI installs Debian's before the tests; without one, browser tests cannot run. */
export const INSTALLED_CHROMIUM: string | null = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A hash of every row of every table: proves "nothing was written". */
export function contentHash(db: DB): string {
  const h = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    h.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

export const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
