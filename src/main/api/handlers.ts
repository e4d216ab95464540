/**
 * The API handlers: each domain's typed map (api/domains/*), merged here into the one object that
 * implements the shared contract. A channel missing from every domain, or answered by two, is a type error.
 * Thin — the store does the work.
 */
import type { Handlers } from '../../shared/api';
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
import type { InlineOpen } from '../../shared/first-open';
import { pictureDirOf } from '../charts/first-picture';

type Domains = [ReportHandlers, FigureHandlers, PresentHandlers, DataHandlers, DeckHandlers, ExportHandlers];
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
  const handlers = withLockWait(
    store,
    {
      ...reports.handlers,
      ...figureHandlers(ctx),
      ...presentHandlers(ctx),
      ...dataHandlers(ctx),
      ...deckHandlers(ctx),
      ...exportHandlers(ctx),
    },
    lockWait,
  );
  previews.set(handlers, reports.previewOpen);
  if (store.path !== ':memory:') pictureDirs.set(handlers, pictureDirOf(store.path));
  return handlers;
}

const previews = new WeakMap<Handlers, () => InlineOpen>();
const pictureDirs = new WeakMap<Handlers, string | null>();

/** The folder of the chart pictures of the store `handlers` answer from (main/charts/first-picture.ts), or null. */
export function firstPictureDir(handlers: Handlers): string | null {
  return pictureDirs.get(handlers) ?? null;
}

/**
 * What a window's plain first `briefing.open` to `handlers` would answer now, computed without opening
 * anything (api/domains/reports.ts): the main process serves it inside the app page (shared/first-open.ts).
 * Undefined for handlers not made by createHandlers.
 */
export function firstOpenPreview(handlers: Handlers): (() => InlineOpen) | undefined {
  return previews.get(handlers);
}
