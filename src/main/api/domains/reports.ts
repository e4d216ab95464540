/** Reports: list, open (with figures and deck, in one round trip), extract and import. */
import type { Handlers } from '../../../shared/api';
import { extractFigures } from '../../../shared/extract';
import { AppError } from '../../../shared/result';
import { MAX_REPORT_BYTES, ReadError, readReport } from '../../readers';
import { getDeck, listDecks } from '../../store/decks';
import { listFigures } from '../../store/figures';
import { importReport } from '../../store/import';
import { listReports } from '../../store/reports';
import type { HandlerContext } from '../context';

export type ReportHandlers = Pick<Handlers, 'app.info' | 'report.list' | 'briefing.open' | 'report.extract' | 'report.read' | 'report.import'>;

export function reportHandlers({ store, hub, version, reportExists, writable }: HandlerContext): ReportHandlers {
  return {
    'app.info': () => ({ version, schemaVersion: store.schemaVersion, dbPath: store.path, readOnly: store.readOnly }),
    'report.list': () => listReports(store.db),
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
    'report.extract': ({ text }) => extractFigures(text),
    'report.read': async ({ name, content, encoding }) => {
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length > MAX_REPORT_BYTES) throw new AppError('BAD_REQUEST', `文件“${name}”太大（上限 ${MAX_REPORT_BYTES / 1024 / 1024} MB）`);
      try {
        const r = await readReport(bytes, { name, encoding });
        return { text: r.text, reader: r.reader, encoding: r.encoding ?? null, warnings: r.warnings };
      } catch (e) {
        if (e instanceof ReadError) throw new AppError('BAD_REQUEST', `文件“${name}”：${e.message}`);
        throw e;
      }
    },
    'report.import': ({ meta, text, figures }) => (writable(), importReport(store.db, store.path, meta, text, figures)),
  };
}
