/**
 * The web bridge's token check, over real HTTP against a real bridge: only the exact token opens the API,
 * the event stream and the page; a near miss (a prefix, the token with more after it, the token in another
 * case, the token under another cookie name) is refused. Written against responses, not the implementation,
 * so it holds however the check is written (header, query, cookie).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { MAX_EVENT_STREAMS, startBridge, type Bridge } from '../src/main/web/server';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge;
/** The cookie the bridge itself sets on the first page load: `name=value`. */
let cookieName: string;
let cookieValue: string;

/** Status only: the event stream never ends, so the request is dropped as soon as the head arrives. */
function status(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const port = Number(new URL(bridge.origin).port);
  return new Promise<{ status: number; setCookie: string[] }>((ok, bad) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { origin: bridge.origin, ...opts.headers } },
      (res) => {
        ok({ status: res.statusCode!, setCookie: res.headers['set-cookie'] ?? [] });
        res.resume();
        req.destroy();
      },
    );
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : bad(e)));
    req.end(opts.body);
  });
}

const apiCall = (headers: Record<string, string>, query = '') =>
  status(`/api/report.list${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
const events = (headers: Record<string, string>, query = '') => status(`/events${query}`, { headers });
const page = (headers: Record<string, string>, query = '') => status(`/${query}`, { headers });

const swapCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

/** Tokens that are close to the real one but not it. */
function nearMisses(token: string): [string, string][] {
  return [
    ['its first character', token.slice(0, 1)],
    ['all but its last character', token.slice(0, -1)],
    ['the token with one more character', token + 'x'],
    ['the token twice', token + token],
    ['the token in swapped case', swapCase(token)],
  ];
}

beforeAll(async () => {
  t = tempDir();
  const renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED });
  const hub = new PresentationHub();
  bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
  const first = await page({}, `?token=${encodeURIComponent(bridge.token)}`);
  expect(first.status).toBe(200);
  const set = first.setCookie.find((c) => c.includes(bridge.token) || /httponly/i.test(c));
  expect(set, 'the first page load sets a cookie').toBeDefined();
  [cookieName, cookieValue] = set!.split(';')[0].split(/=(.*)/s);
});
afterAll(async () => {
  await bridge.close();
  store.close();
  t.cleanup();
});

const REFUSED = [401, 403];

describe('web bridge token check', () => {
  it('lets the exact token in: header on the API and the event stream, the cookie it set on events and assets', async () => {
    expect(swapCase(bridge.token)).not.toBe(bridge.token);
    expect((await apiCall({ 'x-briefing-token': bridge.token })).status).toBe(200);
    expect((await events({ 'x-briefing-token': bridge.token })).status).toBe(200);
    expect((await events({ cookie: `${cookieName}=${cookieValue}` })).status).toBe(200);
    expect((await status('/assets/app.js', { headers: { cookie: `${cookieName}=${cookieValue}` } })).status).toBe(200);
  });

  it.each(nearMisses('T'.repeat(32)).map(([name]) => name))('refuses %s, however it is sent', async (name) => {
    const bad = nearMisses(bridge.token).find(([n]) => n === name)![1];
    const q = `?token=${encodeURIComponent(bad)}`;
    const tries: [string, Promise<{ status: number }>][] = [
      ['API, header', apiCall({ 'x-briefing-token': bad })],
      ['API, query', apiCall({}, q)],
      ['API, cookie', apiCall({ cookie: `${cookieName}=${bad}` })],
      ['events, header', events({ 'x-briefing-token': bad })],
      ['events, query', events({}, q)],
      ['events, cookie', events({ cookie: `${cookieName}=${bad}` })],
      ['page, query', page({}, q)],
      ['page, cookie', page({ cookie: `${cookieName}=${bad}` })],
    ];
    for (const [where, p] of tries) expect(REFUSED, `${name} via ${where}`).toContain((await p).status);
  });

  it('refuses the right token under a cookie of another name', async () => {
    const otherNames = ['token', 'briefing', `x${cookieName}`, `${cookieName}x`, cookieName.slice(0, -1), swapCase(cookieName)];
    for (const name of otherNames) {
      const cookie = { cookie: `${name}=${cookieValue}` };
      expect(REFUSED, `cookie ${name} on the API`).toContain((await apiCall(cookie)).status);
      expect(REFUSED, `cookie ${name} on events`).toContain((await events(cookie)).status);
      expect(REFUSED, `cookie ${name} on an asset`).toContain((await status('/assets/app.js', { headers: cookie })).status);
    }
  });
});

describe('web bridge limits on the API and the event stream', () => {
  it('answers 415 to an API call whose body is not declared JSON, and takes a JSON one with parameters', async () => {
    const call = (type: string) =>
      status('/api/report.list', { method: 'POST', headers: { 'x-briefing-token': bridge.token, 'content-type': type }, body: '{}' });
    expect((await call('text/plain')).status).toBe(415);
    expect((await call('application/x-www-form-urlencoded')).status).toBe(415);
    expect((await call('application/json; charset=utf-8')).status).toBe(200);
  });

  it('holds at most MAX_EVENT_STREAMS event streams, refuses one more with 503, and frees a slot when one closes', async () => {
    const port = Number(new URL(bridge.origin).port);
    const open = () =>
      new Promise<{ status: number; close: () => void }>((ok, bad) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/events', headers: { origin: bridge.origin, 'x-briefing-token': bridge.token } },
          (res) => {
            res.resume();
            ok({ status: res.statusCode!, close: () => req.destroy() });
          },
        );
        req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : bad(e)));
        req.end();
      });
    const held: { status: number; close: () => void }[] = [];
    try {
      for (let i = 0; i < MAX_EVENT_STREAMS; i++) held.push(await open());
      expect(held.map((s) => s.status)).toEqual(Array(MAX_EVENT_STREAMS).fill(200));
      const extra = await open();
      extra.close();
      expect(extra.status).toBe(503);
      // Any further stream is refused the same way, saying why.
      const why = await new Promise<string>((ok, bad) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/events', agent: false, headers: { origin: bridge.origin, 'x-briefing-token': bridge.token } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c) => (body += c));
            res.on('end', () => ok(`${res.statusCode} ${body}`));
          },
        );
        req.on('error', bad);
        req.end();
      });
      expect(why).toBe('503 打开的放映窗口太多');
      held.pop()!.close();
      // The server sees the close a moment later; the freed slot then takes a new stream.
      let again = 0;
      for (let i = 0; i < 50 && again !== 200; i++) {
        await new Promise((r) => setTimeout(r, 20));
        const s = await open();
        again = s.status;
        if (again === 200) held.push(s);
        else s.close();
      }
      expect(again).toBe(200);
    } finally {
      for (const s of held) s.close();
    }
  });
});
