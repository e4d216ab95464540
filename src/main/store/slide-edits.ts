/**
 * Editing a deck's slides, safe like figure edits (edits.ts): every change is one transaction that checks
 * the slide's version (a stale edit from another window is refused as a conflict), validates what it
 * writes, and records the complete rows of the slides it touched, before and after, in slide_edits. Undo
 * and redo write those rows back, newest first, and are recorded too, so the history never forks.
 *
 * One write path: every operation computes the rows the deck should hold and `applyRows` writes exactly
 * the difference (ords move through negative values, so UNIQUE (deck_id, ord) never trips half way).
 */
import { buildSteps } from '../../shared/builds';
import { slideLayoutSchema, unknownValue } from '../../shared/enums';
import { SLIDE_LIMITS as L } from '../../shared/limits';
import type { ChartSpec, DeckEditResult, SlideBody, SlideEditSummary, SlidePatch } from '../../shared/types';
import type { DB } from './db';
import { getDeck } from './decks';
import { StoreError } from './errors';
import { checkChart, checkKpis, checkTextRefs, relinkFigures, reportFigures, type FigureIndex } from './slide-content';

/** A slide as stored, with its figure links: what the history keeps. */
export interface SlideRowState {
  id: number;
  ord: number;
  layout: string;
  title: string;
  titleEn: string;
  sectionId: number | null;
  notes: string;
  body: string;
  chart: string | null;
  hidden: number;
  version: number;
  figures: [figureId: number, ord: number][];
}

type Rows = Map<number, SlideRowState>;
/** The rows an edit changed: before (old) and after (new); null where the slide did not exist. */
type Change = Record<string, SlideRowState | null>;

function deckRows(db: DB, deckId: number): Rows {
  const rows = db
    .prepare(
      `SELECT id, ord, layout, title, title_en AS titleEn, section_id AS sectionId, notes, body, chart, hidden, version,
         (SELECT json_group_array(json_array(figure_id, ord)) FROM (SELECT figure_id, ord FROM slide_figures WHERE slide_id = s.id ORDER BY ord)) AS figures
       FROM slides s WHERE deck_id = ? ORDER BY ord`,
    )
    .all(deckId) as (Omit<SlideRowState, 'figures'> & { figures: string })[];
  return new Map(rows.map((r) => [r.id, { ...r, figures: JSON.parse(r.figures) as [number, number][] }]));
}

const same = (a: SlideRowState | null | undefined, b: SlideRowState | null | undefined) =>
  JSON.stringify(a ? { ...a, version: 0 } : null) === JSON.stringify(b ? { ...b, version: 0 } : null);

/** Write `target` (id → row or null) over the deck's current rows; versions go up on every slide written. */
function applyRows(db: DB, deckId: number, current: Rows, target: Change): void {
  const ids = Object.keys(target).map(Number);
  const park = db.prepare('UPDATE slides SET ord = ? WHERE id = ?');
  for (const id of ids) if (current.has(id)) park.run(-id, id);
  const del = db.prepare('DELETE FROM slides WHERE id = ?');
  const delFigures = db.prepare('DELETE FROM slide_figures WHERE slide_id = ?');
  const addFigure = db.prepare('INSERT INTO slide_figures (slide_id, figure_id, ord) VALUES (?, ?, ?)');
  const update = db.prepare(
    `UPDATE slides SET ord = @ord, layout = @layout, title = @title, title_en = @titleEn, section_id = @sectionId, notes = @notes,
       body = @body, chart = @chart, hidden = @hidden, version = @version WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO slides (id, deck_id, ord, layout, title, title_en, section_id, notes, body, chart, hidden, version)
     VALUES (@id, @deckId, @ord, @layout, @title, @titleEn, @sectionId, @notes, @body, @chart, @hidden, @version)`,
  );
  for (const id of ids) {
    const row = target[id];
    const before = current.get(id);
    if (row === null) {
      if (before) del.run(id);
      continue;
    }
    const version = Math.max(before?.version ?? 0, row.version) + 1;
    const { figures, ...cols } = row;
    if (before) update.run({ ...cols, version });
    else insert.run({ ...cols, deckId, version });
    delFigures.run(id);
    for (const [figureId, ord] of figures) addFigure.run(id, figureId, ord);
  }
}

const EDIT_SELECT = 'SELECT id, deck_id AS deckId, at, kind, what FROM slide_edits';

function record(
  db: DB,
  deckId: number,
  kind: SlideEditSummary['kind'],
  what: string,
  old: Change,
  now: Change,
  undoes: number | null,
): SlideEditSummary {
  const id = Number(
    db
      .prepare('INSERT INTO slide_edits (deck_id, kind, what, old, new, undoes) VALUES (?, ?, ?, ?, ?, ?)')
      .run(deckId, kind, what, JSON.stringify(old), JSON.stringify(now), undoes).lastInsertRowid,
  );
  if (undoes !== null) db.prepare('UPDATE slide_edits SET undone_by = ? WHERE id = ?').run(id, undoes);
  return db.prepare(`${EDIT_SELECT} WHERE id = ?`).get(id) as SlideEditSummary;
}

/** Turn the deck's rows into `wanted` (the complete list, in order) and record the change. */
function commit(db: DB, deckId: number, current: Rows, wanted: SlideRowState[], what: string): DeckEditResult {
  const target: Change = {};
  const ordered = wanted.map((r, i) => ({ ...r, ord: i + 1 }));
  const wantedIds = new Set(ordered.map((r) => r.id));
  for (const r of ordered) if (!same(current.get(r.id), r)) target[r.id] = r;
  for (const id of current.keys()) if (!wantedIds.has(id)) target[id] = null;
  if (Object.keys(target).length === 0) throw new StoreError('BAD_EDIT', '没有任何改动');
  const old: Change = Object.fromEntries(Object.keys(target).map((id) => [id, current.get(Number(id)) ?? null]));
  applyRows(db, deckId, current, target);
  const after = deckRows(db, deckId);
  const now: Change = Object.fromEntries(Object.keys(target).map((id) => [id, after.get(Number(id)) ?? null]));
  return result(db, deckId, record(db, deckId, 'edit', what, old, now, null));
}

function result(db: DB, deckId: number, edit: SlideEditSummary): DeckEditResult {
  return { edit, deck: getDeck(db, deckId)!, ...historyState(db, deckId) };
}

/** The slide, checked to exist and to be at the version the editor saw. */
function slideAt(db: DB, slideId: number, expectedVersion: number): { deckId: number; rows: Rows; row: SlideRowState; index: number } {
  const found = db.prepare('SELECT deck_id AS deckId FROM slides WHERE id = ?').get(slideId) as { deckId: number } | undefined;
  if (!found) throw new StoreError('NOT_FOUND', `幻灯片 ${slideId} 不存在（可能已被删除）：请刷新`);
  const rows = deckRows(db, found.deckId);
  const row = rows.get(slideId)!;
  if (row.version !== expectedVersion)
    throw new StoreError(
      'CONFLICT',
      `这一页已在别处修改（当前版本 ${row.version}，您编辑的是版本 ${expectedVersion}）：已载入最新内容，请重新修改`,
    );
  return { deckId: found.deckId, rows, row, index: [...rows.keys()].indexOf(slideId) };
}

const FIELD_NAMES: Record<keyof SlidePatch, string> = {
  title: '标题',
  subtitle: '副标题',
  takeaway: '要点',
  notes: '讲稿',
  layout: '版式',
  hidden: '隐藏',
  chart: '图表',
  kpis: '指标卡',
  build: '分步出现',
};

function hasControl(s: string): boolean {
  return [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** Check a patch and apply it to a slide row; throws BAD_EDIT naming the problem. */
export function patchRow(row: SlideRowState, patch: SlidePatch, figures: FigureIndex = new Map()): SlideRowState {
  const next = { ...row };
  const body = JSON.parse(row.body) as SlideBody;
  const oldBody = JSON.parse(row.body) as SlideBody;
  const oldChart = row.chart === null ? null : (JSON.parse(row.chart) as ChartSpec);
  let chart = oldChart === null ? null : { ...oldChart };
  // The content first: a key message given with a new chart goes on that chart.
  if (patch.chart !== undefined) chart = patch.chart === null ? null : checkChart(patch.chart, oldChart, figures);
  if (patch.kpis !== undefined) {
    const kpis = checkKpis(patch.kpis, figures);
    if (kpis.length) body.kpis = kpis;
    else delete body.kpis;
  }
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (!title) throw new StoreError('BAD_EDIT', '标题不能为空：请填写这一页的标题');
    if (title.length > L.title) throw new StoreError('BAD_EDIT', `标题过长（${title.length} 字，最多 ${L.title} 字）`);
    if (hasControl(title)) throw new StoreError('BAD_EDIT', '标题不能包含换行或控制字符');
    next.title = title;
  }
  if (patch.subtitle !== undefined) {
    const subtitle = patch.subtitle.trim();
    if (subtitle.length > L.subtitle) throw new StoreError('BAD_EDIT', `副标题过长（${subtitle.length} 字，最多 ${L.subtitle} 字）`);
    if (subtitle) body.subtitle = subtitle;
    else delete body.subtitle;
  }
  if (patch.takeaway !== undefined) {
    const takeaway = patch.takeaway.trim();
    if (takeaway.length > L.takeaway) throw new StoreError('BAD_EDIT', `要点过长（${takeaway.length} 字，最多 ${L.takeaway} 字）`);
    if (!chart) {
      if (takeaway) throw new StoreError('BAD_EDIT', '这一页没有图表，要点写在图表下方：请改写在副标题或讲稿中');
    } else if (takeaway) chart.takeaway = takeaway;
    else delete chart.takeaway;
  }
  if (patch.notes !== undefined) {
    if (patch.notes.length > L.notes)
      throw new StoreError('BAD_EDIT', `讲稿过长（${patch.notes.length} 字，最多 ${L.notes} 字）：请删减后再保存，原讲稿未改动`);
    next.notes = patch.notes;
  }
  if (patch.layout !== undefined) {
    const problem = unknownValue(slideLayoutSchema, patch.layout);
    if (problem) throw new StoreError('BAD_EDIT', problem);
    next.layout = patch.layout;
  }
  if (patch.hidden !== undefined) next.hidden = patch.hidden ? 1 : 0;
  if (patch.build !== undefined) {
    if (patch.build !== 'items' && patch.build !== 'none')
      throw new StoreError('BAD_EDIT', `未知的分步方式“${String(patch.build)}”：可选 items（逐项出现）或 none（整页出现）`);
    if (patch.build === 'items') body.build = 'items';
    else delete body.build;
  }
  next.body = JSON.stringify(body);
  next.chart = chart === null ? null : JSON.stringify(chart);
  const after = { title: next.title, notes: next.notes, body, chart };
  checkTextRefs(after, figures);
  next.figures = relinkFigures({ title: row.title, notes: row.notes, body: oldBody, chart: oldChart }, after, row.figures);
  return next;
}

export function updateSlide(db: DB, slideId: number, expectedVersion: number, patch: SlidePatch): DeckEditResult {
  return db
    .transaction(() => {
      const { deckId, rows, row, index } = slideAt(db, slideId, expectedVersion);
      const next = patchRow(row, patch, reportFigures(db, deckId));
      const fields = (Object.keys(patch) as (keyof SlidePatch)[]).filter((k) => patch[k] !== undefined);
      const what =
        fields.length === 1 && fields[0] === 'hidden'
          ? `${patch.hidden ? '隐藏' : '显示'}第 ${index + 1} 页`
          : `修改第 ${index + 1} 页的${fields.map((f) => FIELD_NAMES[f]).join('、')}`;
      return commit(
        db,
        deckId,
        rows,
        [...rows.values()].map((r) => (r.id === slideId ? next : r)),
        what,
      );
    })
    .immediate();
}

export function moveSlide(db: DB, slideId: number, expectedVersion: number, toIndex: number): DeckEditResult {
  return db
    .transaction(() => {
      const { deckId, rows, row, index } = slideAt(db, slideId, expectedVersion);
      const list = [...rows.values()];
      if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= list.length)
        throw new StoreError('BAD_EDIT', `无法移动到第 ${toIndex + 1} 页：这份简报共 ${list.length} 页`);
      if (toIndex === index) throw new StoreError('BAD_EDIT', '这一页已在该位置');
      list.splice(index, 1);
      list.splice(toIndex, 0, row);
      return commit(db, deckId, rows, list, `将第 ${index + 1} 页移到第 ${toIndex + 1} 页`);
    })
    .immediate();
}

export function deleteSlide(db: DB, slideId: number, expectedVersion: number): DeckEditResult {
  return db
    .transaction(() => {
      const { deckId, rows, row, index } = slideAt(db, slideId, expectedVersion);
      if (rows.size <= 1) throw new StoreError('BAD_EDIT', '至少保留一页：这是简报的最后一页，不能删除');
      return commit(
        db,
        deckId,
        rows,
        [...rows.values()].filter((r) => r.id !== slideId),
        `删除第 ${index + 1} 页《${row.title}》`,
      );
    })
    .immediate();
}

export function duplicateSlide(db: DB, slideId: number, expectedVersion: number): DeckEditResult {
  return db
    .transaction(() => {
      const { deckId, rows, row, index } = slideAt(db, slideId, expectedVersion);
      const { id } = db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM slides').get() as { id: number };
      const list = [...rows.values()];
      list.splice(index + 1, 0, { ...row, id, version: 0 });
      return commit(db, deckId, rows, list, `复制第 ${index + 1} 页`);
    })
    .immediate();
}

/** What a new slide starts as: a blank text slide, or a section divider. */
export type NewSlideKind = 'blank' | 'section';
const NEW_SLIDE: Record<NewSlideKind, { layout: string; title: string; what: string }> = {
  blank: { layout: 'text', title: '新幻灯片', what: '新增空白页' },
  section: { layout: 'section', title: '新章节', what: '新增章节页' },
};

/** Add a slide right after `afterSlideId` (checked at the version the editor saw), in its section. */
export function addSlide(db: DB, afterSlideId: number, expectedVersion: number, kind: NewSlideKind): DeckEditResult {
  return db
    .transaction(() => {
      const { deckId, rows, row, index } = slideAt(db, afterSlideId, expectedVersion);
      const { id } = db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM slides').get() as { id: number };
      const spec = NEW_SLIDE[kind];
      const list = [...rows.values()];
      list.splice(index + 1, 0, {
        id,
        ord: 0,
        layout: spec.layout,
        title: spec.title,
        titleEn: '',
        sectionId: row.sectionId,
        notes: '',
        body: '{}',
        chart: null,
        hidden: 0,
        version: 0,
        figures: [],
      });
      return commit(db, deckId, rows, list, `${spec.what}（第 ${index + 2} 页）`);
    })
    .immediate();
}

interface EditRow {
  id: number;
  kind: SlideEditSummary['kind'];
  what: string;
  old: string;
  new: string;
  undoes: number | null;
}

/** The change `undo` would revert: the newest edit or redo not yet undone. */
function undoable(db: DB, deckId: number): EditRow | undefined {
  return db
    .prepare(
      `SELECT id, kind, what, old, new, undoes FROM slide_edits
       WHERE deck_id = ? AND kind IN ('edit', 'redo') AND undone_by IS NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(deckId) as EditRow | undefined;
}

/** The undo `redo` would revert: the newest undo not yet redone, with no new edit after it (a new edit ends redo). */
function redoable(db: DB, deckId: number): EditRow | undefined {
  const u = db
    .prepare(
      `SELECT id, kind, what, old, new, undoes FROM slide_edits WHERE deck_id = ? AND kind = 'undo' AND undone_by IS NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(deckId) as EditRow | undefined;
  if (!u) return undefined;
  const later = db.prepare(`SELECT count(*) AS n FROM slide_edits WHERE deck_id = ? AND id > ? AND kind = 'edit'`).get(deckId, u.id) as {
    n: number;
  };
  return later.n === 0 ? u : undefined;
}

export function historyState(db: DB, deckId: number): { canUndo: boolean; canRedo: boolean } {
  return { canUndo: undoable(db, deckId) !== undefined, canRedo: redoable(db, deckId) !== undefined };
}

/** Write back the `old` rows of `edit`, if the deck still holds its `new` rows; recorded as `kind`. */
function revert(db: DB, deckId: number, edit: EditRow, kind: 'undo' | 'redo'): DeckEditResult {
  const old = JSON.parse(edit.old) as Change;
  const now = JSON.parse(edit.new) as Change;
  const rows = deckRows(db, deckId);
  for (const [id, row] of Object.entries(now))
    if (!same(rows.get(Number(id)) ?? null, row))
      throw new StoreError('CONFLICT', `幻灯片已在别处改动，无法${kind === 'undo' ? '撤销' : '重做'}“${edit.what}”`);
  applyRows(db, deckId, rows, old);
  const after = deckRows(db, deckId);
  const written: Change = Object.fromEntries(Object.keys(old).map((id) => [id, after.get(Number(id)) ?? null]));
  const base = edit.kind === 'undo' ? edit.what.replace(/^撤销：/u, '') : edit.what.replace(/^重做：/u, '');
  return result(db, deckId, record(db, deckId, kind, `${kind === 'undo' ? '撤销' : '重做'}：${base}`, now, written, edit.id));
}

export function undoDeck(db: DB, deckId: number): DeckEditResult {
  return db
    .transaction(() => {
      const edit = undoable(db, deckId);
      if (!edit) throw new StoreError('BAD_EDIT', '没有可以撤销的修改');
      return revert(db, deckId, edit, 'undo');
    })
    .immediate();
}

export function redoDeck(db: DB, deckId: number): DeckEditResult {
  return db
    .transaction(() => {
      const undo = redoable(db, deckId);
      if (!undo) throw new StoreError('BAD_EDIT', '没有可以重做的修改');
      return revert(db, deckId, undo, 'redo');
    })
    .immediate();
}

/** The history of a deck, newest first. */
export function listSlideEdits(db: DB, deckId: number): SlideEditSummary[] {
  return db.prepare(`${EDIT_SELECT} WHERE deck_id = ? ORDER BY id DESC`).all(deckId) as SlideEditSummary[];
}

/** The build steps of each of the deck's slides, in show order (shared/builds.ts): the hub steps through them. */
export function buildStepsOf(db: DB, deckId: number): number[] {
  return (getDeck(db, deckId)?.slides ?? []).map(buildSteps);
}

/** The indices (in show order) of the deck's hidden slides: the hub skips them. */
export function hiddenIndices(db: DB, deckId: number): number[] {
  return (db.prepare('SELECT hidden FROM slides WHERE deck_id = ? ORDER BY ord').pluck().all(deckId) as number[]).flatMap((h, i) =>
    h ? [i] : [],
  );
}
