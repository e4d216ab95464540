/**
 * A window's own ink is not sent back to it with the events every window follows. The window drawing a
 * stroke gets each change of the ink as the answer to its action (the web bridge's presentation socket,
 * web/socket.ts; IPC in the app); the same change among the events as well was one more message per point
 * of a stroke — the main process serialising and sending it (on the bridge, the network service passing it
 * on), the window reading it only to drop it (a revision it had already applied).
 *
 * The window that acts is named while its action is applied: the hub's listeners run inside that call —
 * synchronously, or after a lock wait, in the same async context (AsyncLocalStorage) — so a listener sending
 * to one window tells an event that window caused. On the web bridge a page names itself with a random id on
 * its socket's and its event stream's address (`?page=`); in the app a window is its webContents' id. Only
 * ink deltas are left out: a window that misses one (a socket closed before the answer came) sees the gap at
 * the next delta and reads the whole ink (shared/ink.ts followInk); every other change still comes both ways.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { WEB_PAGE_PARAM } from '../shared/channels';
import type { PresentationEvent } from '../shared/presentation';

const acting = new AsyncLocalStorage<string>();

/** The page id a web bridge address names (`?page=`, 16–64 of [A-Za-z0-9_-]), or undefined. */
export function pageOf(url: URL): string | undefined {
  const page = url.searchParams.get(WEB_PAGE_PARAM);
  return page !== null && /^[A-Za-z0-9_-]{16,64}$/.test(page) ? page : undefined;
}

/** Run `f` (applying an action window `who` sent) as that window. */
export const asPage = <T>(who: string | undefined, f: () => T): T => (who === undefined ? f() : acting.run(who, f));

/** `event` is a change of ink that window `who` made itself: the answer to its action carried it already. */
export const ownInk = (who: string | undefined, event: PresentationEvent): boolean =>
  who !== undefined && event.inkDelta !== undefined && acting.getStore() === who;
