/**
 * Correcting a figure, with an audit history and undo. Every change is one transaction that checks the
 * figure's version (a stale edit from another window or the CLI gets a conflict, never a silent
 * overwrite), validates the new value, writes the figure and appends the history row.
 */
import { FIGURE_LIMITS } from '../../shared/limits';
import { parseWrittenValue } from '../../shared/parse-value';
import { isTimeExpression } from '../../shared/periods';
import type { FigureEdit, FigurePatch } from '../../shared/types';
import { isKnownUnit } from '../../shared/units';
import type { DB } from './db';
import { StoreError } from './errors';

type Editable = Required<FigurePatch>;

const FIELDS = ['label', 'valueText', 'unit', 'period'] as const;

function current(db: DB, figureId: number): (Editable & { value: number; version: number }) | undefined {
  return db.prepare('SELECT label, value_text AS valueText, unit, period, value, version FROM figures WHERE id = ?').get(figureId) as
    (Editable & { value: number; version: number }) | undefined;
}

/** Check a patch against the figure it changes; returns the complete new field set and its number. */
export function validatePatch(before: Editable & { value?: number }, patch: FigurePatch): { next: Editable; value: number } {
  const next: Editable = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  next.label = next.label.trim();
  next.valueText = next.valueText.trim();
  next.period = next.period.trim();
  if (!next.label) throw new StoreError('BAD_EDIT', '名称不能为空');
  if (next.label.length > FIGURE_LIMITS.label) throw new StoreError('BAD_EDIT', `名称过长（最多 ${FIGURE_LIMITS.label} 字）`);
  if (!next.period) throw new StoreError('BAD_EDIT', '时期不能为空');
  if (next.period !== before.period && !isTimeExpression(next.period))
    throw new StoreError('BAD_EDIT', `时期“${next.period}”不是时间：请写成 2015年、1-7月、上半年、“十三五”时期 这样的时间`);
  if (!isKnownUnit(next.unit)) throw new StoreError('BAD_EDIT', `未知的单位“${next.unit}”：请从已知单位中选择`);
  let value = parseWrittenValue(next.valueText, next.unit);
  if (value === undefined || !Number.isFinite(value))
    throw new StoreError('BAD_EDIT', `数值“${next.valueText}”无法识别：请写成 2.45、1380、1/3 或“翻了一番”这样的形式`);
  // A decline (下降4.1%) is written without its sign: correcting 4.1 to 4.2 keeps it a decline.
  if ((before.value ?? 0) < 0 && value > 0 && !/^[-−－]/u.test(next.valueText)) value = -value;
  return { next, value };
}

export function updateFigure(db: DB, figureId: number, expectedVersion: number, patch: FigurePatch, reason: string): FigureEdit {
  return db
    .transaction(() => {
      const before = current(db, figureId);
      if (!before) throw new StoreError('NOT_FOUND', `数据项 ${figureId} 不存在`);
      if (before.version !== expectedVersion)
        throw new StoreError(
          'CONFLICT',
          `数据项已被他人修改（当前版本 ${before.version}，您编辑的是版本 ${expectedVersion}）：请刷新后再改`,
        );
      if (!reason.trim()) throw new StoreError('BAD_EDIT', '请填写修改原因');
      const { next, value } = validatePatch(before, patch);
      const old = Object.fromEntries(FIELDS.map((f) => [f, before[f]]));
      const now = Object.fromEntries(FIELDS.map((f) => [f, next[f]]));
      if (FIELDS.every((f) => old[f] === now[f])) throw new StoreError('BAD_EDIT', '没有任何改动');
      db.prepare('UPDATE figures SET label = ?, value_text = ?, unit = ?, period = ?, value = ?, version = version + 1 WHERE id = ?').run(
        next.label,
        next.valueText,
        next.unit,
        next.period,
        value,
        figureId,
      );
      const id = Number(
        db
          .prepare('INSERT INTO figure_edits (figure_id, reason, old, new) VALUES (?, ?, ?, ?)')
          .run(figureId, reason.trim(), JSON.stringify(old), JSON.stringify(now)).lastInsertRowid,
      );
      return getEdit(db, id)!;
    })
    .immediate();
}

/** Undo an edit: only the newest live edit of its figure, so history never forks. Recorded as an edit too. */
export function undoEdit(db: DB, editId: number): FigureEdit {
  return db
    .transaction(() => {
      const edit = getEdit(db, editId);
      if (!edit) throw new StoreError('NOT_FOUND', `修改记录 ${editId} 不存在`);
      if (edit.undoneBy !== null) throw new StoreError('CONFLICT', '这次修改已经撤销过了');
      const newest = db
        .prepare('SELECT max(id) AS id FROM figure_edits WHERE figure_id = ? AND undone_by IS NULL AND undoes IS NULL')
        .get(edit.figureId) as { id: number };
      const latest = db.prepare('SELECT max(id) AS id FROM figure_edits WHERE figure_id = ?').get(edit.figureId) as { id: number };
      if (edit.undoes !== null || newest.id !== editId || latest.id !== editId)
        throw new StoreError('CONFLICT', '只能撤销该数据项最近的一次修改：请先撤销较新的修改');
      const fig = current(db, edit.figureId)!;
      const { next, value } = validatePatch(fig, edit.old);
      db.prepare('UPDATE figures SET label = ?, value_text = ?, unit = ?, period = ?, value = ?, version = version + 1 WHERE id = ?').run(
        next.label,
        next.valueText,
        next.unit,
        next.period,
        value,
        edit.figureId,
      );
      const id = Number(
        db
          .prepare('INSERT INTO figure_edits (figure_id, reason, old, new, undoes) VALUES (?, ?, ?, ?, ?)')
          .run(edit.figureId, `撤销：${edit.reason}`, JSON.stringify(edit.new), JSON.stringify(edit.old), editId).lastInsertRowid,
      );
      db.prepare('UPDATE figure_edits SET undone_by = ? WHERE id = ?').run(id, editId);
      return getEdit(db, id)!;
    })
    .immediate();
}

interface EditRow {
  id: number;
  figureId: number;
  at: string;
  reason: string;
  old: string;
  new: string;
  undoes: number | null;
  undoneBy: number | null;
}

const EDIT_SELECT = 'SELECT id, figure_id AS figureId, at, reason, old, new, undoes, undone_by AS undoneBy FROM figure_edits';

const toEdit = (r: EditRow): FigureEdit => ({ ...r, old: JSON.parse(r.old) as Editable, new: JSON.parse(r.new) as Editable });

export function getEdit(db: DB, id: number): FigureEdit | undefined {
  const r = db.prepare(`${EDIT_SELECT} WHERE id = ?`).get(id) as EditRow | undefined;
  return r && toEdit(r);
}

/** The history, newest first: of one figure, or of a whole report. */
export function listEdits(db: DB, where: { figureId?: number; reportId?: number }): FigureEdit[] {
  const rows = (
    where.figureId !== undefined
      ? db.prepare(`${EDIT_SELECT} WHERE figure_id = ? ORDER BY id DESC`).all(where.figureId)
      : db
          .prepare(`${EDIT_SELECT} WHERE figure_id IN (SELECT id FROM figures WHERE report_id = ?) ORDER BY id DESC`)
          .all(where.reportId ?? -1)
  ) as EditRow[];
  return rows.map(toEdit);
}
