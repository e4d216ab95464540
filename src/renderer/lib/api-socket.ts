/**
 * 'present.act' over the web bridge's WebSocket (main/web/socket.ts), for lib/api.ts only: a pen stroke sends
 * its points about once a frame, and an HTTP request for each cost this page, the browser and the bridge far
 * more than the action itself. The socket is opened at a page's first action (that one goes over HTTP), and
 * only by a page that holds the token (sent in the protocol list: a WebSocket takes no other header). While
 * it is not open — opening, refused, closed — actions go over HTTP as before; after a failure it is tried
 * again later (2 s, doubling up to a minute). Actions stay in order whatever carries them: the deck store
 * sends the next one only once the last is answered (state/deck.svelte.ts).
 */
import { WEB_PAGE_PARAM, WEB_SOCKET_PATH, WEB_SOCKET_PROTOCOL } from '../../shared/channels';

/** The first wait before a failed socket is tried again; it doubles up to RETRY_MAX_MS while it keeps failing. */
const RETRY_MS = 2000;
const RETRY_MAX_MS = 60_000;

export interface PresentSocket {
  /** Send a 'present.act' request; its raw answer (a Result), or null when the socket is not open: use HTTP. */
  send(req: unknown): Promise<unknown> | null;
}

/** `page`: this page's id (lib/api.ts PAGE_ID), so the bridge does not echo its own ink on its event stream. */
export function presentSocket(token: () => string | null, page: string): PresentSocket {
  let ws: WebSocket | null = null;
  let retryAt = 0;
  let backoff = RETRY_MS;
  let nextId = 1;
  const waiting = new Map<number, { ok: (answer: unknown) => void; bad: (e: Error) => void }>();

  const open = () => {
    const held = token();
    if (!held || typeof WebSocket === 'undefined' || Date.now() < retryAt) return;
    const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${WEB_SOCKET_PATH}?${WEB_PAGE_PARAM}=${page}`;
    let socket: WebSocket;
    try {
      socket = new WebSocket(url, [WEB_SOCKET_PROTOCOL, held]);
    } catch {
      // A token that cannot be a protocol name: HTTP for this page.
      retryAt = Infinity;
      return;
    }
    ws = socket;
    socket.onopen = () => (backoff = RETRY_MS);
    socket.onmessage = (e: MessageEvent) => {
      let id: unknown;
      let result: unknown;
      try {
        ({ id, result } = JSON.parse(String(e.data)) as { id?: unknown; result?: unknown });
      } catch {
        return;
      }
      const w = typeof id === 'number' ? waiting.get(id) : undefined;
      if (!w) return;
      waiting.delete(id as number);
      w.ok(result);
    };
    socket.onclose = () => {
      if (ws === socket) ws = null;
      retryAt = Date.now() + backoff;
      backoff = Math.min(backoff * 2, RETRY_MAX_MS);
      for (const w of waiting.values()) w.bad(new Error('socket closed'));
      waiting.clear();
    };
  };

  return {
    send(req) {
      if (!ws) open();
      if (!ws || ws.readyState !== WebSocket.OPEN) return null;
      const id = nextId++;
      const answer = new Promise<unknown>((ok, bad) => waiting.set(id, { ok, bad }));
      ws.send(JSON.stringify({ id, req }));
      return answer;
    },
  };
}
