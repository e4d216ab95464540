/**
 * A page's own ink is not echoed on its event stream (main/own-ink.ts): the page that draws gets each
 * change as the answer on its presentation socket, every other page on its stream; any other change still
 * reaches the acting page's stream too. A real bridge, store and hub, a `ws` client for the socket and a raw
 * HTTP reader for the server-sent events.
 */
import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { PresentationHub } from '../src/main/presentation-hub';
import type { Bridge } from '../src/main/web/server';
import { WEB_EVENTS_PATH, WEB_PAGE_PARAM, WEB_SOCKET_PATH, WEB_SOCKET_PROTOCOL } from '../src/shared/channels';
import type { PresentationEvent } from '../src/shared/presentation';
import { liveBridge, type LiveBridge } from './live-bridge';

let live: LiveBridge;
let hub: PresentationHub;
let bridge: Bridge;

beforeAll(async () => {
  live = await liveBridge();
  ({ hub, bridge } = live);
});
afterAll(() => live.close());

const PAGE_A = 'a'.repeat(32);
const PAGE_B = 'b'.repeat(32);

/** A page's event stream: every presentation event it receives, parsed. */
async function stream(page: string) {
  const events: PresentationEvent[] = [];
  let buf = '';
  const res = await new Promise<IncomingMessage>((ok, bad) => {
    const req = request({
      host: '127.0.0.1',
      port: Number(new URL(bridge.origin).port),
      path: `${WEB_EVENTS_PATH}?${WEB_PAGE_PARAM}=${page}`,
      headers: { origin: bridge.origin, 'x-briefing-token': bridge.token },
      agent: false,
    });
    req.on('response', ok).on('error', bad).end();
  });
  expect(res.statusCode).toBe(200);
  res.setEncoding('utf8').on('data', (chunk: string) => {
    buf += chunk;
    for (let at = buf.indexOf('\n\n'); at >= 0; at = buf.indexOf('\n\n')) {
      const data = /^data: (.*)$/m.exec(buf.slice(0, at))?.[1];
      if (data) events.push(JSON.parse(data) as PresentationEvent);
      buf = buf.slice(at + 2);
    }
  });
  return { events, close: () => res.destroy() };
}

/** A page's presentation socket: `act` sends one action and resolves with its answer's event. */
async function socket(page: string) {
  const ws = new WebSocket(
    `${bridge.origin.replace('http', 'ws')}${WEB_SOCKET_PATH}?${WEB_PAGE_PARAM}=${page}`,
    [WEB_SOCKET_PROTOCOL, bridge.token],
    {
      origin: bridge.origin,
    },
  );
  await new Promise((ok, bad) => ws.once('open', ok).once('error', bad));
  let id = 0;
  const act = (action: object) =>
    new Promise<PresentationEvent>((ok) => {
      const mine = ++id;
      const on = (data: Buffer) => {
        const m = JSON.parse(String(data)) as { id: number; result: { ok: true; value: PresentationEvent } };
        if (m.id !== mine) return;
        ws.off('message', on);
        ok(m.result.value);
      };
      ws.on('message', on);
      ws.send(JSON.stringify({ id: mine, req: { action } }));
    });
  return { act, close: () => ws.close() };
}

const settle = () => new Promise((ok) => setTimeout(ok, 200));

describe("a page's own ink on the web bridge", () => {
  it('comes back as the answer on its socket only; the other page hears it on its stream; other changes reach both', async () => {
    const a = await stream(PAGE_A);
    const b = await stream(PAGE_B);
    const sock = await socket(PAGE_A);
    await settle();
    const [fromA, fromB] = [a.events.length, b.events.length];

    const started = await sock.act({ type: 'inkStroke', id: 7, tool: 'pen', colour: 'red', points: [0.1, 0.2] });
    const extended = await sock.act({ type: 'inkExtend', id: 7, points: [0.3, 0.4] });
    expect(started.inkDelta?.action).toMatchObject({ type: 'inkStroke', id: 7 });
    expect(extended.inkDelta?.action).toMatchObject({ type: 'inkExtend', points: [0.3, 0.4] });
    // A change that is not ink: on both streams, the acting page's too.
    const black = await sock.act({ type: 'toggleScreen', screen: 'black' });
    await settle();

    expect(b.events.slice(fromB).map((e) => e.rev)).toEqual([started.rev, extended.rev, black.rev]);
    expect(a.events.slice(fromA).map((e) => e.rev)).toEqual([black.rev]);
    expect(hub.current.ink[String(hub.current.index)]?.[0]?.points).toEqual([0.1, 0.2, 0.3, 0.4]);

    // Ink from elsewhere (not this page's socket: the other page, HTTP, the hub itself) still reaches it.
    hub.act({ type: 'inkExtend', id: 7, points: [0.5, 0.6] });
    await settle();
    expect(a.events.at(-1)?.inkDelta?.action).toMatchObject({ type: 'inkExtend', points: [0.5, 0.6] });
    await sock.act({ type: 'toggleScreen', screen: 'black' });
    await sock.act({ type: 'inkClear', scope: 'all' });
    sock.close();
    a.close();
    b.close();
  });

  it('takes a page id on the socket address and nothing else there', async () => {
    const open = (query: string) =>
      new Promise<number>((ok) => {
        const ws = new WebSocket(`${bridge.origin.replace('http', 'ws')}${WEB_SOCKET_PATH}${query}`, [WEB_SOCKET_PROTOCOL, bridge.token], {
          origin: bridge.origin,
        });
        ws.once('open', () => (ws.close(), ok(101)));
        ws.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0));
      });
    expect(await open(`?${WEB_PAGE_PARAM}=${PAGE_A}`)).toBe(101);
    expect(await open('')).toBe(101);
    expect(await open(`?${WEB_PAGE_PARAM}=short`)).toBe(404);
    expect(await open(`?${WEB_PAGE_PARAM}=${PAGE_A}&x=1`)).toBe(404);
    expect(await open(`?${WEB_PAGE_PARAM}=${'a'.repeat(31)}%20`)).toBe(404);
  });
});
