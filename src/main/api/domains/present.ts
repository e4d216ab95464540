/** The presentation: every window reads and changes the one state the hub holds. */
import type { Handlers } from '../../../shared/api';
import type { HandlerContext } from '../context';

export type PresentHandlers = Pick<Handlers, 'present.state' | 'present.act'>;

export function presentHandlers({ hub }: HandlerContext): PresentHandlers {
  return {
    'present.state': () => hub.current,
    'present.act': ({ action }) => hub.act(action),
  };
}
