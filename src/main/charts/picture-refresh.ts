/**
 * The first chart's picture made ahead (issue #24): whenever what the next window opens on may have
 * changed — the app's start, a window's reported geometry, an import, a corrected figure, a slide or deck
 * edit, another deck opened — the main process works out that window's first answer (as the app page will
 * inline it: web/first-page.ts) and its chart's picture order for the geometry windows last reported
 * (store/window-geometry.ts), and has the worker thread make it if it is not kept yet (picture-maker.ts).
 * The next window, cold, then finds it by its key and shows the chart in its first frame.
 *
 * Never on a request's path: a change only sets a timer (`delayMs`, so a burst of edits makes one
 * picture), the look-up runs on that timer (the answer's preview and a hash, a few milliseconds), and the
 * drawing in the worker thread. At start it waits longer (`startDelayMs`) so the first window opens first.
 */
import type { InlineOpen } from '../../shared/first-open';
import { geometryForWindow, type PlannedWindow, type WindowGeometry } from '../../shared/window-geometry';
import { log } from '../log';
import { firstPictureOrder, makerOf, servesOwnChartCode } from './first-picture';
import type { Kept } from './picture-dir';

export interface PictureRefreshOptions {
  /** What a window's plain first open would answer now (api/handlers.ts firstOpenPreview). */
  preview: () => InlineOpen;
  /** The geometry windows last reported (store/window-geometry.ts), or null. */
  geometry: () => WindowGeometry | null;
  /** The folder the pictures are kept in (beside the store). */
  pictureDir: string;
  /** After a change (ms). */
  delayMs?: number;
  /** After the start (ms). */
  startDelayMs?: number;
}

export class PictureRefresh {
  private rendererDir: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<Kept | null> = Promise.resolve(null);
  private settle: ((p: Promise<Kept | null>) => void) | null = null;
  private planned: PlannedWindow | null = null;
  /** How many refreshes ran (tests). */
  runs = 0;

  constructor(private readonly o: PictureRefreshOptions) {}

  /**
   * The built app page's folder is known (the bridge or the app:// scheme serves it): refresh after the
   * start. A page built from other chart code is not attached over one built from this process's.
   */
  attach(rendererDir: string): void {
    if (this.rendererDir && !servesOwnChartCode(rendererDir)) return;
    this.rendererDir = rendererDir;
    this.schedule(this.o.startDelayMs ?? 1500);
  }

  /**
   * The desktop app's next window: the size it creates its deck window at and its display's scale factor.
   * Pictures are then made for that window (geometryForWindow), whatever size a window was resized to since.
   */
  planWindow(planned: PlannedWindow): void {
    this.planned = planned;
    this.changed();
  }

  /** The geometry the next window will draw at: the planned window's, else the one last reported; or null. */
  nextGeometry(): WindowGeometry | null {
    const reported = this.o.geometry();
    return reported && this.planned ? geometryForWindow(reported, this.planned) : reported;
  }

  /** What the next window opens on may have changed: refresh after a moment. Costs a timer. */
  changed(): void {
    if (this.rendererDir) this.schedule(this.o.delayMs ?? 300);
  }

  /** The picture the last scheduled refresh made or found (null: none to make), once it has run. */
  settled(): Promise<Kept | null> {
    return this.pending;
  }

  /** Look the next window's picture up now and make it if it is not kept; null when it has none. */
  refresh(): Promise<Kept | null> {
    const dir = this.rendererDir;
    if (!dir) return Promise.resolve(null);
    this.runs++;
    let order;
    try {
      order = firstPictureOrder(this.o.preview(), dir, this.nextGeometry());
    } catch (e) {
      log('picture.refresh-error', { code: (e as { code?: string })?.code ?? 'INTERNAL' });
      return Promise.resolve(null);
    }
    if (!order) return Promise.resolve(null);
    return makerOf(this.o.pictureDir)
      .make(order)
      .catch((e: unknown) => {
        log('picture.make-error', { code: (e as { code?: string })?.code ?? 'INTERNAL' });
        return null;
      });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.settle) this.pending = new Promise((settle) => (this.settle = (p) => p.then(settle)));
    this.timer = setTimeout(() => {
      const settle = this.settle;
      this.settle = null;
      settle?.(this.refresh());
    }, ms);
    this.timer.unref();
  }

  /** Stop: no refresh runs after this. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.settle?.(Promise.resolve(null));
    this.settle = null;
    this.rendererDir = null;
  }
}
