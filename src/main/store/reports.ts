import type { DB } from './db';
import { StoreError } from './errors';
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
  return { ...summary, ...extra, sections };
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

/**
 * Rename a report. `expectedTitle` is the title the caller saw: a report renamed meanwhile (another
 * window, the CLI) is a conflict, one deleted meanwhile is NOT_FOUND. Decks that carry the report's old
 * title (every drafted deck does: its title slide and the PDF's title) take the new one with it.
 */
export function renameReport(db: DB, reportId: number, title: string, expectedTitle: string): ReportSummary {
  const clean = title.trim();
  if (!clean) throw new StoreError('BAD_EDIT', '标题不能为空');
  if (clean.length > MAX_TITLE) throw new StoreError('BAD_EDIT', `标题过长（${clean.length} 字，上限 ${MAX_TITLE} 字）`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(clean)) throw new StoreError('BAD_EDIT', '标题不能包含换行或控制字符');
  return db
    .transaction(() => {
      const row = db.prepare('SELECT title FROM reports WHERE id = ?').get(reportId) as { title: string } | undefined;
      if (!row) throw new StoreError('NOT_FOUND', `报告 ${reportId} 已不存在（可能已被删除）`);
      if (row.title !== expectedTitle) throw new StoreError('CONFLICT', `这份报告已被改名为《${row.title}》，请刷新后再改`);
      db.prepare('UPDATE reports SET title = ? WHERE id = ?').run(clean, reportId);
      db.prepare('UPDATE decks SET title = ? WHERE report_id = ? AND title = ?').run(clean, reportId, row.title);
      const slides = db.prepare(
        `UPDATE slides SET title = ? WHERE title = ? AND layout = 'title' AND deck_id IN (SELECT id FROM decks WHERE report_id = ?)`,
      );
      slides.run(clean, row.title, reportId);
      return db.prepare(`${SUMMARY} WHERE r.id = ?`).get(reportId) as ReportSummary;
    })
    .immediate();
}

/** Why a named report was refused, with every report one could name instead (CLI usage errors). */
export function unknownReportMessage(ref: string, reports: ReportSummary[]): string {
  const available = reports.map((r) => `${r.key}（${r.id}，${r.title}）`).join('\n  ');
  return `没有这份报告：${ref}\n可用的报告（--report 后写编号或标识）：\n  ${available || '（数据库中没有报告）'}`;
}
