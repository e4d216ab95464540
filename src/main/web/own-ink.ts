/**
 * A page's own ink is not sent back to it on its event stream. The page drawing a stroke gets each change
 * of the ink as the answer to its action on the presentation socket (socket.ts); the same change on its
 * event stream as well was one more message per point of a stroke — the bridge writing it, the network
 * service passing it on, the page reading it only to drop it (a revision it had already applied).
 *
 * A page names itself with a random id on both (`?page=` on the socket's and the event stream's address).
 * The hub's listeners run inside the call that applies an action — synchronously, or after a lock wait, in
 * the same async context — so the event stream tells an event its own page's socket caused. Only ink deltas
 * are left out: a page that misses one (its socket closed before the answer came) sees the gap at the next
 * delta and reads the whole ink (shared/ink.ts followInk); every other change still comes both ways.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { WEB_PAGE_PARAM } from '../../shared/channels';
import type { PresentationEvent } from '../../shared/presentation';

const acting = new AsyncLocalStorage<string>();

/** The page id an address names (`?page=`, 16–64 of [A-Za-z0-9_-]), or undefined. */
export function pageOf(url: URL): string | undefined {
  const page = url.searchParams.get(WEB_PAGE_PARAM);
  return page !== null && /^[A-Za-z0-9_-]{16,64}$/.test(page) ? page : undefined;
}

/** Run `f` (applying an action that came on `page`'s socket) as that page. */
export const asPage = <T>(page: string | undefined, f: () => T): T => (page === undefined ? f() : acting.run(page, f));

/** `event` is a change of ink that `page` made itself, on its socket: its answer carried it already. */
export const ownInk = (page: string | undefined, event: PresentationEvent): boolean =>
  page !== undefined && event.inkDelta !== undefined && acting.getStore() === page;
