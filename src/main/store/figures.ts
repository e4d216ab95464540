import type { DB } from './db';
import type { Relation } from '../../shared/checks';
import type { Figure } from '../../shared/types';

export const FIGURE_SELECT = `SELECT f.id, f.report_id AS reportId, f.section_id AS sectionId, f.key, f.label,
  f.value_text AS valueText, f.value, f.unit, f.period, f.kind, f.status, f.qualifier, f.scope, f.version,
  s.quote, s.quote_start AS quoteStart, s.quote_end AS quoteEnd, s.value_start AS valueStart, s.value_end AS valueEnd
  FROM figures f JOIN figure_sources s ON s.figure_id = f.id`;

export function listFigures(db: DB, reportId: number): Figure[] {
  return db.prepare(`${FIGURE_SELECT} WHERE f.report_id = ? ORDER BY s.value_start, f.id`).all(reportId) as Figure[];
}

/** Every figure of every report, for the CLI's facts listing. */
export function allFigures(db: DB): (Figure & { report: string; section: string })[] {
  return db
    .prepare(
      `SELECT x.*, r.key AS report, sec.key AS section FROM (${FIGURE_SELECT}) x
       JOIN reports r ON r.id = x.reportId JOIN sections sec ON sec.id = x.sectionId
       ORDER BY x.reportId, x.valueStart, x.id`,
    )
    .all() as (Figure & { report: string; section: string })[];
}

export function listRelations(db: DB, reportId: number): Relation[] {
  const rows = db.prepare('SELECT type, spec FROM figure_relations WHERE report_id = ? ORDER BY id').all(reportId) as {
    type: Relation['type'];
    spec: string;
  }[];
  return rows.map((r) => ({ type: r.type, ...JSON.parse(r.spec) }) as Relation);
}
