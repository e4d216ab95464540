/**
 * The loopback web bridge: the built renderer and the same API handlers over HTTP on 127.0.0.1, so the app
 * runs in any Chromium against the real store (e2e tests, screenshots, machines without Electron).
 *
 * Guarded like a local desktop service should be: it listens on loopback only, refuses peers that are not
 * loopback, checks the Host header (DNS rebinding), and requires a random token:
 *  - the API (POST /api/…) only with the token in the x-briefing-token header, and only from the page's
 *    own origin (Origin, when sent, must be this bridge; Sec-Fetch-Site, when sent, same-origin or none);
 *  - pages and assets with `?token=` on the first load, after which an HttpOnly SameSite=Strict cookie —
 *    a random per-bridge secret, not the token — covers static files and the event stream only. Browsers
 *    send 127.0.0.1's cookies to every port, so a program listening on another port may receive it: with
 *    it, it can read the built (public) renderer, never the store.
 * Secrets are compared in constant time over their whole length. Connections, event streams and their
 * queues are bounded, so a client that opens thousands of sockets or stops reading cannot starve the rest.
 * An export bridge (`channels`) answers only the channels its page reads; every other call is refused.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  WEB_API_PATH,
  WEB_EVENTS_PATH,
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  WEB_TOKEN_COOKIE,
  WEB_TOKEN_HEADER,
  type Handlers,
} from '../../shared/api';
import type { PresentationEvent } from '../../shared/presentation';
import type { PresentationHub } from '../presentation-hub';
import { CSP } from '../../shared/csp';
import { MAX_BODY_BYTES, megabytes } from '../../shared/limits';
import { fail } from '../../shared/result';
import { dispatch } from '../api/dispatch';
import { attachPictures, detachPictures } from '../api/handlers';
import { log } from '../log';
import { asPage, ownInk, pageOf } from '../own-ink';
import { serveSocket, socketServer, SocketRefusal, validKey } from './socket';
import { firstPage } from './first-page';
import { resolveStatic, sendFile } from './static';

/** Derived from the contract's limits (shared/limits.ts): the largest valid request always fits. */
export { MAX_BODY_BYTES };

export interface BridgeOptions {
  handlers: Handlers;
  /** The presentation every page follows; streamed to pages over server-sent events at /events. */
  hub?: PresentationHub;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The only channels this bridge answers (an export bridge: what the print page reads); default all. */
  channels?: readonly string[];
}

export interface Bridge {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Sockets the bridge holds at once; more are closed as they arrive. A page uses about six. */
export const MAX_CONNECTIONS = 64;
/** Open event streams at once (one per window or page). */
export const MAX_EVENT_STREAMS = 16;
/** Open presentation sockets at once (one per window or page, as event streams). */
export const MAX_PRESENT_SOCKETS = 16;
/** Bytes queued for one event stream before the client is taken for gone and dropped. */
export const MAX_EVENT_QUEUE_BYTES = 256 * 1024;
/** After a 413, how much more of the refused body is read (and discarded) so the client gets the answer. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

/** On every response (the bench's first-slide floors carry them too, to be navigated to as the app is). */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const digest = (x: string) => createHash('sha256').update(x, 'utf8').digest();

/** Constant time over the whole secret: equal digests of the full strings, never a prefix or a length leak. */
function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string' || !given) return false;
  return timingSafeEqual(digest(given), digest(secret));
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(data)),
  });
  res.end(data);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return reject(new RangeError('too large'));
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering: the 413 goes out while the rest is read and dropped (see discardRest).
        chunks.length = 0;
        req.off('data', collect);
        reject(new RangeError('too large'));
      } else chunks.push(c);
    };
    req.on('data', collect);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * After a 413: read and drop what the client is still sending, so it is not reset before it reads the
 * answer (a reset can arrive first and hide it); a client that sends without end is cut off.
 */
function discardRest(req: IncomingMessage): void {
  let dropped = 0;
  const cut = setTimeout(() => req.destroy(), 10_000).unref();
  req.on('data', (c: Buffer) => {
    dropped += c.length;
    if (dropped > MAX_DISCARD_BYTES) req.destroy();
  });
  req.once('close', () => clearTimeout(cut));
  req.resume();
}

/** A refused WebSocket upgrade: a plain HTTP answer on the raw socket, then the socket closed. */
function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  log('bridge.refused', { status });
  const body = Buffer.from(message, 'utf8');
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : status === 503 ? 'Service Unavailable' : status === 400 ? 'Bad Request' : 'Forbidden'}\r\n` +
      `connection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n${body.toString('utf8')}`,
  );
  setTimeout(() => socket.destroy(), 1000).unref();
}

/**
 * One message of `page`'s presentation socket: {id, req} → {id, result}, req answered as POST
 * /api/present.act's body is, as that page (own-ink.ts: its own ink is not echoed on its event stream).
 */
async function answerPresentMessage(handlers: Handlers, text: string, page: string | undefined): Promise<string> {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    throw new SocketRefusal(1007, 'not JSON');
  }
  const { id, req, ...rest } = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(id) || req === undefined || Object.keys(rest).length) throw new SocketRefusal(1007, 'not {id, req}');
  return JSON.stringify({ id, result: await asPage(page, () => dispatch(handlers, 'present.act', req)) });
}

/**
 * Server-sent events: the current state at once (a late page catches up), then every change but the ink
 * `page` drew itself (own-ink.ts).
 */
function streamPresentation(res: ServerResponse, hub: PresentationHub, page: string | undefined): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  // A client that stops reading is dropped once its queue passes the bound, instead of growing it forever.
  const write = (text: string) => {
    if (res.writableLength > MAX_EVENT_QUEUE_BYTES) res.destroy();
    else res.write(text);
  };
  const send = (s: PresentationEvent) => write(`event: presentation\ndata: ${JSON.stringify(s)}\n\n`);
  send(hub.current);
  const off = hub.subscribe((s) => {
    if (!ownInk(page, s)) send(s);
  });
  const keepAlive = setInterval(() => write(': keep-alive\n\n'), 15_000);
  res.on('close', () => {
    off();
    clearInterval(keepAlive);
  });
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // What the page's cookie holds: a secret of its own, so whoever receives the cookie does not get the token.
  const cookieSecret = randomBytes(24).toString('base64url');
  const allowed = opts.channels ? new Set(opts.channels) : undefined;
  let port = 0;
  let cookieName = WEB_TOKEN_COOKIE;
  let streams = 0;

  /** A refusal closes the connection: a client without the token holds no socket. */
  const refuse = (res: ServerResponse, status: number, message: string) => {
    log('bridge.refused', { status });
    res.setHeader('connection', 'close');
    sendText(res, status, message);
  };

  const server = createServer(async (req, res) => {
    try {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return refuse(res, 403, '只接受本机访问');
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(res, 403, '主机名不符');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const headerToken = sameSecret(req.headers[WEB_TOKEN_HEADER], token);
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      const sameOrigin =
        (site === undefined || site === 'same-origin' || site === 'none') && (origin === undefined || origin === `http://${host}`);

      if (url.pathname.startsWith(WEB_API_PATH)) {
        if (!headerToken) return refuse(res, 401, '缺少或错误的访问令牌（接口只接受请求头中的令牌）');
        if (!sameOrigin) return refuse(res, 403, '只接受来自本页面的接口请求');
        if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', '接口只接受 POST'));
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return sendJson(res, 415, fail('BAD_REQUEST', '请求体必须是 application/json'));
        const channel = url.pathname.slice(WEB_API_PATH.length);
        if (allowed && !allowed.has(channel)) {
          res.setHeader('connection', 'close');
          return sendJson(res, 403, fail('READ_ONLY', `导出时数据只读：不接受 ${channel.slice(0, 80)}`));
        }
        let payload: unknown;
        try {
          const body = await readBody(req);
          payload = body === '' ? {} : JSON.parse(body);
        } catch (e) {
          if (e instanceof RangeError) {
            discardRest(req);
            return sendJson(
              res,
              413,
              fail('BAD_REQUEST', `请求体过大：超过 ${megabytes(MAX_BODY_BYTES)} 上限（最大的合法请求也不会超过它），请检查请求内容`),
              { connection: 'close' },
            );
          }
          return sendJson(res, 400, fail('BAD_REQUEST', '请求体不是有效的 JSON'));
        }
        return sendJson(res, 200, await dispatch(opts.handlers, channel, payload));
      }

      const queryToken = url.searchParams.get('token') ?? undefined;
      const fromQuery = sameSecret(queryToken, token);
      const authed = headerToken || fromQuery || sameSecret(cookieValue(req, cookieName), cookieSecret);
      if (!authed) return refuse(res, 401, '缺少或错误的访问令牌：请打开 npm run web 打印的完整地址');

      if (url.pathname === WEB_EVENTS_PATH && req.method === 'GET') {
        if (!sameOrigin) return refuse(res, 403, '只接受来自本页面的请求');
        if (!opts.hub) return sendText(res, 404, '没有放映状态');
        if (streams >= MAX_EVENT_STREAMS) return refuse(res, 503, '打开的放映窗口太多');
        streams++;
        res.once('close', () => streams--);
        return streamPresentation(res, opts.hub, pageOf(url));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '不支持的请求方法');
      const file = resolveStatic(opts.rendererDir, url.pathname);
      if (!file) return sendText(res, 404, '找不到该文件');
      const headers: Record<string, string> = { ...SECURITY_HEADERS };
      if (fromQuery) headers['set-cookie'] = `${cookieName}=${cookieSecret}; HttpOnly; SameSite=Strict; Path=/`;
      // A full bridge (not an export bridge's few channels) serves the app page with its first answer in it.
      sendFile(
        res,
        file,
        headers,
        opts.hub && !allowed ? firstPage(opts.rendererDir, file, opts.handlers, url.pathname, url.search) : undefined,
      );
    } catch (e) {
      console.error('[web] request failed:', e);
      log('bridge.error', { code: (e as { code?: string })?.code });
      if (!res.headersSent) sendText(res, 500, '服务器内部错误');
      else res.destroy();
    }
  });
  // The presentation socket (socket.ts): checked as an API request is, the token from the protocol list.
  const sockets = new Set<() => void>();
  const upgradeSocket = socketServer(WEB_SOCKET_PROTOCOL);
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return refuseUpgrade(socket, 403, '只接受本机访问');
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuseUpgrade(socket, 403, '主机名不符');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      // The address carries nothing but the page's id (own-ink.ts), if that.
      const page = pageOf(url);
      const search = url.search === '' || (page !== undefined && [...url.searchParams].length === 1);
      if (url.pathname !== WEB_SOCKET_PATH || !search || req.method !== 'GET') return refuseUpgrade(socket, 404, '找不到该接口');
      const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
      // Each offered entry compared in constant time; a list longer than a page sends is refused unread.
      const tokenOk = offered.length <= 4 && offered.map((p) => sameSecret(p, token)).includes(true);
      if (!tokenOk) return refuseUpgrade(socket, 401, '缺少或错误的访问令牌');
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      if (!((site === undefined || site === 'same-origin' || site === 'none') && (origin === undefined || origin === `http://${host}`)))
        return refuseUpgrade(socket, 403, '只接受来自本页面的接口请求');
      if (allowed && !allowed.has('present.act')) return refuseUpgrade(socket, 403, '导出时数据只读');
      const key = req.headers['sec-websocket-key'];
      if (
        (req.headers.upgrade ?? '').toLowerCase() !== 'websocket' ||
        req.headers['sec-websocket-version'] !== '13' ||
        !validKey(key) ||
        !offered.includes(WEB_SOCKET_PROTOCOL)
      )
        return refuseUpgrade(socket, 400, '不是本页面的放映连接');
      if (sockets.size >= MAX_PRESENT_SOCKETS) return refuseUpgrade(socket, 503, '打开的放映窗口太多');
      upgradeSocket(req, socket, head, (ws) => {
        const close = serveSocket(ws, (text) => answerPresentMessage(opts.handlers, text, page));
        sockets.add(close);
        ws.once('close', () => sockets.delete(close));
      }).catch((e: unknown) => {
        console.error('[web] upgrade failed:', e);
        socket.destroy();
      });
    } catch (e) {
      console.error('[web] upgrade failed:', e);
      log('bridge.error', { code: (e as { code?: string })?.code });
      socket.destroy();
    }
  });
  server.maxConnections = MAX_CONNECTIONS;
  // A socket that never finishes its headers, or a request that never finishes, does not hold a slot for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((ok, bad) => {
    server.once('error', bad);
    server.listen(opts.port ?? 0, '127.0.0.1', ok);
  });
  port = (server.address() as AddressInfo).port;
  // One cookie per bridge: 127.0.0.1's cookies are shared by every port, and two bridges must not overwrite each other's.
  cookieName = `${WEB_TOKEN_COOKIE}_${port}`;
  const origin = `http://127.0.0.1:${port}`;
  // A full bridge serves the app page: its first chart's picture is made ahead (charts/picture-refresh.ts).
  if (opts.hub && !allowed) attachPictures(opts.handlers, opts.rendererDir);
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        // Upgraded sockets are no longer the HTTP server's: closed here, or server.close would wait for them.
        for (const close of sockets) close();
        if (opts.hub && !allowed) detachPictures(opts.handlers);
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
