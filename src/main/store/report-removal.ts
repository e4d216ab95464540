/**
 * Deleting a report, and undoing that from the backup taken just before.
 *
 * Delete: a backup (VACUUM INTO, backup.ts), then one DELETE of the report row; the schema's ON DELETE
 * CASCADE removes its sections, figures, sources, decks, slides, edits and relations.
 *
 * Undo: the backup is ATTACHed and exactly the rows that cascade removed are copied back with their ids.
 * Which rows those are is read from the schema itself (PRAGMA foreign_key_list: every table reached from
 * `reports` through ON DELETE CASCADE), so a table a later migration adds comes back too. Restoring the
 * whole backup instead would also undo every other change made since the delete (a correction to another
 * report, an import); copying the one report's rows touches nothing else. If an id is taken meanwhile
 * (SQLite reuses the highest rowid after a delete), nothing is written and the user is told to restore
 * the backup from the File menu instead.
 */
import { existsSync } from 'node:fs';
import { createBackup, findBackup } from './backup';
import type { DB } from './db';
import { StoreError } from './errors';

interface Edge {
  parent: string;
  child: string;
  /** child.from references parent.to */
  from: string;
  to: string;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every ON DELETE CASCADE edge of the main schema. */
function cascadeEdges(db: DB): Edge[] {
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.flatMap((child) =>
    (
      db.prepare(`PRAGMA main.foreign_key_list(${q(child)})`).all() as {
        table: string;
        from: string;
        to: string | null;
        on_delete: string;
      }[]
    )
      // A table's cascade onto itself adds no rows beyond those its other edges select.
      .filter((fk) => fk.on_delete.toUpperCase() === 'CASCADE' && fk.table !== child)
      .map((fk) => ({ parent: fk.table, child, from: fk.from, to: fk.to ?? 'rowid' })),
  );
}

/**
 * For each table a delete of one report reaches, a WHERE clause selecting its rows of that report in
 * schema `s` (parameter @reportId), parents before children.
 */
export function reportRowSelectors(db: DB, s: string): { table: string; where: string }[] {
  const edges = cascadeEdges(db);
  const where = new Map<string, string>([['reports', 'id = @reportId']]);
  const order = ['reports'];
  // Breadth first from reports; a table joins once all the cascade parents it has in the set are known.
  for (let grew = true; grew;) {
    grew = false;
    for (const child of new Set(edges.map((e) => e.child))) {
      if (where.has(child)) continue;
      const into = edges.filter((e) => e.child === child);
      if (!into.some((e) => where.has(e.parent)) || into.some((e) => !where.has(e.parent) && reaches(edges, e.parent))) continue;
      const parts = into
        .filter((e) => where.has(e.parent))
        .map((e) => `${q(e.from)} IN (SELECT ${q(e.to)} FROM ${s}.${q(e.parent)} WHERE ${where.get(e.parent)})`);
      where.set(child, parts.join(' OR '));
      order.push(child);
      grew = true;
    }
  }
  return order.map((table) => ({ table, where: where.get(table)! }));
}

/** Does `table` hang off reports through cascades at all (else it never waits for it)? */
function reaches(edges: Edge[], table: string, seen = new Set<string>()): boolean {
  if (table === 'reports') return true;
  if (seen.has(table)) return false;
  seen.add(table);
  return edges.some((e) => e.child === table && reaches(edges, e.parent, seen));
}

export interface DeletedReport {
  reportId: number;
  title: string;
  /** The backup's file name (in backups/ beside the store): what an undo restores from. */
  backup: string;
}

export function deleteReport(db: DB, storePath: string, reportId: number, expectedTitle: string): DeletedReport {
  if (storePath === ':memory:') throw new StoreError('BAD_EDIT', '内存中的数据库无法备份，不能删除报告');
  const row = db.prepare('SELECT title FROM reports WHERE id = ?').get(reportId) as { title: string } | undefined;
  if (!row) throw new StoreError('NOT_FOUND', `报告 ${reportId} 已不存在（可能已被删除）`);
  if (row.title !== expectedTitle) throw new StoreError('CONFLICT', `这份报告已被改名为《${row.title}》，请确认后再删除`);
  if ((db.prepare('SELECT count(*) FROM reports').pluck().get() as number) <= 1)
    throw new StoreError('BAD_EDIT', `《${row.title}》是唯一的一份报告，不能删除`);
  const backup = createBackup(db, storePath, 'delete');
  db.transaction(() => {
    // Re-read inside the write lock: another writer may have changed it since the backup.
    const now = db.prepare('SELECT title FROM reports WHERE id = ?').get(reportId) as { title: string } | undefined;
    if (now?.title !== row.title) throw new StoreError('CONFLICT', '这份报告刚被另一个窗口修改或删除，没有删除');
    db.prepare('DELETE FROM reports WHERE id = ?').run(reportId);
  }).immediate();
  return { reportId, title: row.title, backup: backup.file.split(/[\\/]/).pop()! };
}

/** Copy one report's rows back from a backup (the undo of deleteReport). Returns the report's title. */
export function restoreReport(db: DB, storePath: string, reportId: number, backupName: string): { reportId: number; title: string } {
  const file = findBackup(storePath, backupName);
  if (!existsSync(file)) throw new StoreError('NOT_FOUND', `备份 ${backupName} 已不存在，无法撤销删除`);
  db.prepare('ATTACH DATABASE ? AS bak').run(file);
  try {
    const row = db.prepare('SELECT title, key FROM bak.reports WHERE id = ?').get(reportId) as { title: string; key: string } | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `备份 ${backupName} 中没有报告 ${reportId}`);
    const here = db.prepare('SELECT key FROM main.reports WHERE id = ?').get(reportId) as { key: string } | undefined;
    if (here?.key === row.key) throw new StoreError('CONFLICT', `《${row.title}》已在数据库中，无需撤销`);
    const steps = reportRowSelectors(db, 'bak');
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const { table, where } of steps) {
        const cols = (db.prepare(`PRAGMA main.table_info(${q(table)})`).all() as { name: string }[]).map((c) => q(c.name)).join(', ');
        db.prepare(`INSERT INTO main.${q(table)} (${cols}) SELECT ${cols} FROM bak.${q(table)} WHERE ${where}`).run({ reportId });
      }
    }).immediate();
    return { reportId, title: row.title };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT'))
      throw new StoreError(
        'CONFLICT',
        '删除之后新增的数据占用了这份报告原来的编号，无法直接撤销；可用“文件 → 从备份恢复”找回（会撤回删除之后的全部修改）',
      );
    if (code === 'SQLITE_ERROR')
      throw new StoreError('BAD_EDIT', `备份 ${backupName} 的结构与当前数据库不同，无法撤销删除：${(e as Error).message}`);
    throw e;
  } finally {
    db.prepare('DETACH DATABASE bak').run();
  }
}
