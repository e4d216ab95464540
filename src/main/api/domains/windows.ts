/**
 * The windows' geometry (shared/window-geometry.ts): each window reports what it draws its slides at after
 * its first load and on a change; the last one is kept (store/window-geometry.ts) for the first chart's
 * picture the main process makes ahead (charts/picture-refresh.ts). A store opened read-only keeps none.
 */
import type { Handlers } from '../../../shared/api';
import { keepGeometry } from '../../store/window-geometry';
import type { HandlerContext } from '../context';

export type WindowHandlers = Pick<Handlers, 'window.geometry'>;

/** `changed`: called when the kept geometry is another one. */
export function windowHandlers({ store }: HandlerContext, changed: () => void): WindowHandlers {
  return {
    'window.geometry': (g) => {
      if (store.readOnly) return { kept: false };
      if (keepGeometry(store.db, g)) changed();
      return { kept: true };
    },
  };
}
