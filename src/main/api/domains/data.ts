/** Data files: a report's figures out as JSON or CSV, and corrections in from JSON, CSV or XLSX. */
import type { Handlers } from '../../../shared/api';
import { applyRows, figureRows, parseCsvRows, parseJsonRows, parseXlsxRows, toCsv, toJson } from '../../store/tabular';
import type { HandlerContext } from '../context';

export type DataHandlers = Pick<Handlers, 'data.export' | 'data.import'>;

export function dataHandlers({ store, reportExists, writable }: HandlerContext): DataHandlers {
  return {
    'data.export': ({ reportId, format }) => {
      const rows = figureRows(store.db, reportId);
      const key = reportExists(reportId).key;
      return { filename: `${key}-figures.${format}`, content: format === 'csv' ? toCsv(rows) : toJson(rows) };
    },
    'data.import': async ({ reportId, format, name, content }) => {
      writable();
      reportExists(reportId);
      const parsed =
        format === 'json'
          ? parseJsonRows(content)
          : format === 'csv'
            ? parseCsvRows(content)
            : await parseXlsxRows(Buffer.from(content, 'base64'));
      return { changed: applyRows(store.db, store.path, reportId, parsed, name) };
    },
  };
}
