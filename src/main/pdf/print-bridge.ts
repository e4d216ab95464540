/**
 * The store side of a headless export, loaded by export.ts while Chromium starts (it pulls in the handlers,
 * the contract's schemas and the bridge: most of the exporter's code): the report to print, resolved before
 * any page asks for it, and a loopback bridge that answers only the channels the print page reads.
 */
import { WEB_TOKEN_HEADER } from '../../shared/api';
import { createHandlers } from '../api/handlers';
import type { Store } from '../store';
import { currentReport, findReport, listReports, unknownReportMessage } from '../store/reports';
import { startBridge, type Bridge } from '../web/server';
import { ExportError, UnknownReportError } from './errors';

/** The request header the print page's token travels in (set over the DevTools pipe). */
export const TOKEN_HEADER = WEB_TOKEN_HEADER;

/** What the print page reads; an export bridge answers nothing else (no write reaches the store through it). */
export const PRINT_CHANNELS = ['app.info', 'report.list', 'briefing.open', 'figure.list', 'checks.list'] as const;

/** The report to print: the one named (by id or key), else the last opened, else the first. */
export function reportToPrint(store: Store, named: string | undefined): { id: number } {
  const report = named === undefined ? currentReport(store.db) : findReport(store.db, named);
  if (!report && named !== undefined) throw new UnknownReportError(unknownReportMessage(named, listReports(store.db)));
  if (!report) throw new ExportError(`数据库 ${store.path} 中没有报告，无法导出`);
  return report;
}

/**
 * Read-only handlers on an allowlist of reading channels, whatever way the caller opened the store. The
 * briefing a page opens is read once per report for the bridge's life: every page of a batch (export.ts
 * prints in two at once) prints one state of the store, though the app may write to it meanwhile.
 */
export function startPrintBridge(store: Store, rendererDir: string, version: string): Promise<Bridge> {
  const handlers = createHandlers({ ...store, readOnly: true }, version);
  const open = handlers['briefing.open'];
  const opened = new Map<string, ReturnType<typeof open>>();
  handlers['briefing.open'] = (req) => {
    const key = JSON.stringify(req);
    if (!opened.has(key)) opened.set(key, open(req));
    return opened.get(key) as ReturnType<typeof open>;
  };
  return startBridge({ handlers, rendererDir, channels: PRINT_CHANNELS });
}
