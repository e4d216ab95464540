/**
 * The windows' geometry (shared/window-geometry.ts): each window reports what it draws its slides at after
 * its first load and on a change; the last one is kept (store/window-geometry.ts) for the first chart's
 * picture the main process makes ahead (charts/picture-refresh.ts). A store opened read-only keeps none.
 *
 * And a window's first frame (shared/first-frame.ts): its first slide as it rendered it, kept in memory (the
 * last one only) for the next app page of the same key (web/first-frame.ts).
 */
import type { Handlers } from '../../../shared/api';
import { keepGeometry } from '../../store/window-geometry';
import { readFrame, type KeptFrame } from '../../web/first-frame';
import type { HandlerContext } from '../context';

export type WindowHandlers = Pick<Handlers, 'window.geometry' | 'window.frame'>;

/** Where the last window's first frame is kept. */
export interface FrameHolder {
  frame: KeptFrame | null;
}

/** `changed`: called when the kept geometry is another one. */
export function windowHandlers({ store }: HandlerContext, changed: () => void, frames: FrameHolder = { frame: null }): WindowHandlers {
  return {
    'window.geometry': (g) => {
      if (store.readOnly) return { kept: false };
      if (keepGeometry(store.db, g)) changed();
      return { kept: true };
    },
    'window.frame': ({ key, frame }) => {
      const tree = readFrame(frame);
      if (!tree) return { kept: false };
      frames.frame = { key, tree };
      return { kept: true };
    },
  };
}
