/**
 * The only renderer file that touches a transport. In Electron the preload puts a BridgeApi on
 * `window.api`; in a plain browser the same contract is answered over HTTP by the loopback web bridge.
 * Either way the answer is a Result, unwrapped here: callers get the value or an ApiCallError.
 */
import type { AppApi, BridgeApi, Channel, PresentationEvents, Request, Responses } from '../../shared/api';
import { CHANNEL_NAMES, WEB_API_PATH, WEB_EVENTS_PATH, WEB_PAGE_PARAM, WEB_TOKEN_HEADER } from '../../shared/channels';
import type { PresentationEvent } from '../../shared/presentation';
import type { Result } from '../../shared/result';
import { ApiCallError } from './api-error';
import { presentSocket } from './api-socket';
import { t, uiLang } from './i18n';

export { ApiCallError };

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    api?: BridgeApi;
    /** Set by the Electron preload: the presentation state pushed by the main process. */
    apiEvents?: PresentationEvents;
  }
}

const TOKEN_KEY = 'briefing-desk.token';
/**
 * Tabs of one bridge hand its token to a new tab of the same browser: a copied slide link carries no
 * token, and a tab opened from it (another window for the room, say) asks the tabs already open. A
 * BroadcastChannel reaches only pages of the same origin (this bridge's scheme, host and port) in this
 * browser profile, and holds nothing on disk: a program on another 127.0.0.1 port cannot join it.
 */
const TOKEN_CHANNEL = 'briefing-desk.token';
/** How long a tab without the token waits for an open tab to answer. */
const TOKEN_ASK_MS = 600;

/** Keep the token for reloads and answer other tabs that ask for it; false when storage is disabled. */
function keep(token: string): boolean {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(TOKEN_CHANNEL);
    channel.onmessage = (e: MessageEvent) => {
      if (e.data === 'ask') channel.postMessage({ token });
    };
  }
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
    return true;
  } catch {
    // Storage disabled: the token still works for this page (and stays in its address for reloads).
    return false;
  }
}

function askOpenTabs(): Promise<string | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null);
  return new Promise((done) => {
    const channel = new BroadcastChannel(TOKEN_CHANNEL);
    const finish = (token: string | null) => {
      clearTimeout(timer);
      channel.close();
      done(token);
    };
    const timer = setTimeout(() => finish(null), TOKEN_ASK_MS);
    channel.onmessage = (e: MessageEvent) => {
      const token = (e.data as { token?: unknown } | null)?.token;
      if (typeof token === 'string' && token) finish(token);
    };
    channel.postMessage('ask');
  });
}

/**
 * The web bridge token this page already holds: from `?token=` on first load (then kept in sessionStorage so
 * reloads work), else from this tab's session. None: the bridge may still let the page in (a header the
 * headless exporter adds to every request, the bridge's cookie), so the page asks the other tabs only when a
 * call is refused (see webCall) — never a 600 ms wait on a page that needs no token of its own.
 */
function heldToken(): string | null {
  const fromUrl = new URL(window.location.href).searchParams.get('token');
  if (fromUrl) {
    // Kept, and taken out of the address, right after the call that asked has sent its request (a
    // microtask later): the window's first briefing.open (boot.ts) need not wait for a BroadcastChannel, a
    // sessionStorage write and a history entry's update (a same-document navigation the browser is told of).
    queueMicrotask(() => {
      if (!keep(fromUrl)) return;
      // Keep the secret out of the address bar, history and screenshots once it is stored.
      const url = new URL(window.location.href);
      url.searchParams.delete('token');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    });
    return fromUrl;
  }
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // No storage: the other tabs are asked if a call is refused.
  }
  if (stored) keep(stored);
  return stored;
}

/** The token from another open tab of this bridge (a followed slide link), kept for this tab's reloads. */
async function tokenFromOpenTabs(): Promise<string | null> {
  const token = await askOpenTabs();
  if (token) keep(token);
  return token;
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error.code, result.error.message);
}

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in x;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string';
}

/**
 * This page's id on the web bridge, on its presentation socket and its event stream: the ink it draws comes
 * back as the answers to its actions, and the bridge does not send it again on the stream (main/own-ink.ts).
 */
const PAGE_ID = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

type Call = <C extends Channel>(channel: C, req: Request<C>) => Promise<Responses[C]>;

function bridgeCall(bridge: BridgeApi): Call {
  return async (channel, req) => {
    const fn = bridge[channel] as (r: typeof req) => Promise<Result<Responses[typeof channel]>>;
    return unwrap(await fn(req));
  };
}

function webCall(): Call {
  /** The page's own token, read at the first call. */
  let held: { token: string | null } | undefined;
  /** The other tabs' token, once a call without one was refused. */
  let known: Promise<string | null> | undefined;
  let asked = false;
  /** The token to open the presentation socket with: this page's own, else the one the other tabs gave. */
  let socketToken: string | null = null;
  const socket = presentSocket(() => socketToken, PAGE_ID);
  const post = async (channel: string, req: unknown, token: string | null): Promise<Response> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[WEB_TOKEN_HEADER] = token;
    try {
      return await fetch(WEB_API_PATH + channel, {
        method: 'POST',
        headers,
        body: JSON.stringify(req),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      throw new ApiCallError('INTERNAL', t(uiLang(), 'apiUnreachable', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return async (channel, req) => {
    // Read synchronously, so the request goes out in the caller's task: a window's first briefing.open,
    // sent before the app mounts (state/early-open.ts), would otherwise wait for the whole mount.
    held ??= { token: heldToken() };
    if (channel === 'present.act') {
      const answer = socket.send(req);
      if (answer) {
        let body: unknown;
        try {
          body = await answer;
        } catch (e) {
          throw new ApiCallError('INTERNAL', t(uiLang(), 'apiUnreachable', { reason: e instanceof Error ? e.message : String(e) }));
        }
        if (!isResult(body)) throw new ApiCallError('INTERNAL', t(uiLang(), 'apiBadAnswer', { status: 101 }));
        return unwrap(body as Result<Responses[typeof channel]>);
      }
    }
    let token = known ? await known : held.token;
    socketToken = token;
    let res = await post(channel, req, token);
    if (res.status === 401 && !token) {
      // Refused without a token: another tab of this browser may hold it. Asked once per page.
      if (!asked) {
        asked = true;
        known = tokenFromOpenTabs();
      }
      token = (await known) ?? null;
      socketToken = token;
      if (token) res = await post(channel, req, token);
    }
    // No tab of this browser had the token: say how to get one, not that the answer was invalid.
    if (res.status === 401 && !token) throw new ApiCallError('FORBIDDEN', t(uiLang(), 'apiNoToken'));
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiCallError(res.status === 403 ? 'FORBIDDEN' : 'INTERNAL', t(uiLang(), 'apiBadAnswer', { status: res.status }));
    }
    if (!isResult(body)) throw new ApiCallError('INTERNAL', t(uiLang(), 'apiBadAnswer', { status: res.status }));
    return unwrap(body as Result<Responses[typeof channel]>);
  };
}

/**
 * One function per channel, generated from the zod-free channel list (shared/channels.ts), which api.ts
 * checks against the contract at compile time: a new channel is a contract entry and a handler, nothing here.
 */
function createApi(call: Call): AppApi {
  const method =
    <C extends Channel>(channel: C) =>
    (req: Request<C>) =>
      call(channel, req);
  return Object.freeze(Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, method(channel)]))) as AppApi;
}

const bridge = typeof window !== 'undefined' ? window.api : undefined;

export const api: AppApi = createApi(bridge ? bridgeCall(bridge) : webCall());

/** True in the Electron app (the main process arranges windows and displays); false in a browser. */
export const isDesktop = bridge !== undefined;

/**
 * Follow the one presentation state: `listener` gets the current state at once (a late window catches
 * up) and then every change any window makes. Returns the unsubscribe function.
 * Electron: the preload's apiEvents plus one 'present.state' call; web: server-sent events on
 * WEB_EVENTS_PATH (same origin, so the bridge's HttpOnly cookie authenticates the stream; EventSource
 * reconnects by itself and the server sends the current state on every connect).
 */
export function subscribePresentation(listener: (s: PresentationEvent) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const events = window.apiEvents;
  if (bridge && events) {
    const off = events.onPresentation(listener);
    api['present.state']({}).then(listener, () => {});
    return off;
  }
  const source = new EventSource(`${WEB_EVENTS_PATH}?${WEB_PAGE_PARAM}=${PAGE_ID}`, { withCredentials: true });
  const onState = (e: MessageEvent<string>) => {
    try {
      listener(JSON.parse(e.data) as PresentationEvent);
    } catch {
      // A malformed event is dropped; the next one carries the whole state again.
    }
  };
  source.addEventListener('presentation', onState);
  return () => {
    source.removeEventListener('presentation', onState);
    source.close();
  };
}
