/**
 * What an office export reads: one report, its deck and its figures, straight from the store. A report
 * that cannot be exported (unknown, or a deck without slides) is refused here, before anything is written.
 */
import type { DB } from '../store';
import { getDeck, listDecks } from '../store/decks';
import { listFigures } from '../store/figures';
import { currentReport, findReport, getReport, listReports, unknownReportMessage } from '../store/reports';
import { withResolvedTexts } from '../../shared/figure-refs';
import { deckWords } from './text';
import type { Deck, Figure, Report } from '../../shared/types';
import { ExportError, UnknownReportError } from '../pdf/errors';

export interface ExportData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  byId: ReadonlyMap<number, Figure>;
}

/** The report named by id or key; without a name, the last opened report, else the first. */
export function resolveReportId(db: DB, ref?: string | number): number {
  if (ref === undefined || ref === '') {
    const current = currentReport(db);
    if (!current) throw new ExportError('数据库中没有任何报告，无可导出');
    return current.id;
  }
  const found = findReport(db, ref);
  if (!found) throw new UnknownReportError(unknownReportMessage(String(ref), listReports(db)));
  return found.id;
}

export function loadExportData(db: DB, reportId: number): ExportData {
  const report = getReport(db, reportId);
  if (!report) throw new ExportError(`找不到编号为 ${reportId} 的报告`);
  const first = listDecks(db, reportId)[0];
  const deck = first ? getDeck(db, first.id) : undefined;
  if (!deck || deck.slides.length === 0) throw new ExportError(`报告《${report.title}》没有幻灯片，无可导出：请先在简报台中起草演示稿`);
  const figures = listFigures(db, reportId);
  const byId = new Map(figures.map((f) => [f.id, f]));
  // Figure references in the slides' own texts export as the figures' values.
  // (A figure the store no longer has is marked in the report's script: ［數據缺失］ in a traditional one.)
  const missing = deckWords(report)('［数据缺失］');
  return { report, deck: { ...deck, slides: deck.slides.map((s) => withResolvedTexts(s, byId, missing)) }, figures, byId };
}
