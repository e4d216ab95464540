/** Test helpers: real SQLite files in a fresh temporary folder, never mocks. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DB } from '../src/main/store';
import { bundledReports } from '../src/main/paths';
import { findChromium } from '../src/main/pdf/chromium';
import type { PrintManifest } from '../src/shared/print';

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

/**
 * A brief's manifest for the PDF finishing tests: sections sec-a and sec-b, a child at slide-3, and one
 * bookmark whose anchor the document lacks (it must be left out).
 */
export const BRIEF_MANIFEST: PrintManifest = {
  layout: 'brief',
  title: '重庆市“十二五”工业和信息化发展简报',
  author: '重庆市经济和信息化委员会',
  subject: '简报',
  keywords: ['重庆市', '数据截至2015年'],
  expectedPages: null,
  outline: [
    { title: '一、总貌', dest: 'sec-a' },
    {
      title: '二、区域',
      dest: 'sec-b',
      children: [
        { title: '3. 图表', dest: 'slide-3' },
        { title: '无此锚点', dest: 'nowhere' },
      ],
    },
  ],
};
