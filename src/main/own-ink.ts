/**
 * A window's own ink is not sent back to it with the events every window follows. The window drawing a
 * stroke gets each change of the ink as the answer to its action (the web bridge's presentation socket,
 * web/socket.ts; IPC in the app); the same change among the events as well was one more message per point
 * of a stroke — the main process serialising and sending it (on the bridge, the network service passing it
 * on), the window reading it only to drop it (a revision it had already applied).
 *
 * The window that acts is named while its action is applied: 'present.act' calls the hub synchronously (ink
 * actions never touch the store, so never wait for its lock), and the hub's listeners run inside that call,
 * so a listener sending to one window tells an event that window caused. A plain slot, not AsyncLocalStorage:
 * on Node 20 (the bench, the tests) one AsyncLocalStorage.run turns on promise hooks for the whole process
 * for good, and every promise of every call, page request and event stream pays for them (a loop of awaits
 * ran 2–2.5× slower after one). An event the hub sends once the call has gone past its first await (an
 * action that waited for the store's lock) is nobody's own and goes to every window; the window that acted
 * then drops it as a revision it has. On the web bridge a page names itself with a random id on its
 * socket's and its event stream's address (`?page=`); in the app a window is its webContents' id. Only ink deltas are left out: a window that misses one (a
 * socket closed before the answer came) sees the gap at the next delta and reads the whole ink (shared/ink.ts
 * followInk); every other change still comes both ways.
 */
import { WEB_PAGE_PARAM } from '../shared/channels';
import type { PresentationEvent } from '../shared/presentation';

/** The window whose action is being applied, during the synchronous part of that call only. */
let acting: string | undefined;

/** The page id a web bridge address names (`?page=`, 16–64 of [A-Za-z0-9_-]), or undefined. */
export function pageOf(url: URL): string | undefined {
  const page = url.searchParams.get(WEB_PAGE_PARAM);
  return page !== null && /^[A-Za-z0-9_-]{16,64}$/.test(page) ? page : undefined;
}

/** Run `f` (applying an action window `who` sent) as that window, until it returns or first awaits. */
export function asPage<T>(who: string | undefined, f: () => T): T {
  if (who === undefined) return f();
  const was = acting;
  acting = who;
  try {
    return f();
  } finally {
    acting = was;
  }
}

/** `event` is a change of ink that window `who` made itself: the answer to its action carried it already. */
export const ownInk = (who: string | undefined, event: PresentationEvent): boolean =>
  who !== undefined && event.inkDelta !== undefined && acting === who;
