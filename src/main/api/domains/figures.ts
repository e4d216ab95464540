/** Figures: list, correct (versioned), their history and undo, and the consistency checks over them. */
import type { Handlers } from '../../../shared/api';
import { checkReport } from '../../../shared/checks';
import { getDeck, listDecks } from '../../store/decks';
import { listEdits, undoEdit, updateFigure } from '../../store/edits';
import { listFigures, listRelations } from '../../store/figures';
import type { HandlerContext } from '../context';

export type FigureHandlers = Pick<Handlers, 'figure.list' | 'figure.update' | 'figure.history' | 'edit.undo' | 'checks.list'>;

export function figureHandlers({ store, reportExists, writable }: HandlerContext): FigureHandlers {
  return {
    'figure.list': ({ reportId }) => (reportExists(reportId), listFigures(store.db, reportId)),
    'figure.update': ({ figureId, expectedVersion, patch, reason }) => (
      writable(),
      updateFigure(store.db, figureId, expectedVersion, patch, reason)
    ),
    'figure.history': ({ reportId, figureId }) => (
      reportExists(reportId),
      listEdits(store.db, figureId === undefined ? { reportId } : { figureId })
    ),
    'edit.undo': ({ editId }) => (writable(), undoEdit(store.db, editId)),
    'checks.list': ({ reportId }) => {
      const report = reportExists(reportId);
      const slides = listDecks(store.db, reportId).flatMap((d) => getDeck(store.db, d.id)?.slides ?? []);
      return checkReport(report.text, listFigures(store.db, reportId), slides, listRelations(store.db, reportId));
    },
  };
}
