/** The API handlers: one object implementing the shared contract. Thin — the store does the work. */
import type { Handlers } from '../../shared/api';
import { AppError } from '../../shared/result';
import type { Store } from '../store';
import { getDeck, listDecks } from '../store/decks';
import { listFigures } from '../store/figures';
import { getReport, listReports } from '../store/reports';

export function createHandlers(store: Store, version: string): Handlers {
  const { db } = store;
  const mustExist = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new AppError('NOT_FOUND', `${what}不存在`);
    return value;
  };
  const reportExists = (id: number) => mustExist(getReport(db, id), `报告 ${id} `);
  return {
    'app.info': () => ({ version, schemaVersion: store.schemaVersion, dbPath: store.path, readOnly: store.readOnly }),
    'report.list': () => listReports(db),
    'report.get': ({ reportId }) => reportExists(reportId),
    'figure.list': ({ reportId }) => (reportExists(reportId), listFigures(db, reportId)),
    'deck.list': ({ reportId }) => (reportExists(reportId), listDecks(db, reportId)),
    'deck.get': ({ deckId }) => mustExist(getDeck(db, deckId), `简报 ${deckId} `),
  };
}
