/** The presentation: every window reads and changes the one state the hub holds. */
import type { Handlers } from '../../../shared/api';
import type { HandlerContext } from '../context';
import { getDeck } from '../../store/decks';
import { rehearsalTimes, saveRehearsal } from '../../store/rehearsals';

export type PresentHandlers = Pick<Handlers, 'present.state' | 'present.act' | 'rehearsal.get' | 'rehearsal.save'>;

export function presentHandlers({ hub, store, mustExist, writable }: HandlerContext): PresentHandlers {
  const deckExists = (deckId: number) => mustExist(getDeck(store.db, deckId) ?? undefined, `简报 ${deckId} `);
  return {
    'present.state': () => hub.current,
    'present.act': ({ action }) => hub.act(action),
    'rehearsal.get': ({ deckId }) => (deckExists(deckId), rehearsalTimes(store.db, deckId)),
    'rehearsal.save': ({ deckId, times }) => (writable(), deckExists(deckId), saveRehearsal(store.db, deckId, times)),
  };
}
