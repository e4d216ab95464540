/**
 * The only renderer file that touches a transport. In Electron the preload puts a BridgeApi on
 * `window.api`; in a plain browser the same contract is answered over HTTP by the loopback web bridge.
 * Either way the answer is a Result, unwrapped here: callers get the value or an ApiCallError.
 */
import type { AppApi, BridgeApi, Channel, PresentationEvents, Request, Responses } from '../../shared/api';
import { CHANNEL_NAMES, WEB_API_PATH, WEB_EVENTS_PATH, WEB_TOKEN_HEADER } from '../../shared/channels';
import type { PresentationState } from '../../shared/presentation';
import type { Result } from '../../shared/result';
import { ApiCallError } from './api-error';
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

/** The web bridge token: from `?token=` on first load (then kept in sessionStorage so reloads work). */
function webToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      // Keep the secret out of the address bar, history and screenshots once it is stored.
      url.searchParams.delete('token');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    } catch {
      // Storage disabled: the token still works for this page, and the server's cookie covers reloads.
    }
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
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

type Call = <C extends Channel>(channel: C, req: Request<C>) => Promise<Responses[C]>;

function bridgeCall(bridge: BridgeApi): Call {
  return async (channel, req) => {
    const fn = bridge[channel] as (r: typeof req) => Promise<Result<Responses[typeof channel]>>;
    return unwrap(await fn(req));
  };
}

function webCall(): Call {
  let token: string | null | undefined;
  return async (channel, req) => {
    token ??= webToken();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[WEB_TOKEN_HEADER] = token;
    let res: Response;
    try {
      res = await fetch(WEB_API_PATH + channel, {
        method: 'POST',
        headers,
        body: JSON.stringify(req),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      throw new ApiCallError('INTERNAL', t(uiLang(), 'apiUnreachable', { reason: e instanceof Error ? e.message : String(e) }));
    }
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
export function subscribePresentation(listener: (s: PresentationState) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const events = window.apiEvents;
  if (bridge && events) {
    const off = events.onPresentation(listener);
    api['present.state']({}).then(listener, () => {});
    return off;
  }
  const source = new EventSource(WEB_EVENTS_PATH, { withCredentials: true });
  const onState = (e: MessageEvent<string>) => {
    try {
      listener(JSON.parse(e.data) as PresentationState);
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
