import type { DB } from './db';
import type { Report, ReportSummary, Section } from '../../shared/types';

const SUMMARY = `SELECT r.id, r.key, r.title, r.organisation, r.published, r.as_of AS asOf,
  (SELECT count(*) FROM figures f WHERE f.report_id = r.id) AS figureCount FROM reports r`;

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
