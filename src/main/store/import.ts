/** Importing a new report: backup first, then draft, validate and insert in one transaction — all or nothing. */
import { randomBytes } from 'node:crypto';
import type { Extracted } from '../../shared/extract';
import { MAX_REPORT_CHARS } from '../../shared/limits';
import { createBackup } from './backup';
import { checkBundle } from './bundle';
import type { DB } from './db';
import { draftBundle, type ImportMeta } from './draft';
import { StoreError } from './errors';
import { insertBundle } from './seed';

/**
 * A report key no other report has: the time to the millisecond, a random tag (two processes importing in
 * the same millisecond) and, should both still meet, a check against the store.
 */
function importKey(db: DB): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17);
  const taken = db.prepare('SELECT 1 FROM reports WHERE key = ?');
  for (;;) {
    const key = `import-${stamp}-${randomBytes(3).toString('hex')}`;
    if (!taken.get(key)) return key;
  }
}

export function importReport(
  db: DB,
  storePath: string,
  meta: Omit<ImportMeta, 'key'>,
  text: string,
  accepted: Extracted[],
): { reportId: number; deckId: number } {
  if (!text.trim()) throw new StoreError('BAD_EDIT', '报告正文是空的');
  if (text.length > MAX_REPORT_CHARS)
    throw new StoreError('BAD_EDIT', `报告正文过长（${text.length} 字，上限 ${MAX_REPORT_CHARS} 字）：请拆分后分别导入`);
  if (!accepted.length) throw new StoreError('BAD_EDIT', '没有接受任何数据项：至少需要一项');
  for (const [i, x] of accepted.entries()) {
    if (text.slice(x.start, x.end) !== x.quote || text.slice(x.valueStart, x.valueEnd) !== x.value)
      throw new StoreError('BAD_EDIT', `第 ${i + 1} 项数据（${x.label}）的位置与原文不符`);
  }
  const key = importKey(db);
  const loaded = checkBundle(draftBundle({ ...meta, key }, text, accepted), text);
  if (storePath !== ':memory:') createBackup(db, storePath, 'import');
  const reportId = insertBundle(db, loaded);
  const deck = db.prepare('SELECT id FROM decks WHERE report_id = ?').get(reportId) as { id: number };
  return { reportId, deckId: deck.id };
}
