/** Reports: list, open (with figures and deck, in one round trip), extract and import. */
import type { Handlers } from '../../../shared/api';
import { extractFigures } from '../../../shared/extract';
import { getDeck, listDecks } from '../../store/decks';
import { listFigures } from '../../store/figures';
import { importReport } from '../../store/import';
import { listReports } from '../../store/reports';
import type { HandlerContext } from '../context';

export type ReportHandlers = Pick<Handlers, 'app.info' | 'report.list' | 'briefing.open' | 'report.extract' | 'report.import'>;

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
    'report.import': ({ meta, text, figures }) => (writable(), importReport(store.db, store.path, meta, text, figures)),
  };
}
