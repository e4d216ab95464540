/**
 * What an office export reads: one report, its deck and its figures, straight from the store. A report
 * that cannot be exported (unknown, or a deck without slides) is refused here, before anything is written.
 */
import type { DB } from '../store';
import { getDeck, listDecks } from '../store/decks';
import { listFigures } from '../store/figures';
import { getReport, listReports } from '../store/reports';
import type { Deck, Figure, Report } from '../../shared/types';
import { ExportError } from '../pdf/errors';

export interface ExportData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  byId: ReadonlyMap<number, Figure>;
}

/** The report named by id (digits) or key; without a name, the first report. */
export function resolveReportId(db: DB, ref?: string | number): number {
  const reports = listReports(db);
  if (ref === undefined || ref === '') {
    const first = reports[0];
    if (!first) throw new ExportError('数据库中没有任何报告，无可导出');
    return first.id;
  }
  const text = String(ref).trim();
  const found = reports.find((r) => /^\d+$/.test(text) && r.id === Number(text)) ?? reports.find((r) => r.key === text);
  if (!found) throw new ExportError(`找不到报告“${text}”（可用：${reports.map((r) => `${r.id} ${r.key}`).join('、') || '无'}）`);
  return found.id;
}

export function loadExportData(db: DB, reportId: number): ExportData {
  const report = getReport(db, reportId);
  if (!report) throw new ExportError(`找不到编号为 ${reportId} 的报告`);
  const first = listDecks(db, reportId)[0];
  const deck = first ? getDeck(db, first.id) : undefined;
  if (!deck || deck.slides.length === 0) throw new ExportError(`报告《${report.title}》没有幻灯片，无可导出：请先在简报台中起草演示稿`);
  const figures = listFigures(db, reportId);
  return { report, deck, figures, byId: new Map(figures.map((f) => [f.id, f])) };
}

/** The report that owns a deck (the deck the app shows), if any. */
export function reportOfDeck(db: DB, deckId: number | null): number | undefined {
  if (deckId === null) return undefined;
  return (db.prepare('SELECT report_id AS id FROM decks WHERE id = ?').get(deckId) as { id: number } | undefined)?.id;
}
