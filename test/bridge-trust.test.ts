/**
 * Issue 22, items 2, 3 and 9: the bridge's token stays in headers, the cookie cannot drive the API, other
 * origins are refused, export bridges are read-only, and a hostile client cannot exhaust connections,
 * event queues or memory. Real HTTP against a real store.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { MAX_BODY_BYTES, MAX_CONNECTIONS, startBridge, type Bridge } from '../src/main/web/server';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge;
let readOnly: Bridge;
let hub: PresentationHub;
let renderer: string;

beforeAll(async () => {
  t = tempDir();
  renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
  hub = new PresentationHub();
  bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
  readOnly = await startBridge({
    handlers: createHandlers(store, 'test'),
    rendererDir: renderer,
    channels: ['briefing.open', 'report.list'],
  });
});
afterAll(async () => {
  await bridge.close();
  await readOnly.close();
  store.close();
  t.cleanup();
});

interface Reply {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

function raw(b: Bridge, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const port = Number(new URL(b.origin).port);
  return new Promise((ok, bad) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', bad);
    req.end(opts.body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const api = (b: Bridge, channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw(b, `/api/${channel}`, { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(payload) });

async function pageCookie(b: Bridge): Promise<string> {
  const page = await raw(b, `/?token=${b.token}`);
  expect(page.status).toBe(200);
  return String(page.headers['set-cookie']).split(';')[0];
}

describe('the token reaches the API only in its header', () => {
  it('refuses ?token= on an API POST', async () => {
    const r = await api(bridge, `report.list?token=${bridge.token}`, {});
    expect(r.status).toBe(401);
  });

  it('the page cookie does not carry the token and cannot drive the API, but loads assets and events', async () => {
    const cookie = await pageCookie(bridge);
    expect(cookie).not.toContain(bridge.token);
    expect((await api(bridge, 'report.list', {}, { cookie })).status).toBe(401);
    expect((await raw(bridge, '/assets/app.js', { headers: { cookie } })).status).toBe(200);
  });

  it('a prefix of the token, the token with a byte more, or the cookie under another name do not pass', async () => {
    const token = bridge.token;
    for (const wrong of [token.slice(0, -1), token + 'x', token.slice(0, 8), ''])
      expect((await api(bridge, 'report.list', {}, { 'x-briefing-token': wrong })).status, wrong).toBe(401);
    const cookie = await pageCookie(bridge);
    const [, value] = cookie.split('=');
    expect((await raw(bridge, '/assets/app.js', { headers: { cookie: `other=${value}` } })).status).toBe(401);
    expect((await raw(bridge, '/assets/app.js', { headers: { cookie: `${cookie.split('=')[0]}=${value.slice(0, -1)}` } })).status).toBe(
      401,
    );
  });

  it('refuses API calls from another origin or a cross-site context, even with the token', async () => {
    const auth = { 'x-briefing-token': bridge.token };
    expect((await api(bridge, 'report.list', {}, { ...auth, origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await api(bridge, 'report.list', {}, { ...auth, origin: 'null' })).status).toBe(403);
    expect((await api(bridge, 'report.list', {}, { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api(bridge, 'report.list', {}, { ...auth, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    // The page itself: same origin.
    expect((await api(bridge, 'report.list', {}, { ...auth, origin: bridge.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('an export bridge is read-only', () => {
  it('answers the channels it prints from and refuses every write, changing nothing', async () => {
    const auth = { 'x-briefing-token': readOnly.token };
    expect(JSON.parse((await api(readOnly, 'briefing.open', {}, auth)).body)).toMatchObject({ ok: true });
    const before = contentHash(store.db);
    const r = await api(
      readOnly,
      'figure.update',
      { figureId: 1, expectedVersion: 1, patch: { valueText: '6.66' }, reason: '导出时改' },
      auth,
    );
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('bounded resources', () => {
  it(`holds at most ${'MAX_CONNECTIONS'} sockets however many are opened, and still answers afterwards`, async () => {
    const port = Number(new URL(bridge.origin).port);
    const sockets: Socket[] = [];
    let closedByServer = 0;
    for (let i = 0; i < MAX_CONNECTIONS + 60; i++) {
      const s = connect(port, '127.0.0.1');
      s.on('error', () => {});
      s.on('close', () => closedByServer++);
      sockets.push(s);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(closedByServer).toBeGreaterThanOrEqual(60);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await api(bridge, 'report.list', {}, { 'x-briefing-token': bridge.token })).status).toBe(200);
  });

  it('drops an event stream that does not read instead of queueing for it without end', async () => {
    const port = Number(new URL(bridge.origin).port);
    const s = connect(port, '127.0.0.1');
    let closed = false;
    s.on('close', () => (closed = true));
    s.on('error', () => {});
    s.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-briefing-token: ${bridge.token}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 200));
    s.pause(); // a client that stops reading
    await api(bridge, 'present.act', { action: { type: 'open', deckId: 1, total: 28 } }, { 'x-briefing-token': bridge.token });
    for (let i = 0; i < 200_000; i++) {
      hub.act({ type: 'goto', index: i % 28 });
      if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
    }
    // The client reads again: it finds the stream already cut, after far less than was sent.
    let received = 0;
    s.on('data', (c: Buffer) => (received += c.length));
    s.resume();
    for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(true);
    expect(received).toBeLessThan(20 * 1024 * 1024);
    s.destroy();
  }, 60_000);

  it('answers an over-size chunked body with 413, not a reset', async () => {
    const port = Number(new URL(bridge.origin).port);
    // A raw socket: the client stops sending once the answer starts and reads whatever the server said
    // before it closed. (An http.request would report EPIPE for its own late writes and lose the answer.)
    const reply = await new Promise<string>((ok, bad) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      let stopped = false;
      socket.on('data', (d) => {
        answer += d.toString('latin1');
        stopped = true;
      });
      socket.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') bad(e);
      });
      socket.on('close', () => ok(answer));
      socket.on('connect', () => {
        socket.write(
          `POST /api/report.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
            `x-briefing-token: ${bridge.token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        const chunk = Buffer.alloc(1 << 20, 0x20);
        let sent = 0;
        const pump = () => {
          while (!stopped && !socket.destroyed && sent <= MAX_BODY_BYTES + (4 << 20)) {
            sent += chunk.length;
            socket.write(`${chunk.length.toString(16)}\r\n`);
            socket.write(chunk);
            const more = socket.write('\r\n');
            if (!more) return void socket.once('drain', pump);
          }
          if (!stopped && !socket.destroyed) socket.end('0\r\n\r\n');
        };
        pump();
      });
    });
    expect(reply.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 413 /);
  }, 60_000);
});
