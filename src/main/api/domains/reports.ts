/** Reports: list, open (with figures and deck, in one round trip), extract, import, rename, delete and undo. */
import type { BriefingOpen, Handlers, Request } from '../../../shared/api';
import { extractFigures } from '../../../shared/extract';
import { AppError } from '../../../shared/result';
import { MAX_REPORT_BYTES, ReadError, readReport } from '../../readers';
import { getDeck, listDecks } from '../../store/decks';
import { listFigures } from '../../store/figures';
import { importReport } from '../../store/import';
import { deleteReport, restoreReport } from '../../store/report-removal';
import { currentReport, lastOpenedReportId, listReports, rememberOpened, renameReport, editReportDetails, reportOfDeck } from '../../store/reports';
import type { HandlerContext } from '../context';
import { buildSteps } from '../../../shared/builds';
import type { InlineOpen } from '../../../shared/first-open';
import { reduce } from '../../../shared/presentation';

export type ReportHandlers = Pick<
  Handlers,
  | 'app.info'
  | 'report.list'
  | 'briefing.open'
  | 'report.extract'
  | 'report.read'
  | 'report.import'
  | 'report.rename'
  | 'report.details'
  | 'report.delete'
  | 'report.restore'
>;

/**
 * The report handlers and `previewOpen`: what a window's plain first `briefing.open` (no report named, no deep
 * link, no remembered slide) would answer now, with nothing opened or remembered (the hub's next state is
 * reduced from a copy): the answer the main process puts into the app page it serves (shared/first-open.ts).
 */
export function reportDomain({ store, hub, version, reportExists, writable }: HandlerContext): {
  handlers: ReportHandlers;
  previewOpen(): InlineOpen;
} {
  // A read-only store is never written: the report its windows last opened is kept here instead.
  let openedReadOnly: number | null = null;
  const lastOpened = () => (store.readOnly ? openedReadOnly : lastOpenedReportId(store.db));

  /** `dry`: open nothing, remember nothing; the presentation is the hub's state as the open would leave it. */
  function open({ reportId, reportKey, deckId, present }: Request<'briefing.open'>, dry = false): BriefingOpen {
    const reports = listReports(store.db);
    const ownerOfDeck = deckId === undefined ? undefined : reportOfDeck(store.db, deckId);
    const summary =
      reports.find((r) => r.id === (ownerOfDeck ?? reportId)) ??
      (reportKey === undefined ? undefined : reports.find((r) => r.key === reportKey)) ??
      currentReport(store.db, lastOpened());
    if (!summary) return { reports, report: null, figures: [], deck: null };
    const report = reportExists(summary.id);
    const deckRef = ownerOfDeck === summary.id ? deckId : listDecks(store.db, report.id)[0]?.id;
    const deck = (deckRef !== undefined && getDeck(store.db, deckRef)) || null;
    const opened = { reports, report, figures: listFigures(store.db, report.id), deck };
    if (!present) return opened;
    // A window shows this report now: it is the default of every later open, print and CLI verb.
    if (!dry && store.readOnly) openedReadOnly = report.id;
    else if (!dry) rememberOpened(store.db, report.id);
    if (!deck) return opened;
    // If the hub already shows this deck (a presentation running in another window, or a reload), its
    // slide wins; otherwise the deck opens where this window last was on it.
    const resume = present.resume.find((r) => r.deckId === deck.id)?.index;
    const hidden = deck.slides.flatMap((s, i) => (s.hidden ? [i] : []));
    const action = {
      type: 'open' as const,
      deckId: deck.id,
      total: deck.slides.length,
      hidden,
      steps: deck.slides.map(buildSteps),
      ...(resume === undefined ? {} : { resume }),
      // A deep link names its slide outright.
      ...(present.index === undefined ? {} : { index: present.index }),
    };
    const presentation = dry ? reduce(hub.current, action) : hub.act(action);
    return { ...opened, presentation };
  }

  const previewOpen = (): InlineOpen => {
    const answer = open({ present: { resume: [] } }, true);
    return { answer, hubShowed: answer.deck !== null && hub.current.deckId === answer.deck.id };
  };

  const handlers: ReportHandlers = {
    'app.info': () => ({ version, schemaVersion: store.schemaVersion, dbPath: store.path, readOnly: store.readOnly }),
    'report.list': () => listReports(store.db),
    'briefing.open': (req) => open(req),
    'report.extract': ({ text, asOf }) => extractFigures(text, { asOf }),
    'report.read': async ({ name, content, encoding }) => {
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length > MAX_REPORT_BYTES)
        throw new AppError('BAD_REQUEST', `文件“${name}”太大（上限 ${MAX_REPORT_BYTES / 1024 / 1024} MB）`);
      try {
        const r = await readReport(bytes, { name, encoding });
        return { text: r.text, reader: r.reader, encoding: r.encoding ?? null, warnings: r.warnings, fileDate: r.fileDate ?? null };
      } catch (e) {
        if (e instanceof ReadError) throw new AppError('BAD_REQUEST', `文件“${name}”：${e.message}`);
        throw e;
      }
    },
    'report.import': ({ meta, text, figures }) => (writable(), importReport(store.db, store.path, meta, text, figures)),
    'report.rename': ({ reportId, title, expectedTitle }) => (writable(), renameReport(store.db, reportId, title, expectedTitle)),
    'report.details': ({ reportId, details, expected }) => (writable(), editReportDetails(store.db, reportId, details, expected)),
    'report.delete': ({ reportId, expectedTitle }) => (writable(), deleteReport(store.db, store.path, reportId, expectedTitle)),
    'report.restore': ({ reportId, backup }) => (writable(), restoreReport(store.db, store.path, reportId, backup)),
  };
  return { handlers, previewOpen };
}
