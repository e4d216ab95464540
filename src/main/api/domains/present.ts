/** The presentation: every window reads and changes the one state the hub holds. */
import type { Handlers } from '../../../shared/api';
import { hiddenIndices } from '../../store/slide-edits';
import type { HandlerContext } from '../context';

export type PresentHandlers = Pick<Handlers, 'present.state' | 'present.act'>;

export function presentHandlers({ hub, store }: HandlerContext): PresentHandlers {
  return {
    'present.state': () => hub.current,
    // Which slides are hidden is the store's to say, never a window's.
    'present.act': ({ action }) => hub.act(action.type === 'open' ? { ...action, hidden: hiddenIndices(store.db, action.deckId) } : action),
  };
}
