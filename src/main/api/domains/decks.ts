/** Decks: list a report's decks and read one with its slides. */
import type { Handlers } from '../../../shared/api';
import { getDeck, listDecks } from '../../store/decks';
import type { HandlerContext } from '../context';

export type DeckHandlers = Pick<Handlers, 'deck.list' | 'deck.get'>;

export function deckHandlers({ store, mustExist, reportExists }: HandlerContext): DeckHandlers {
  return {
    'deck.list': ({ reportId }) => (reportExists(reportId), listDecks(store.db, reportId)),
    'deck.get': ({ deckId }) => mustExist(getDeck(store.db, deckId), `简报 ${deckId} `),
  };
}
