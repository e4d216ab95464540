/** The presentation: every window reads and changes the one state the hub holds. */
import type { Handlers } from '../../../shared/api';
import { buildStepsOf, hiddenIndices } from '../../store/slide-edits';
import type { HandlerContext } from '../context';
import { getDeck } from '../../store/decks';
import { rehearsalTimes, saveRehearsal } from '../../store/rehearsals';

export type PresentHandlers = Pick<Handlers, 'present.state' | 'present.act' | 'rehearsal.get' | 'rehearsal.save'>;

export function presentHandlers({ hub, store, mustExist, writable }: HandlerContext): PresentHandlers {
  const deckExists = (deckId: number) => mustExist(getDeck(store.db, deckId) ?? undefined, `简报 ${deckId} `);
  return {
    'present.state': () => hub.current,
    // Which slides are hidden, and how many build steps each has, is the store's to say, never a window's.
    // The answer is the hub's event (its ink as a delta), not the whole state: ink comes at a mouse's pace.
    'present.act': ({ action }) =>
      hub.answer(
        action.type === 'open'
          ? { ...action, hidden: hiddenIndices(store.db, action.deckId), steps: buildStepsOf(store.db, action.deckId) }
          : action,
      ),
    'rehearsal.get': ({ deckId }) => (deckExists(deckId), rehearsalTimes(store.db, deckId)),
    'rehearsal.save': ({ deckId, times }) => (writable(), deckExists(deckId), saveRehearsal(store.db, deckId, times)),
  };
}
