/**
 * The windows' geometry (shared/window-geometry.ts): each window reports what it draws its slides at after
 * its first load and on a change; the last one is kept (store/window-geometry.ts) for the first chart's
 * picture the main process makes ahead (charts/picture-refresh.ts). A store opened read-only keeps none.
 *
 * And a window's first frame (shared/first-frame.ts): its first slide as it rendered it, kept (the last one
 * only) in memory and beside the chart pictures, for the next app page of the same key (web/first-frame.ts),
 * in this run or the next.
 */
import type { Handlers } from '../../../shared/api';
import { readFirstFrame, writeFirstFrame } from '../../charts/picture-dir';
import { log } from '../../log';
import { keepGeometry } from '../../store/window-geometry';
import { readFrame, type KeptFrame } from '../../web/first-frame';
import type { HandlerContext } from '../context';

export type WindowHandlers = Pick<Handlers, 'window.geometry' | 'window.frame'>;

/**
 * Where the last window's first frame is kept: in memory, and in `dir` (beside the chart pictures:
 * charts/picture-dir.ts) when there is one, read from there once after a start, checked again.
 */
export class FrameHolder {
  private frame: KeptFrame | null = null;
  private looked: boolean;

  constructor(private readonly dir: string | null = null) {
    this.looked = dir === null;
  }

  /** The last frame sent, or the one kept on disk by an earlier run; null when there is none. */
  get(): KeptFrame | null {
    if (!this.looked) {
      this.looked = true;
      const kept = readFirstFrame(this.dir!);
      const tree = kept && readFrame(kept.frame);
      if (kept && tree) this.frame = { key: kept.key, tree };
    }
    return this.frame;
  }

  /** Keep `frame` (`json`: as the window sent it); on disk too when `persist`. */
  keep(frame: KeptFrame, json: string, persist: boolean): void {
    this.frame = frame;
    this.looked = true;
    if (!this.dir || !persist) return;
    try {
      writeFirstFrame(this.dir, frame.key, json);
    } catch (e) {
      // Kept in memory still; a restart serves none.
      log('first-frame.keep-error', { code: (e as { code?: string })?.code ?? 'INTERNAL' });
    }
  }
}

/** `changed`: called when the kept geometry is another one. */
export function windowHandlers({ store }: HandlerContext, changed: () => void, frames: FrameHolder = new FrameHolder()): WindowHandlers {
  return {
    'window.geometry': (g) => {
      if (store.readOnly) return { kept: false };
      if (keepGeometry(store.db, g)) changed();
      return { kept: true };
    },
    'window.frame': ({ key, frame }) => {
      const tree = readFrame(frame);
      if (!tree) return { kept: false };
      frames.keep({ key, tree }, frame, !store.readOnly);
      return { kept: true };
    },
  };
}
