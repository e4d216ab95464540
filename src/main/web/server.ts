/**
 * The loopback web bridge: the built renderer and the same API handlers over HTTP on 127.0.0.1, so the app
 * runs in any Chromium against the real store (e2e tests, screenshots, machines without Electron).
 *
 * Guarded like a local desktop service should be: it listens on loopback only, refuses peers that are not
 * loopback, checks the Host header (DNS rebinding), and requires a random token — from `?token=` on the
 * first page load (then an HttpOnly SameSite=Strict cookie) or the x-briefing-token header.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEB_API_PATH, WEB_EVENTS_PATH, WEB_TOKEN_COOKIE, WEB_TOKEN_HEADER, type Handlers } from '../../shared/api';
import type { PresentationState } from '../../shared/presentation';
import type { PresentationHub } from '../presentation-hub';
import { CSP } from '../../shared/csp';
import { MAX_BODY_BYTES, megabytes } from '../../shared/limits';
import { fail } from '../../shared/result';
import { dispatch } from '../api/dispatch';
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
}

export interface Bridge {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** On every response (the bench's first-slide floors carry them too, to be navigated to as the app is). */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sameToken(a: string | undefined, token: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(token);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === WEB_TOKEN_COOKIE) return v.join('=');
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
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering: the 413 goes out and the connection closes (see the caller).
        chunks.length = 0;
        req.removeAllListeners('data');
        reject(new RangeError('too large'));
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Server-sent events: the current state at once (a late page catches up), then every change. */
function streamPresentation(res: ServerResponse, hub: PresentationHub): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  const send = (s: PresentationState) => res.write(`event: presentation\ndata: ${JSON.stringify(s)}\n\n`);
  send(hub.current);
  const off = hub.subscribe(send);
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  res.on('close', () => {
    off();
    clearInterval(keepAlive);
  });
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer(async (req, res) => {
    try {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return sendText(res, 403, '只接受本机访问');
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendText(res, 403, '主机名不符');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const queryToken = url.searchParams.get('token') ?? undefined;
      const authed =
        sameToken(req.headers[WEB_TOKEN_HEADER] as string | undefined, token) ||
        sameToken(cookieToken(req), token) ||
        sameToken(queryToken, token);
      if (!authed) return sendText(res, 401, '缺少或错误的访问令牌：请打开 npm run web 打印的完整地址');

      if (url.pathname.startsWith(WEB_API_PATH)) {
        if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', '接口只接受 POST'));
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return sendJson(res, 415, fail('BAD_REQUEST', '请求体必须是 application/json'));
        let payload: unknown;
        try {
          const body = await readBody(req);
          payload = body === '' ? {} : JSON.parse(body);
        } catch (e) {
          if (e instanceof RangeError) {
            // The rest of the body is not read: answer, then close the connection.
            res.once('finish', () => req.destroy());
            return sendJson(
              res,
              413,
              fail('BAD_REQUEST', `请求体过大：超过 ${megabytes(MAX_BODY_BYTES)} 上限（最大的合法请求也不会超过它），请检查请求内容`),
              { connection: 'close' },
            );
          }
          return sendJson(res, 400, fail('BAD_REQUEST', '请求体不是有效的 JSON'));
        }
        const channel = url.pathname.slice(WEB_API_PATH.length);
        return sendJson(res, 200, await dispatch(opts.handlers, channel, payload));
      }

      if (url.pathname === WEB_EVENTS_PATH && req.method === 'GET') {
        if (!opts.hub) return sendText(res, 404, '没有放映状态');
        return streamPresentation(res, opts.hub);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '不支持的请求方法');
      const file = resolveStatic(opts.rendererDir, url.pathname);
      if (!file) return sendText(res, 404, '找不到该文件');
      const headers: Record<string, string> = { ...SECURITY_HEADERS };
      if (queryToken)
        headers['set-cookie'] = `${WEB_TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      sendFile(res, file, headers);
    } catch (e) {
      console.error('[web] request failed:', e);
      if (!res.headersSent) sendText(res, 500, '服务器内部错误');
      else res.destroy();
    }
  });

  await new Promise<void>((ok, bad) => {
    server.once('error', bad);
    server.listen(opts.port ?? 0, '127.0.0.1', ok);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
