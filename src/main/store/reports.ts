import type { DB } from './db';
import { StoreError } from './errors';
import { isoDay } from '../readers/file-date';
import { isTraditionalText } from '../../shared/extract/script';
import type { Report, ReportSummary, Section } from '../../shared/types';

const SUMMARY = `SELECT r.id, r.key, r.title, r.organisation, r.published, r.as_of AS asOf,
  (SELECT count(*) FROM figures f WHERE f.report_id = r.id) AS figureCount,
  (SELECT count(*) FROM slides s JOIN decks d ON d.id = s.deck_id WHERE d.report_id = r.id) AS slideCount
  FROM reports r`;

export function listReports(db: DB): ReportSummary[] {
  return db.prepare(`${SUMMARY} ORDER BY r.id`).all() as ReportSummary[];
}

export function getReport(db: DB, id: number): Report | undefined {
  const summary = db.prepare(`${SUMMARY} WHERE r.id = ?`).get(id) as ReportSummary | undefined;
  if (!summary) return undefined;
  const extra = db
    .prepare(
      `SELECT title_en AS titleEn, organisation_en AS organisationEn, published_note AS publishedNote, region, text
       FROM reports WHERE id = ?`,
    )
    .get(id) as Pick<Report, 'titleEn' | 'organisationEn' | 'publishedNote' | 'region' | 'text'>;
  const sections = db
    .prepare('SELECT id, key, ord, title, title_en AS titleEn, start, end FROM sections WHERE report_id = ? ORDER BY ord')
    .all(id) as Section[];
  // Told here for the renderer and the exports (the renderer does not carry OpenCC's tables).
  return { ...summary, ...extra, sections, ...(isTraditionalText(extra.text) ? { traditional: true as const } : {}) };
}

/**
 * A report named on a command line or in a print URL: its id (digits) or its key. An id wins over a key
 * that happens to be the same digits.
 */
export function findReport(db: DB, ref: string | number): ReportSummary | undefined {
  const reports = listReports(db);
  const asId = typeof ref === 'number' ? ref : /^\d+$/.test(ref.trim()) ? Number(ref.trim()) : NaN;
  return reports.find((r) => r.id === asId) ?? reports.find((r) => r.key === String(ref).trim());
}

/** The meta row holding the report a window last opened: the app, the web bridge and the CLI share it. */
const LAST_OPENED = 'last_report_id';

export function lastOpenedReportId(db: DB): number | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(LAST_OPENED) as { value: string } | undefined;
  const id = row ? Number(row.value) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Remember the report a window opened. Written only when it changes: a reload writes nothing. */
export function rememberOpened(db: DB, reportId: number): void {
  db.prepare(
    `INSERT INTO meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
  ).run(LAST_OPENED, String(reportId));
}

/** Forget the last opened report (tests that share one store start from the first report). */
export function forgetOpened(db: DB): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(LAST_OPENED);
}

/** The report everything works on when none is named: the last opened (if it still exists), else the first. */
export function currentReport(db: DB, lastOpened: number | null = lastOpenedReportId(db)): ReportSummary | undefined {
  const reports = listReports(db);
  return reports.find((r) => r.id === lastOpened) ?? reports[0];
}

/** The report on screen: the one whose deck the presentation hub shows, else the current report. */
export function reportOnScreen(db: DB, hubDeckId: number | null): ReportSummary | undefined {
  const owner = hubDeckId === null ? undefined : reportOfDeck(db, hubDeckId);
  return listReports(db).find((r) => r.id === owner) ?? currentReport(db);
}

/** The report that owns a deck. */
export function reportOfDeck(db: DB, deckId: number): number | undefined {
  return (db.prepare('SELECT report_id AS id FROM decks WHERE id = ?').get(deckId) as { id: number } | undefined)?.id;
}

export const MAX_TITLE = 200;
const MAX_ORGANISATION = 200;
const DATE = /^(?:\d{4}-\d{2}-\d{2})?$/;

/** A title or an organisation as stored: trimmed, one line, within its limit; what is wrong named. */
function cleanLine(value: string, what: string, max: number, required: boolean): string {
  const clean = value.trim();
  if (required && !clean) throw new StoreError('BAD_EDIT', `${what}不能为空`);
  if (clean.length > max) throw new StoreError('BAD_EDIT', `${what}过长（${clean.length} 字，上限 ${max} 字）`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(clean)) throw new StoreError('BAD_EDIT', `${what}不能包含换行或控制字符`);
  return clean;
}

/** A publication date: 2016-02-04, a real day, or empty (the report names none: covers and exports print none). */
function cleanDate(value: string): string {
  const clean = value.trim();
  if (!DATE.test(clean)) throw new StoreError('BAD_EDIT', `发布日期“${clean}”格式不对：应为 2016-02-04，或留空`);
  if (clean && isoDay(clean) !== clean) throw new StoreError('BAD_EDIT', `发布日期“${clean}”不存在`);
  return clean;
}

/** Decks that carry a report's old title (every drafted deck: its name and its title slide) take the new one. */
function retitleDecks(db: DB, reportId: number, from: string, to: string): void {
  if (from === to) return;
  db.prepare('UPDATE decks SET title = ? WHERE report_id = ? AND title = ?').run(to, reportId, from);
  db.prepare(
    `UPDATE slides SET title = ? WHERE title = ? AND layout = 'title' AND deck_id IN (SELECT id FROM decks WHERE report_id = ?)`,
  ).run(to, from, reportId);
}

/**
 * Rename a report. `expectedTitle` is the title the caller saw: a report renamed meanwhile (another
 * window, the CLI) is a conflict, one deleted meanwhile is NOT_FOUND. Decks that carry the report's old
 * title (every drafted deck does: its title slide and the PDF's title) take the new one with it.
 */
export function renameReport(db: DB, reportId: number, title: string, expectedTitle: string): ReportSummary {
  const clean = cleanLine(title, '标题', MAX_TITLE, true);
  return db
    .transaction(() => {
      const row = db.prepare('SELECT title FROM reports WHERE id = ?').get(reportId) as { title: string } | undefined;
      if (!row) throw new StoreError('NOT_FOUND', `报告 ${reportId} 已不存在（可能已被删除）`);
      if (row.title !== expectedTitle) throw new StoreError('CONFLICT', `这份报告已被改名为《${row.title}》，请刷新后再改`);
      db.prepare('UPDATE reports SET title = ? WHERE id = ?').run(clean, reportId);
      retitleDecks(db, reportId, row.title, clean);
      return db.prepare(`${SUMMARY} WHERE r.id = ?`).get(reportId) as ReportSummary;
    })
    .immediate();
}

/** What the report switcher lets staff correct after an import: the title, who published it and when. */
export interface ReportDetails {
  title: string;
  organisation: string;
  published: string;
}

/**
 * Correct a report's title, organisation and publication date (an import that found no date leaves it empty;
 * staff add it here). `expected` is what the caller saw: any of the three changed meanwhile is a conflict
 * naming it, and nothing is written. The title follows into the decks as a rename does; the closing slide
 * that names the old organisation names the new one. Every chart's source line and every export read the
 * report's own organisation and date, so they follow at once.
 */
export function editReportDetails(db: DB, reportId: number, next: ReportDetails, expected: ReportDetails): ReportSummary {
  const title = cleanLine(next.title, '标题', MAX_TITLE, true);
  const organisation = cleanLine(next.organisation, '发布单位', MAX_ORGANISATION, true);
  const published = cleanDate(next.published);
  return db
    .transaction(() => {
      const row = db.prepare('SELECT title, organisation, published FROM reports WHERE id = ?').get(reportId) as ReportDetails | undefined;
      if (!row) throw new StoreError('NOT_FOUND', `报告 ${reportId} 已不存在（可能已被删除）`);
      const changed = (['title', 'organisation', 'published'] as const).filter((k) => row[k] !== expected[k]);
      if (changed.length > 0) {
        const names = { title: '标题', organisation: '发布单位', published: '发布日期' };
        throw new StoreError('CONFLICT', `这份报告的${changed.map((k) => names[k]).join('、')}已被改过，请刷新后再改`);
      }
      db.prepare('UPDATE reports SET title = ?, organisation = ?, published = ? WHERE id = ?').run(
        title,
        organisation,
        published,
        reportId,
      );
      retitleDecks(db, reportId, row.title, title);
      if (organisation !== row.organisation)
        db.prepare(
          `UPDATE slides SET body = json_set(body, '$.subtitle', ?), version = version + 1
           WHERE layout = 'closing' AND json_extract(body, '$.subtitle') = ?
             AND deck_id IN (SELECT id FROM decks WHERE report_id = ?)`,
        ).run(organisation, row.organisation, reportId);
      return db.prepare(`${SUMMARY} WHERE r.id = ?`).get(reportId) as ReportSummary;
    })
    .immediate();
}

/** Why a named report was refused, with every report one could name instead (CLI usage errors). */
export function unknownReportMessage(ref: string, reports: ReportSummary[]): string {
  const available = reports.map((r) => `${r.key}（${r.id}，${r.title}）`).join('\n  ');
  return `没有这份报告：${ref}\n可用的报告（--report 后写编号或标识）：\n  ${available || '（数据库中没有报告）'}`;
}
