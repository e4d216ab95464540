/**
 * The API handlers: each domain's typed map (api/domains/*), merged here into the one object that
 * implements the shared contract. A channel missing from every domain, or answered by two, is a type error.
 * Thin — the store does the work.
 */
import type { Channel, Handlers, Request } from '../../shared/api';
import type { Store } from '../store';
import { PresentationHub } from '../presentation-hub';
import { handlerContext, type Shell } from './context';
import { LOCK_WAIT, withLockWait, type LockWait } from './lock-wait';
import { exportHandlers, type ExportHandlers } from './domains/exports';
import { dataHandlers, type DataHandlers } from './domains/data';
import { deckHandlers, type DeckHandlers } from './domains/decks';
import { figureHandlers, type FigureHandlers } from './domains/figures';
import { presentHandlers, type PresentHandlers } from './domains/present';
import { reportDomain, type ReportHandlers } from './domains/reports';
import { FrameHolder, windowHandlers, type WindowHandlers } from './domains/windows';
import type { InlineOpen } from '../../shared/first-open';
import type { KeptFrame } from '../web/first-frame';
import type { PlannedWindow, WindowGeometry } from '../../shared/window-geometry';
import { pictureDirOf } from '../charts/first-picture';
import { PictureRefresh } from '../charts/picture-refresh';
import { readGeometry } from '../store/window-geometry';

type Domains = [ReportHandlers, FigureHandlers, PresentHandlers, DataHandlers, DeckHandlers, ExportHandlers, WindowHandlers];
/** Every pair of domains answers disjoint channels. */
type Overlap<T extends unknown[]> = T extends [infer H, ...infer R]
  ? (keyof H & { [K in keyof R]: keyof R[K] }[number]) | Overlap<R>
  : never;
const noChannelTwice: [Overlap<Domains>] extends [never] ? true : false = true;
void noChannelTwice;

/** Each handler waits for another program's write lock on a timer, not inside SQLite (lock-wait.ts). */
export function createHandlers(
  store: Store,
  version: string,
  hub: PresentationHub = new PresentationHub(),
  shell: Shell = {},
  lockWait: LockWait = LOCK_WAIT,
): Handlers {
  const ctx = handlerContext(store, hub, version, shell);
  const reports = reportDomain(ctx);
  const dir = pictureDirOf(store.path);
  const geometry = () => readGeometry(store.db);
  const refresh = dir ? new PictureRefresh({ preview: reports.previewOpen, geometry, pictureDir: dir }) : null;
  const kept = new FrameHolder(dir);
  const handlers = withLockWait(
    store,
    {
      ...reports.handlers,
      ...figureHandlers(ctx),
      ...presentHandlers(ctx),
      ...dataHandlers(ctx),
      ...deckHandlers(ctx),
      ...exportHandlers(ctx),
      ...windowHandlers(ctx, () => refresh?.changed(), kept),
    },
    lockWait,
  );
  const answering = refresh ? withPictureRefresh(handlers, refresh) : handlers;
  previews.set(answering, reports.previewOpen);
  if (dir && refresh) pictures.set(answering, { dir, refresh });
  frames.set(answering, kept);
  return answering;
}

/**
 * The requests after which a window's first slide may show another chart, or the same one otherwise:
 * what it opens on (the report, the deck, the slide), the figures it draws, the texts around it.
 */
export function changesFirstChart<C extends Channel>(channel: C, req: Request<C>): boolean {
  switch (channel) {
    case 'briefing.open': // remembers the report opened
    case 'figure.update':
    case 'edit.undo':
    case 'report.import':
    case 'report.rename':
    case 'report.details':
    case 'report.delete':
    case 'report.restore':
    case 'data.import':
    case 'slide.update':
    case 'slide.move':
    case 'slide.delete':
    case 'slide.duplicate':
    case 'slide.add':
    case 'deck.undo':
    case 'deck.redo':
      return true;
    case 'present.act':
      return (req as Request<'present.act'>).action.type === 'open';
    default:
      return false;
  }
}

/** `handlers`, each change to what the next window opens on setting the refresh's timer once answered. */
function withPictureRefresh(handlers: Handlers, refresh: PictureRefresh): Handlers {
  const wrapped: Record<string, (req: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (req: unknown) => unknown][])
    wrapped[channel] = (req) => {
      const answer = handler(req);
      if (!changesFirstChart(channel, req as never)) return answer;
      if (answer instanceof Promise) return answer.then((a: unknown) => (refresh.changed(), a));
      refresh.changed();
      return answer;
    };
  return wrapped as Handlers;
}

const previews = new WeakMap<Handlers, () => InlineOpen>();
const frames = new WeakMap<Handlers, FrameHolder>();

/** The first frame a window of `handlers` last sent (api/domains/windows.ts), or null. */
export function keptFrame(handlers: Handlers): KeptFrame | null {
  return frames.get(handlers)?.get() ?? null;
}
const pictures = new WeakMap<Handlers, { dir: string; refresh: PictureRefresh }>();

/**
 * Where the chart pictures of the store `handlers` answer from are kept (main/charts/first-picture.ts) and
 * the geometry the next window will draw at (the desktop's planned window, else the one windows last
 * reported), or null (a store in memory keeps none).
 */
export function firstPictures(handlers: Handlers): { dir: string; geometry: WindowGeometry | null } | null {
  const p = pictures.get(handlers);
  return p ? { dir: p.dir, geometry: p.refresh.nextGeometry() } : null;
}

/**
 * The built app page `handlers` serve is in `rendererDir` (the bridge, the app:// scheme): the first chart's
 * picture is made ahead from now on (charts/picture-refresh.ts), first shortly after this start. Returns the
 * refresh (tests wait for it), or null for a store in memory.
 */
export function attachPictures(handlers: Handlers, rendererDir: string): PictureRefresh | null {
  const p = pictures.get(handlers);
  p?.refresh.attach(rendererDir);
  return p?.refresh ?? null;
}

/**
 * The desktop app's deck window, as created at this start (index.ts): the first chart's picture is made for
 * a window of its size on its display (charts/picture-refresh.ts planWindow).
 */
export function planPictureWindow(handlers: Handlers, planned: PlannedWindow): void {
  pictures.get(handlers)?.refresh.planWindow(planned);
}

/** Stop making pictures for `handlers` (a closing bridge or store). */
export function detachPictures(handlers: Handlers): void {
  pictures.get(handlers)?.refresh.stop();
}

/**
 * What a window's plain first `briefing.open` to `handlers` would answer now, computed without opening
 * anything (api/domains/reports.ts): the main process serves it inside the app page (shared/first-open.ts).
 * Undefined for handlers not made by createHandlers.
 */
export function firstOpenPreview(handlers: Handlers): (() => InlineOpen) | undefined {
  return previews.get(handlers);
}
