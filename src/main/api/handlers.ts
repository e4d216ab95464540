/** The API handlers: one object implementing the shared contract. Thin — the store does the work. */
import type { Handlers } from '../../shared/api';
import { AppError } from '../../shared/result';
import type { Store } from '../store';
import { getDeck, listDecks } from '../store/decks';
import { listFigures, listRelations } from '../store/figures';
import { listEdits, undoEdit, updateFigure } from '../store/edits';
import { checkReport } from '../../shared/checks';
import { extractFigures } from '../../shared/extract';
import { importReport } from '../store/import';
import { applyRows, figureRows, parseCsvRows, parseJsonRows, parseXlsxRows, toCsv, toJson } from '../store/tabular';
import { PresentationHub } from '../presentation-hub';
import { getReport, listReports } from '../store/reports';

export function createHandlers(store: Store, version: string, hub: PresentationHub = new PresentationHub()): Handlers {
  const mustExist = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new AppError('NOT_FOUND', `${what}不存在`);
    return value;
  };
  const reportExists = (id: number) => mustExist(getReport(store.db, id), `报告 ${id} `);
  const writable = () => {
    if (store.readOnly)
      throw new AppError('READ_ONLY', `数据库以只读方式打开（${store.path}），只能查看，不能保存修改`);
  };
  return {
    'app.info': () => ({ version, schemaVersion: store.schemaVersion, dbPath: store.path, readOnly: store.readOnly }),
    'report.list': () => listReports(store.db),
    'report.get': ({ reportId }) => reportExists(reportId),
    'figure.list': ({ reportId }) => (reportExists(reportId), listFigures(store.db, reportId)),
    'deck.list': ({ reportId }) => (reportExists(reportId), listDecks(store.db, reportId)),
    'deck.get': ({ deckId }) => mustExist(getDeck(store.db, deckId), `简报 ${deckId} `),
    'briefing.open': ({ reportId, present }) => {
      const reports = listReports(store.db);
      const summary = reports.find((r) => r.id === reportId) ?? reports[0];
      if (!summary) return { reports, report: null, figures: [], deck: null };
      const report = reportExists(summary.id);
      const [first] = listDecks(store.db, report.id);
      const deck = (first && getDeck(store.db, first.id)) || null;
      const opened = { reports, report, figures: listFigures(store.db, report.id), deck };
      if (!present || !deck) return opened;
      // If the hub already shows this deck (a presentation running in another window, or a reload), its
      // slide wins; otherwise the deck opens where this window last was on it.
      const resume = present.resume.find((r) => r.deckId === deck.id)?.index;
      const presentation = hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, ...(resume === undefined ? {} : { resume }) });
      return { ...opened, presentation };
    },
    'figure.update': ({ figureId, expectedVersion, patch, reason }) => (
      writable(), updateFigure(store.db, figureId, expectedVersion, patch, reason)
    ),
    'figure.history': ({ reportId, figureId }) => (
      reportExists(reportId), listEdits(store.db, figureId === undefined ? { reportId } : { figureId })
    ),
    'edit.undo': ({ editId }) => (writable(), undoEdit(store.db, editId)),
    'data.export': ({ reportId, format }) => {
      const rows = figureRows(store.db, reportId);
      const key = reportExists(reportId).key;
      return { filename: `${key}-figures.${format}`, content: format === 'csv' ? toCsv(rows) : toJson(rows) };
    },
    'data.import': async ({ reportId, format, name, content }) => {
      writable();
      reportExists(reportId);
      const parsed =
        format === 'json' ? parseJsonRows(content) : format === 'csv' ? parseCsvRows(content) : await parseXlsxRows(Buffer.from(content, 'base64'));
      return { changed: applyRows(store.db, store.path, reportId, parsed, name) };
    },
    'present.state': () => hub.current,
    'present.act': ({ action }) => hub.act(action),
    'report.extract': ({ text }) => extractFigures(text),
    'report.import': ({ meta, text, figures }) => (writable(), importReport(store.db, store.path, meta, text, figures)),
    'checks.list': ({ reportId }) => {
      const report = reportExists(reportId);
      const slides = listDecks(store.db, reportId).flatMap((d) => getDeck(store.db, d.id)?.slides ?? []);
      return checkReport(report.text, listFigures(store.db, reportId), slides, listRelations(store.db, reportId));
    },
  };
}
