/**
 * What the web bridge answers when it says no, over real HTTP against a real store: each refusal's status
 * together with the message naming what is wrong (what a user reads in the browser or a script's output),
 * the connection closed after it, the log line it leaves, and the listening socket itself — loopback only,
 * on the port it was given, closed with its streams. Issue 26: these are the mutants the bridge's mutation
 * run left alive (docs/mutation.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { configureLog, LOG_FILE, stopLog } from '../src/main/log';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { megabytes } from '../src/shared/limits';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '../src/main/web/server';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge;
/** An export bridge: no presentation hub, two channels. */
let exportBridge: Bridge;
let renderer: string;

beforeAll(async () => {
  t = tempDir();
  configureLog(join(t.dir, 'log'), 'web');
  renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  const hub = new PresentationHub();
  bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
  exportBridge = await startBridge({
    handlers: createHandlers(store, 'test'),
    rendererDir: renderer,
    channels: ['briefing.open', 'report.list'],
  });
});
afterAll(async () => {
  await bridge.close();
  await exportBridge.close();
  stopLog();
  store.close();
  t.cleanup();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const portOf = (b: Bridge) => Number(new URL(b.origin).port);

/** One request on its own connection, read to the end. */
function raw(
  b: Bridge,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((ok, bad) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: portOf(b),
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        localAddress: opts.localAddress,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', bad);
    req.end(opts.body);
  });
}

const auth = (b: Bridge) => ({ 'x-briefing-token': b.token });
const post = (b: Bridge, channel: string, body: string, headers: Record<string, string> = {}) =>
  raw(b, `/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(b), ...headers }, body });

/** The error a JSON answer carries. */
const errorOf = (r: Reply) => (JSON.parse(r.body) as { ok: false; error: { code: string; message: string } }).error;

/**
 * Bytes written straight to the socket (a request line or a body length no HTTP client would send), and the
 * response as text once it is complete (its head and as many body bytes as it declares) or the socket closes.
 */
function rawSocket(b: Bridge, text: string): Promise<string> {
  return new Promise((ok, bad) => {
    const socket = connect(portOf(b), '127.0.0.1');
    let answer = Buffer.alloc(0);
    const complete = () => {
      const s = answer.toString('latin1');
      const head = s.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: (\d+)/i.exec(s);
      return head >= 0 && length !== null && answer.length >= head + 4 + Number(length[1]);
    };
    const done = () => {
      socket.destroy();
      ok(answer.toString('utf8'));
    };
    socket.on('data', (d: Buffer) => {
      answer = Buffer.concat([answer, d]);
      if (complete()) done();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? done() : bad(e)));
    socket.on('close', done);
    socket.on('connect', () => socket.write(text));
  });
}

/** How a connection attempt to host:port ends: 'connected' or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((ok) => {
    const s = connect(port, host);
    s.on('connect', () => {
      s.destroy();
      ok('connected');
    });
    s.on('error', (e: NodeJS.ErrnoException) => ok(e.code ?? String(e)));
  });
}

const logText = () => readFileSync(join(t.dir, 'log', LOG_FILE), 'utf8');
const count = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l)).length;

describe('the bridge listens on loopback only and refuses any other peer', () => {
  it('refuses a peer whose address is not 127.0.0.1 or ::1 (a client bound to 127.0.0.2), saying so', async () => {
    const r = await raw(bridge, `/?token=${bridge.token}`, { localAddress: '127.0.0.2' });
    expect(r.status).toBe(403);
    expect(r.body).toBe('只接受本机访问');
    expect(r.headers.connection).toBe('close');
    // The same request from 127.0.0.1 is let in: the refusal is about the peer, not the request.
    expect((await raw(bridge, `/?token=${bridge.token}`)).status).toBe(200);
  });

  it('accepts connections on 127.0.0.1 only, not on another address of the machine', async () => {
    expect(await tryConnect('127.0.0.1', portOf(bridge))).toBe('connected');
    expect(await tryConnect('127.0.0.2', portOf(bridge))).toBe('ECONNREFUSED');
  });

  it('listens on the port it is given, and fails to start, naming the cause, when that port is taken', async () => {
    const free = await new Promise<number>((ok) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => ok(port));
      });
    });
    const first = await startBridge({ handlers: createHandlers(store, 'test'), rendererDir: renderer, port: free });
    try {
      expect(first.origin).toBe(`http://127.0.0.1:${free}`);
      expect((await raw(first, `/?token=${first.token}`)).status).toBe(200);
      await expect(startBridge({ handlers: createHandlers(store, 'test'), rendererDir: renderer, port: free })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    } finally {
      await first.close();
    }
  });

  it('close() ends open event streams and stops listening', async () => {
    const hub = new PresentationHub();
    const b = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
    const port = portOf(b);
    let streamClosed = false;
    await new Promise<void>((ok, bad) => {
      const req = request({ host: '127.0.0.1', port, path: '/events', headers: auth(b), agent: false }, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('close', () => (streamClosed = true));
        res.resume();
        ok();
      });
      req.on('error', () => (streamClosed = true));
      req.on('close', () => (streamClosed = true));
      setTimeout(() => bad(new Error('no answer from /events')), 5_000).unref();
      req.end();
    });
    const closing = b.close();
    const outcome = await Promise.race([
      closing.then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still open after 5 s'), 5_000)),
    ]);
    expect(outcome).toBe('closed');
    for (let i = 0; i < 50 && !streamClosed; i++) await new Promise((r) => setTimeout(r, 20));
    expect(streamClosed).toBe(true);
    expect(await tryConnect('127.0.0.1', port)).toBe('ECONNREFUSED');
  });
});

describe('an empty token is no token', () => {
  it('a bridge started with an empty token lets nobody in: an empty header or ?token= does not match it', async () => {
    const b = await startBridge({ handlers: createHandlers(store, 'test'), rendererDir: renderer, token: '' });
    try {
      expect((await raw(b, '/?token=')).status).toBe(401);
      const api = await raw(b, '/api/report.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefing-token': '' },
        body: '{}',
      });
      expect(api.status).toBe(401);
      expect(api.body).toMatch(/令牌/);
    } finally {
      await b.close();
    }
  });
});

describe('API refusals name what is wrong', () => {
  it('a GET on the API: 405, the message saying it takes POST', async () => {
    const r = await raw(bridge, '/api/report.list', { headers: auth(bridge) });
    expect(r.status).toBe(405);
    expect(errorOf(r)).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('POST') });
  });

  it('a body not declared JSON: 415, the message naming application/json', async () => {
    const r = await post(bridge, 'report.list', '{}', { 'content-type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(errorOf(r)).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('application/json') });
  });

  it('a body that is not JSON: 400, the message saying so, nothing written', async () => {
    const before = contentHash(store.db);
    const r = await post(bridge, 'report.list', '{nope');
    expect(r.status).toBe(400);
    expect(errorOf(r)).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('JSON') });
    expect(contentHash(store.db)).toBe(before);
  });

  it('an empty body is an empty request, answered as `{}` is', async () => {
    const empty = await post(bridge, 'report.list', '');
    expect(empty.status).toBe(200);
    expect(JSON.parse(empty.body)).toMatchObject({ ok: true });
    expect(empty.body).toBe((await post(bridge, 'report.list', '{}')).body);
  });

  it('a body declared larger than the limit: 413 before it is sent, naming the limit, and the connection closed', async () => {
    const port = portOf(bridge);
    const answer = await rawSocket(
      bridge,
      `POST /api/report.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
        `x-briefing-token: ${bridge.token}\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n{"pad":"`,
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close\b/i);
    const error = (JSON.parse(body) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('请求体过大');
    expect(error.message).toContain(megabytes(MAX_BODY_BYTES));
  });

  it('an export bridge refuses a channel it does not answer: 403, read-only, naming the channel (a long name cut short)', async () => {
    const r = await post(exportBridge, 'figure.update', '{}');
    expect(r.status).toBe(403);
    expect(r.headers.connection).toBe('close');
    expect(errorOf(r)).toEqual({ code: 'READ_ONLY', message: expect.stringContaining('figure.update') });
    const long = 'x'.repeat(5000);
    const cut = await post(exportBridge, long, '{}');
    expect(cut.status).toBe(403);
    const { message } = errorOf(cut);
    expect(message).toContain('x'.repeat(40));
    expect(message.length).toBeLessThan(200);
  });
});

describe('page, asset and event-stream refusals name what is wrong', () => {
  it('a refusal closes the connection and is logged with its status', async () => {
    const before = count(logText(), / bridge\.refused status=401$/);
    const r = await raw(bridge, '/assets/app.js');
    expect(r.status).toBe(401);
    expect(r.headers.connection).toBe('close');
    expect(count(logText(), / bridge\.refused status=401$/)).toBe(before + 1);
  });

  it('a missing file: 404 saying the file is not found', async () => {
    const r = await raw(bridge, '/assets/missing.js', { headers: auth(bridge) });
    expect(r.status).toBe(404);
    expect(r.body).toBe('找不到该文件');
  });

  it('the event stream: other methods get 405, another origin 403, a bridge with no presentation 404, each saying why', async () => {
    const posted = await raw(bridge, '/events', { method: 'POST', headers: auth(bridge), body: '' });
    expect(posted.status).toBe(405);
    expect(posted.body).toBe('不支持的请求方法');
    const foreign = await raw(bridge, '/events', { headers: { ...auth(bridge), origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toBe('只接受来自本页面的请求');
    const none = await raw(exportBridge, '/events', { headers: auth(exportBridge) });
    expect(none.status).toBe(404);
    expect(none.body).toBe('没有放映状态');
  });

  it('hands out the page cookie only to a load that came with ?token=, not to one let in by header or cookie', async () => {
    const first = await raw(bridge, `/?token=${bridge.token}`);
    const cookie = String(first.headers['set-cookie']).split(';')[0];
    expect(cookie).toMatch(/^bd_token_\d+=./);
    expect((await raw(bridge, '/', { headers: auth(bridge) })).headers['set-cookie']).toBeUndefined();
    const byCookie = await raw(bridge, '/', { headers: { cookie } });
    expect(byCookie.status).toBe(200);
    expect(byCookie.headers['set-cookie']).toBeUndefined();
  });

  it('a request it cannot parse gets a 500 with a message, is logged by its error code, and the bridge goes on', async () => {
    const port = portOf(bridge);
    // HTTP/1.0: the answer is not chunked and the connection closes after it.
    const answer = await rawSocket(bridge, `GET http://[ HTTP/1.0\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    expect(answer.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 500 /);
    expect(answer.split('\r\n\r\n')[1]).toBe('服务器内部错误');
    expect(logText()).toMatch(/ bridge\.error code=ERR_INVALID_URL$/m);
    expect((await raw(bridge, '/', { headers: auth(bridge) })).status).toBe(200);
  });
});
