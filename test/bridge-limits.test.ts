/**
 * The web bridge's body cap against the contract: the largest report.import and data.import the contract
 * allows reach their handler over real HTTP; one byte over the cap is refused with 413 and a message that
 * names the cap. The cap is derived from src/shared/limits.ts, so this fails if the derivation goes wrong.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers, Request } from '../src/shared/api';
import {
  FIGURE_LIMITS as F,
  MAX_BODY_BYTES,
  MAX_DATA_FILE_CHARS,
  MAX_DATA_FILE_NAME,
  MAX_IMPORT_FIGURES,
  MAX_REPORT_CHARS,
  REPORT_META_LIMITS as M,
} from '../src/shared/limits';
import { createHandlers } from '../src/main/api/handlers';
import { openStore, type Store } from '../src/main/store';
import { startBridge, type Bridge } from '../src/main/web/server';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge;
/** What the import handlers received: the real store's handlers otherwise. */
const received: { report?: Request<'report.import'>; data?: Request<'data.import'> } = {};

beforeAll(async () => {
  t = tempDir();
  store = openStore(join(t.dir, 'limits.sqlite'), { seedBundles: SEED });
  const handlers: Handlers = {
    ...createHandlers(store, 'test'),
    'report.import': (req) => ((received.report = req), { reportId: 99, deckId: 99 }),
    'data.import': (req) => ((received.data = req), { changed: 0 }),
  };
  bridge = await startBridge({ handlers, rendererDir: t.dir });
});
afterAll(async () => {
  await bridge.close();
  store.close();
  t.cleanup();
});

function post(channel: string, body: string | Buffer) {
  const port = Number(new URL(bridge.origin).port);
  return new Promise<{ status: number; body: string }>((ok, bad) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefing-token': bridge.token },
        // A fresh connection each time: building a body takes seconds on a busy machine, longer than the
        // server keeps an idle socket, and a reused one would be reset under the request.
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => ok({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', bad);
    req.end(body);
  });
}

/** n characters of Chinese: 3 bytes each in UTF-8, the most JSON.stringify writes a common character as. */
const cjk = (n: number, seed = 0) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7 + seed) % 0x5000))).join('');

/** The largest report.import the contract allows: every string at its maximum, every offset at its largest. */
function maximalReportImport(): Request<'report.import'> {
  const big = Number.MAX_SAFE_INTEGER;
  return {
    meta: { title: cjk(M.title), organisation: cjk(M.organisation), published: '2016-02-04', asOf: cjk(M.asOf) },
    text: cjk(MAX_REPORT_CHARS),
    figures: Array.from({ length: MAX_IMPORT_FIGURES }, (_, i) => ({
      label: cjk(F.label, i),
      value: cjk(F.value, i),
      number: -Math.PI * 1e-300, // the longest a number is written in JSON
      unit: cjk(F.unit, i),
      period: cjk(F.period, i),
      kind: 'multiple' as const,
      status: 'estimate' as const, // the longest status
      qualifier: cjk(F.qualifier, i),
      quote: cjk(F.quote, i),
      start: big,
      end: big,
      valueStart: big,
      valueEnd: big,
    })),
  };
}

describe('web bridge body cap', () => {
  it('passes the largest valid report.import to its handler', async () => {
    const req = maximalReportImport();
    const body = JSON.stringify(req);
    expect(Buffer.byteLength(body)).toBeGreaterThan(0.95 * MAX_BODY_BYTES); // it is the request that sets the cap
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const r = await post('report.import', body);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { reportId: 99, deckId: 99 } });
    expect(received.report?.text.length).toBe(MAX_REPORT_CHARS);
    expect(received.report?.figures).toHaveLength(MAX_IMPORT_FIGURES);
    expect(received.report?.figures.at(-1)?.quote).toBe(req.figures.at(-1)?.quote);
  }, 60_000);

  it('passes the largest valid data.import to its handler', async () => {
    const content = cjk(MAX_DATA_FILE_CHARS);
    const r = await post('data.import', JSON.stringify({ reportId: 1, format: 'csv', name: cjk(MAX_DATA_FILE_NAME), content }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { changed: 0 } });
    expect(received.data?.content.length).toBe(MAX_DATA_FILE_CHARS);
    expect(received.data?.content.slice(-50)).toBe(content.slice(-50));
  }, 60_000);

  it('refuses one byte over the cap with 413 and a message naming the cap, writing nothing', async () => {
    const before = contentHash(store.db);
    const request = JSON.stringify({ reportId: 1, format: 'csv', name: 'x.csv', content: '' });
    const over = request.replace('"content":""', `"content":"${'x'.repeat(MAX_BODY_BYTES + 1 - request.length)}"`);
    expect(Buffer.byteLength(over)).toBe(MAX_BODY_BYTES + 1);
    const r = await post('data.import', over);
    expect(r.status).toBe(413);
    const error = JSON.parse(r.body).error;
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/请求体过大：超过 \d+(\.\d)? MB 上限/);
    expect(contentHash(store.db)).toBe(before);
    // The bridge still answers afterwards.
    expect((await post('report.list', '{}')).status).toBe(200);
  }, 60_000);
});
