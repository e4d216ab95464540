/**
 * The web bridge's presentation socket (main/web/socket.ts): 'present.act' over one WebSocket, refused on
 * exactly the grounds an API request is (no token or a near miss, the token only in a cookie or the
 * address, another origin or site, another Host, an export bridge), answered through the same gate
 * (dispatch: a malformed action is refused as over HTTP), in order, and closed on what a browser never
 * sends. A raw client over real TCP against a real bridge and store: what goes over the wire is checked
 * byte for byte, not through a WebSocket client that would agree with the server (the `ws` library) by
 * construction.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import type { PresentationHub } from '../src/main/presentation-hub';
import type { Store } from '../src/main/store';
import { MAX_PRESENT_SOCKETS, startBridge, type Bridge } from '../src/main/web/server';
import { MAX_SOCKET_MESSAGE_BYTES } from '../src/main/web/socket';
import { WEB_SOCKET_PATH, WEB_SOCKET_PROTOCOL } from '../src/shared/channels';
import { liveBridge, type LiveBridge } from './live-bridge';

let live: LiveBridge;
let store: Store;
let hub: PresentationHub;
let bridge: Bridge;
let readOnly: Bridge;

beforeAll(async () => {
  live = await liveBridge();
  ({ store, hub, bridge } = live);
  readOnly = await startBridge({ handlers: createHandlers(store, 'test'), rendererDir: live.renderer, channels: ['briefing.open'] });
});
afterAll(async () => {
  await readOnly.close();
  await live.close();
});

interface Opened {
  socket: Socket;
  protocol: string | undefined;
  accept: string | undefined;
  key: string;
}

/** An upgrade request as Chromium sends it from the page; `headers` override. Resolves 101 or the refusal's status. */
function upgrade(b: Bridge, headers: Record<string, string | undefined> = {}, path = WEB_SOCKET_PATH) {
  const key = randomBytes(16).toString('base64');
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries({
    host: new URL(b.origin).host,
    origin: b.origin,
    'sec-fetch-site': 'same-origin',
    connection: 'Upgrade',
    upgrade: 'websocket',
    'sec-websocket-version': '13',
    'sec-websocket-key': key,
    'sec-websocket-protocol': `${WEB_SOCKET_PROTOCOL}, ${b.token}`,
    ...headers,
  }))
    if (v !== undefined) all[k] = v;
  return new Promise<{ status: number; opened?: Opened }>((ok, bad) => {
    const req = request({ host: '127.0.0.1', port: Number(new URL(b.origin).port), path, headers: all });
    req.on('upgrade', (res, socket) =>
      ok({
        status: 101,
        opened: {
          socket,
          key,
          protocol: res.headers['sec-websocket-protocol'] as string | undefined,
          accept: res.headers['sec-websocket-accept'] as string | undefined,
        },
      }),
    );
    req.on('response', (res) => {
      ok({ status: res.statusCode! });
      res.resume();
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? ok({ status: 0 }) : bad(e)));
    req.end();
  });
}

/** A client frame: masked, as RFC 6455 requires of clients (`masked: false` to break the rule). */
function clientFrame(payload: Buffer | string, o: { opcode?: number; fin?: boolean; masked?: boolean } = {}): Buffer {
  const data = Buffer.from(payload);
  const n = data.length;
  const maskBit = o.masked === false ? 0 : 0x80;
  const head =
    n < 126
      ? Buffer.from([(o.fin === false ? 0 : 0x80) | (o.opcode ?? 1), maskBit | n])
      : n < 65536
        ? Buffer.from([(o.fin === false ? 0 : 0x80) | (o.opcode ?? 1), maskBit | 126, n >> 8, n & 255])
        : Buffer.concat([Buffer.from([(o.fin === false ? 0 : 0x80) | (o.opcode ?? 1), maskBit | 127]), bigLength(n)]);
  if (o.masked === false) return Buffer.concat([head, data]);
  const mask = randomBytes(4);
  const masked = Buffer.from(data.map((b, i) => b ^ mask[i & 3]!));
  return Buffer.concat([head, mask, masked]);
}
function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** The server's frames as they arrive: text messages parsed, and the close code when it closes. */
function reader(socket: Socket) {
  const texts: unknown[] = [];
  let close: number | null = null;
  let buf = Buffer.alloc(0);
  const waiters: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) break;
      let len = buf[1]! & 0x7f;
      let at = 2;
      if (len === 126) {
        if (buf.length < 4) break;
        len = buf.readUInt16BE(2);
        at = 4;
      }
      expect(buf[1]! & 0x80, 'server frames are not masked').toBe(0);
      if (buf.length < at + len) break;
      const op = buf[0]! & 0x0f;
      const payload = buf.subarray(at, at + len);
      if (op === 1) texts.push(JSON.parse(payload.toString('utf8')));
      if (op === 8) close = payload.readUInt16BE(0);
      buf = buf.subarray(at + len);
    }
    waiters.splice(0).forEach((w) => w());
  });
  socket.on('close', () => waiters.splice(0).forEach((w) => w()));
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 300 && !done(); i++) await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 50)));
    return done();
  };
  return { texts, closeCode: () => close, until };
}

async function open(): Promise<Opened> {
  const r = await upgrade(bridge);
  expect(r.status).toBe(101);
  return r.opened!;
}

describe('the presentation socket', () => {
  it('answers the handshake as RFC 6455 says, naming only the app protocol (never echoing the token)', async () => {
    const { socket, key, accept, protocol } = await open();
    expect(accept).toBe(
      createHash('sha1')
        .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
        .digest('base64'),
    );
    expect(protocol).toBe(WEB_SOCKET_PROTOCOL);
    socket.destroy();
  });

  it('carries present.act to the hub and answers each message, in order, as POST /api/present.act does', async () => {
    const { socket } = await open();
    const r = reader(socket);
    const before = hub.current.rev;
    // Three messages in one TCP write: each is answered, in the order sent.
    socket.write(
      Buffer.concat([
        clientFrame(JSON.stringify({ id: 1, req: { action: { type: 'toggleScreen', screen: 'black' } } })),
        clientFrame(JSON.stringify({ id: 2, req: { action: { type: 'pointer', pointer: { x: 0.25, y: 0.5 } } } })),
        clientFrame(JSON.stringify({ id: 3, req: { action: { type: 'toggleScreen', screen: 'black' } } })),
      ]),
    );
    expect(await r.until(() => r.texts.length === 3)).toBe(true);
    expect(r.texts.map((m) => (m as { id: number }).id)).toEqual([1, 2, 3]);
    const results = r.texts.map((m) => (m as { result: { ok: boolean; value: { rev: number; screen: string } } }).result);
    expect(results.every((x) => x.ok)).toBe(true);
    expect(results.map((x) => x.value.screen)).toEqual(['black', 'black', 'slide']);
    expect(results.map((x) => x.value.rev)).toEqual([before + 1, before + 2, before + 3]);
    expect(hub.current.pointer).toEqual({ x: 0.25, y: 0.5 });
    socket.destroy();
  });

  it('puts a message split over frames and TCP writes back together', async () => {
    const { socket } = await open();
    const r = reader(socket);
    const text = JSON.stringify({ id: 9, req: { action: { type: 'pointer', pointer: { x: 0.75, y: 0.125 } } } });
    const frames = Buffer.concat([
      clientFrame(text.slice(0, 10), { fin: false }),
      clientFrame(text.slice(10, 30), { opcode: 0, fin: false }),
      clientFrame(text.slice(30), { opcode: 0 }),
    ]);
    for (let i = 0; i < frames.length; i += 7) {
      socket.write(frames.subarray(i, i + 7));
      await new Promise((ok) => setTimeout(ok, 1));
    }
    expect(await r.until(() => r.texts.length === 1)).toBe(true);
    expect((r.texts[0] as { id: number; result: { ok: boolean } }).result.ok).toBe(true);
    expect(hub.current.pointer).toEqual({ x: 0.75, y: 0.125 });
    socket.destroy();
  });

  it('refuses a malformed action through the same gate as HTTP, and keeps the socket open', async () => {
    const { socket } = await open();
    const r = reader(socket);
    const before = hub.current.rev;
    socket.write(clientFrame(JSON.stringify({ id: 4, req: { action: { type: 'goto', index: 'x' } } })));
    socket.write(clientFrame(JSON.stringify({ id: 5, req: { action: { type: 'pointer', pointer: null } }, more: 1 })));
    expect(await r.until(() => r.texts.length === 1 && r.closeCode() !== null)).toBe(true);
    const answer = r.texts[0] as { id: number; result: { ok: boolean; error: { code: string } } };
    expect(answer.id).toBe(4);
    expect(answer.result.ok).toBe(false);
    expect(answer.result.error.code).toBe('BAD_REQUEST');
    // A message that is not {id, req} closes the socket (1007): the page falls back to HTTP.
    expect(r.closeCode()).toBe(1007);
    expect(hub.current.rev).toBe(before);
    socket.destroy();
  });

  it.each([
    ['an unmasked frame', () => clientFrame('{}', { masked: false }), 1002],
    ['binary data', () => clientFrame('{}', { opcode: 2 }), 1003],
    ['a continuation with no message begun', () => clientFrame('{}', { opcode: 0 }), 1002],
    ['text that is not UTF-8', () => clientFrame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 1007],
    ['text that is not JSON', () => clientFrame('{id: 1'), 1007],
    ['a message over the limit', () => clientFrame(Buffer.alloc(MAX_SOCKET_MESSAGE_BYTES + 1, 0x20)), 1009],
  ])('closes the socket on %s, applying nothing', async (_what, bytes, code) => {
    const { socket } = await open();
    const r = reader(socket);
    const before = hub.current.rev;
    socket.write(bytes());
    expect(await r.until(() => r.closeCode() !== null)).toBe(true);
    expect(r.closeCode()).toBe(code);
    expect(r.texts).toEqual([]);
    expect(hub.current.rev).toBe(before);
    socket.destroy();
  });

  it('refuses a declared length over the limit before any of it arrives', async () => {
    const { socket } = await open();
    const r = reader(socket);
    socket.write(Buffer.concat([Buffer.from([0x81, 0x80 | 127]), bigLength(MAX_SOCKET_MESSAGE_BYTES + 1)]));
    expect(await r.until(() => r.closeCode() !== null)).toBe(true);
    expect(r.closeCode()).toBe(1009);
    socket.destroy();
  });
});

describe('the presentation socket is refused as an API request is', () => {
  const swapCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

  it.each([
    ['no token', () => ({ 'sec-websocket-protocol': WEB_SOCKET_PROTOCOL })],
    ['no protocol list at all', () => ({ 'sec-websocket-protocol': undefined })],
    ['all but the token’s last character', () => ({ 'sec-websocket-protocol': `${WEB_SOCKET_PROTOCOL}, ${bridge.token.slice(0, -1)}` })],
    ['the token with one more character', () => ({ 'sec-websocket-protocol': `${WEB_SOCKET_PROTOCOL}, ${bridge.token}x` })],
    ['the token in swapped case', () => ({ 'sec-websocket-protocol': `${WEB_SOCKET_PROTOCOL}, ${swapCase(bridge.token)}` })],
    ['another bridge’s token', () => ({ 'sec-websocket-protocol': `${WEB_SOCKET_PROTOCOL}, ${readOnly.token}` })],
    ['the token in a cookie only', () => ({ 'sec-websocket-protocol': WEB_SOCKET_PROTOCOL, cookie: `bd_token=${bridge.token}` })],
    [
      'the token after a long list of guesses',
      () => ({ 'sec-websocket-protocol': [WEB_SOCKET_PROTOCOL, 'a', 'b', 'c', 'd', bridge.token].join(', ') }),
    ],
  ])('401 with %s', async (_what, headers) => {
    expect((await upgrade(bridge, headers())).status).toBe(401);
  });

  it('404 with the token in the address (never taken from a query)', async () => {
    expect(
      (await upgrade(bridge, { 'sec-websocket-protocol': WEB_SOCKET_PROTOCOL }, `${WEB_SOCKET_PATH}?token=${bridge.token}`)).status,
    ).toBe(404);
    expect((await upgrade(bridge, {}, `${WEB_SOCKET_PATH}?x=1`)).status).toBe(404);
    expect((await upgrade(bridge, {}, '/api/present.act')).status).toBe(404);
  });

  it.each([
    ['another origin', () => ({ origin: 'http://evil.example' }), 403],
    ['another port of 127.0.0.1 as origin', () => ({ origin: 'http://127.0.0.1:1' }), 403],
    ['a cross-site fetch', () => ({ 'sec-fetch-site': 'cross-site' }), 403],
    ['a same-site fetch from another port', () => ({ 'sec-fetch-site': 'same-site' }), 403],
    ['another Host (DNS rebinding)', () => ({ host: 'evil.example' }), 403],
    ['the token without the app protocol beside it', () => ({ 'sec-websocket-protocol': bridge.token }), 400],
    ['a WebSocket version other than 13', () => ({ 'sec-websocket-version': '8' }), 400],
    ['a malformed key', () => ({ 'sec-websocket-key': 'short' }), 400],
  ])('refused from %s', async (_what, headers, status) => {
    expect((await upgrade(bridge, headers())).status).toBe(status);
  });

  it('an export bridge (read-only, without present.act) refuses it with its own token', async () => {
    expect((await upgrade(readOnly)).status).toBe(403);
  });

  it(`holds at most ${MAX_PRESENT_SOCKETS} sockets, and closing the bridge closes them`, async () => {
    const extra = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: live.renderer });
    const opened: Socket[] = [];
    for (let i = 0; i < MAX_PRESENT_SOCKETS; i++) {
      const r = await upgrade(extra);
      expect(r.status).toBe(101);
      opened.push(r.opened!.socket.resume());
    }
    expect((await upgrade(extra)).status).toBe(503);
    const closed = Promise.all(opened.map((s) => new Promise((ok) => s.once('close', ok))));
    await extra.close();
    await closed;
  });
});
