/** The loopback web bridge, over real HTTP against a real store. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { openStore, type Store } from '../src/main/store';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '../src/main/web/server';
import { PresentationHub } from '../src/main/presentation-hub';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge;

beforeAll(async () => {
  t = tempDir();
  const renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer');
  store = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED });
  const hub = new PresentationHub();
  bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: renderer });
});
afterAll(async () => {
  await bridge.close();
  store.close();
  t.cleanup();
});

/** A raw request, so tests can send what a browser would not (bad Host, traversal paths). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const port = Number(new URL(bridge.origin).port);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((ok, bad) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', bad);
    req.end(opts.body);
  });
}

const api = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-briefing-token': bridge.token, ...headers },
    body: JSON.stringify(payload),
  });

describe('web bridge', () => {
  it('prints a loopback address with a long random token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('answers API calls with the token, as data', async () => {
    const r = await api('report.list', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: [{ key: 'cq-2015' }] });
    const bad = await api('figure.list', { reportId: 'x' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/?token=nope')).status).toBe(401);
    expect((await api('report.list', {}, { 'x-briefing-token': 'wrong' })).status).toBe(401);
    const noToken = await raw('/api/report.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
  });

  it('sets an HttpOnly SameSite=Strict cookie on the first page load so assets load', async () => {
    const page = await raw(`/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asset = await raw('/assets/app.js', { headers: { cookie: cookie.split(';')[0] } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('refuses a Host header that is not the loopback address (DNS rebinding)', async () => {
    const r = await raw(`/?token=${bridge.token}`, { headers: { host: 'evil.example:80' } });
    expect(r.status).toBe(403);
  });

  it('never serves files outside the renderer folder and lists no directories', async () => {
    const auth = { 'x-briefing-token': bridge.token };
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%00.js', '/assets/'])
      expect((await raw(p, { headers: auth })).body, p).not.toContain('outside the renderer');
    expect((await raw('/assets/missing.js', { headers: auth })).status).toBe(404);
    // App routes without an extension get the page.
    expect((await raw('/presenter', { headers: auth })).body).toContain('简报台');
  });

  it('names why it refuses, and answers by the Host it was given as 127.0.0.1 or localhost alike', async () => {
    const port = new URL(bridge.origin).port;
    expect((await raw(`/?token=${bridge.token}`, { headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await raw(`/?token=${bridge.token}`, { headers: { host: `localhost:${Number(port) + 1}` } })).body).toBe('主机名不符');
    expect((await raw('/')).body).toMatch(/^缺少或错误的访问令牌：请打开 npm run web 打印的完整地址/);
    expect((await api('report.list', {}, { 'x-briefing-token': 'wrong' })).body).toMatch(/接口只接受请求头中的令牌/);
    expect((await api('report.list', {}, { origin: 'http://evil.example' })).body).toBe('只接受来自本页面的接口请求');
  });

  it('takes a typed address (Sec-Fetch-Site: none) as its own page, but no other method than GET and HEAD for files', async () => {
    expect((await api('report.list', {}, { 'sec-fetch-site': 'none' })).status).toBe(200);
    expect((await api('report.list', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    const auth = { 'x-briefing-token': bridge.token };
    const head = await raw('/', { method: 'HEAD', headers: auth });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await raw('/assets/app.js', { method: 'POST', headers: auth, body: 'x' });
    expect(post.status).toBe(405);
    expect(post.body).toBe('不支持的请求方法');
    expect((await raw('/api/report.list', { method: 'GET', headers: auth })).status).toBe(405);
  });

  it('finds its cookie among others the browser sends for 127.0.0.1', async () => {
    const page = await raw(`/?token=${bridge.token}`);
    const own = String(page.headers['set-cookie']).split(';')[0];
    expect((await raw('/assets/app.js', { headers: { cookie: `theme=dark; ${own}; lang=zh` } })).status).toBe(200);
    expect((await raw('/assets/app.js', { headers: { cookie: `theme=dark; x${own}` } })).status).toBe(401);
  });

  // Not in mutation runs (scripts/mutation.mjs sets MUTATION_MODULE): its 85 MB body takes longer than the
  // bridge's 10 s discard window on a loaded machine, and Stryker refuses to start on one failed test. The
  // mutants only it reaches then count as not covered, i.e. as survivors; npm test always runs it.
  it.skipIf(!!process.env.MUTATION_MODULE)('limits the request body and refuses non-JSON bodies, writing nothing', async () => {
    const before = contentHash(store.db);
    const big = await api('report.list', { pad: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect(big.status).toBe(413);
    const notJson = await raw('/api/report.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-briefing-token': bridge.token },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/JSON/);
    const form = await raw('/api/report.list', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-briefing-token': bridge.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('presentation events', () => {
  it('streams the current state to a page that connects late, then every change any page makes', async () => {
    await api('present.act', { action: { type: 'open', deckId: 1, total: 28 } });
    await api('present.act', { action: { type: 'goto', index: 4 } });
    const port = Number(new URL(bridge.origin).port);
    const events: { index: number; screen: string }[] = [];
    const req = request({ host: '127.0.0.1', port, path: '/events', headers: { 'x-briefing-token': bridge.token } });
    const first = new Promise<void>((ok) => {
      req.on('response', (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const m of chunk.matchAll(/^data: (.*)$/gm)) events.push(JSON.parse(m[1]));
          ok();
        });
      });
    });
    req.end();
    await first;
    expect(events[0]).toMatchObject({ index: 4, screen: 'slide' });
    await api('present.act', { action: { type: 'next' } });
    await api('present.act', { action: { type: 'toggleScreen', screen: 'black' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(events.slice(1)).toMatchObject([{ index: 5 }, { index: 5, screen: 'black' }]);
    req.destroy();
  });

  it('refuses the event stream without the token', async () => {
    expect((await raw('/events')).status).toBe(401);
  });
});
