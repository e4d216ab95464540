/**
 * The presentation actions of a page over one long-lived WebSocket: a pen stroke sends its points about
 * once a frame, and an HTTP request each time cost the page, the browser's network service and the bridge
 * far more than the action itself (a request's set-up, headers and CORS checks, its answer's body). On the
 * socket an action is one small frame each way. The framing is the `ws` library's.
 *
 * The bridge (server.ts) checks the upgrade as it checks an API request — loopback peer, Host, Origin and
 * Sec-Fetch-Site, and the token, here in the Sec-WebSocket-Protocol list (a browser cannot set other headers
 * on a WebSocket; like x-briefing-token it is sent only by script that holds the token, never by the browser
 * on its own) — before `ws` answers it. Messages are run in order, one at a time:
 *   page → bridge  {"id": 7, "req": {"action": {…}}}   one text message per 'present.act' request
 *   bridge → page  {"id": 7, "result": {ok, value|error}} its answer, as POST /api/present.act answers it
 * Anything else closes the socket: binary data (1003), a frame the client did not mask (1002, by `ws`), text
 * that is not UTF-8 or not such a message (1007), a message over the limit (1009, by `ws`, from its declared
 * length). The page then falls back to HTTP and nothing half-read is applied.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';

/** A message's size limit: the largest valid 'present.act' (a whole ink stroke) is far below it. */
export const MAX_SOCKET_MESSAGE_BYTES = 1024 * 1024;
/** Bytes queued for a socket before its client is taken for gone and dropped. */
export const MAX_SOCKET_QUEUE_BYTES = 256 * 1024;

/** A valid Sec-WebSocket-Key: 16 bytes in base64. */
export const validKey = (key: unknown): key is string => typeof key === 'string' && /^[A-Za-z0-9+/]{22}==$/.test(key);

/** Why a socket is closed: the close code and a short reason (ASCII). */
export class SocketRefusal extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** `ws`, loaded at a bridge's first socket: an export's bridge never opens one, and never loads it. */
let library: Promise<typeof import('ws')> | undefined;

/** The sockets of one bridge: `protocol` is the one sub-protocol answered (never the token beside it). */
export function socketServer(protocol: string) {
  let wss: WebSocketServer | undefined;
  /** Complete an upgrade the bridge has accepted; `serve` gets the open socket. */
  return async (req: IncomingMessage, socket: Duplex, head: Buffer, serve: (ws: WebSocket) => void): Promise<void> => {
    const { WebSocketServer } = await (library ??= import('ws'));
    wss ??= new WebSocketServer({
      noServer: true,
      maxPayload: MAX_SOCKET_MESSAGE_BYTES,
      perMessageDeflate: false,
      clientTracking: false,
      handleProtocols: (offered) => (offered.has(protocol) ? protocol : false),
    });
    wss.handleUpgrade(req, socket, head, serve);
  };
}

const text = (data: RawData) => (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8');

/**
 * Serve one open socket: each text message goes to `answer` in the order it came, one at a time, and its
 * answer goes back as a text message. Returns a function that closes the socket at once (the bridge
 * shutting down).
 */
export function serveSocket(ws: WebSocket, answer: (text: string) => Promise<string>): () => void {
  let queue: Promise<void> = Promise.resolve();
  const close = (code: number, reason: string) => {
    if (ws.readyState !== ws.OPEN) return;
    ws.close(code, reason);
    // A client that never closes its side is not waited for.
    setTimeout(() => ws.terminate(), 1000).unref();
  };
  ws.on('message', (data, isBinary) => {
    if (isBinary) return close(1003, 'text messages only');
    const message = text(data);
    queue = queue.then(async () => {
      if (ws.readyState !== ws.OPEN) return;
      const reply = await answer(message);
      if (ws.bufferedAmount > MAX_SOCKET_QUEUE_BYTES) return ws.terminate();
      ws.send(reply);
    });
    queue.catch((e: unknown) =>
      close(e instanceof SocketRefusal ? e.code : 1011, e instanceof SocketRefusal ? e.message : 'internal error'),
    );
  });
  ws.on('error', () => ws.terminate());
  return () => {
    close(1001, 'going away');
    ws.terminate();
  };
}
