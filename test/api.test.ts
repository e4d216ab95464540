import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, REQUESTS, type BriefingOpen, type Handlers } from '../src/shared/api';
import type { Figure } from '../src/shared/types';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { contentHash, SEED, tempDir } from './helpers';
import { PresentationHub } from '../src/main/presentation-hub';
import { INITIAL_PRESENTATION } from '../src/shared/presentation';

let t: ReturnType<typeof tempDir>;
let store: Store;
let handlers: Handlers;
beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'api.sqlite'), { seedBundles: SEED });
  handlers = createHandlers(store, '0.0.0-test');
});
afterAll(() => {
  store.close();
  t.cleanup();
});

/** Requests no channel accepts, with what each should say. */
const BAD: [string, unknown, RegExp][] = [
  ['no payload', undefined, /期望 object/],
  ['null', null, /期望 object/],
  ['a string', 'deck', /期望 object/],
  ['an array', [1], /期望 object/],
  ['an extra key', { reportId: 1, deckId: 1, evil: true }, /未知的键/],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": 1}, "reportId": 1, "deckId": 1}'), /未知的键|__proto__/],
];

describe('API validation', () => {
  it('every channel in the allowlist has a handler and a request schema', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(REQUESTS).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s rejects malformed payloads with a clear message and writes nothing', async (channel) => {
    const before = contentHash(store.db);
    for (const [what, payload, message] of BAD) {
      const r = await dispatch(handlers, channel, payload);
      if (r.ok) {
        // Channels that take no arguments accept {} only: anything else must fail.
        throw new Error(`${channel} accepted ${what}`);
      }
      expect(r.error.code, what).toBe('BAD_REQUEST');
      expect(r.error.message, what).toContain(channel);
      expect(r.error.message, what).toMatch(message);
    }
    expect(contentHash(store.db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a string id', { reportId: '1' }, /reportId.*期望 数字/],
    ['NaN', { reportId: Number.NaN }, /reportId/],
    ['Infinity', { reportId: Number.POSITIVE_INFINITY }, /reportId/],
    ['a fraction', { reportId: 1.5 }, /reportId.*int/],
    ['zero', { reportId: 0 }, /reportId/],
    ['a missing id', {}, /reportId/],
  ])('figure.list names the field for %s', async (_what, payload, message) => {
    const r = await dispatch(handlers, 'figure.list', payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('refuses channels that are not on the allowlist, including prototype names', async () => {
    for (const name of ['db.exec', 'constructor', '__proto__', 'toString', 42, null]) {
      const r = await dispatch(handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_CHANNEL' } });
    }
  });

  it('answers NOT_FOUND for ids that do not exist', async () => {
    expect(await dispatch(handlers, 'figure.list', { reportId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('serves the bundled report, its figures and its deck', async () => {
    const reports = await dispatch(handlers, 'report.list', {});
    expect(reports.ok && (reports.value as { key: string }[])[0].key).toBe('cq-2015');
    const opened = await dispatch(handlers, 'briefing.open', {});
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      const slides = (opened.value as BriefingOpen).deck!.slides;
      expect(slides.map((s) => s.layout)).toContain('kpi');
      expect(slides.map((s) => s.layout)).toContain('chart');
    }
    const info = await dispatch(handlers, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test', readOnly: false } });
  });
});

describe('briefing.open: what a window needs, in one call', () => {
  const open = async (req: object) => {
    const r = await dispatch(handlers, 'briefing.open', req);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as BriefingOpen;
  };

  it('gives the first report with its figures and first deck, exactly as the single channels do', async () => {
    const b = await open({});
    expect(b.reports.map((r) => r.key)).toEqual(['cq-2015']);
    expect(b.report?.key).toBe('cq-2015');
    expect(b.figures).toEqual((await handlers['figure.list']({ reportId: b.report!.id })) as Figure[]);
    expect(b.deck).toEqual(getDeck(store.db, 1));
    expect(b.deck?.slides).toHaveLength(31);
  });

  it('opens the report asked for, and the first one when that report is gone', async () => {
    const t2 = tempDir();
    const s2 = openStore(join(t2.dir, 'two.sqlite'), { seedBundles: SEED });
    try {
      const h2 = createHandlers(s2, 'x');
      const text = '2016年，全市工业总产值达到2.6万亿元，增长10%。';
      const extracted = await h2['report.extract']({ text });
      const imported = await h2['report.import']({
        meta: { title: '二号报告', organisation: '某单位', published: '2017-01-20', asOf: '2016年' },
        text,
        figures: extracted,
      });
      const b = (await dispatch(h2, 'briefing.open', { reportId: imported.reportId })) as { ok: true; value: BriefingOpen };
      expect(b.value.report?.title).toBe('二号报告');
      expect(b.value.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2.6, 10]));
      expect(b.value.reports).toHaveLength(2);
      const gone = (await dispatch(h2, 'briefing.open', { reportId: 999 })) as { ok: true; value: BriefingOpen };
      expect(gone.value.report?.key).toBe('cq-2015');
    } finally {
      s2.close();
      t2.cleanup();
    }
  });

  it('with `present`, opens the deck on the hub in the same call, where this window last was on it', async () => {
    const hub = new PresentationHub();
    const h = createHandlers(store, 'x', hub);
    const b = (await dispatch(h, 'briefing.open', {
      present: {
        resume: [
          { deckId: 99, index: 7 },
          { deckId: 1, index: 5 },
        ],
      },
    })) as { ok: true; value: BriefingOpen };
    expect(b.value.presentation).toMatchObject({ deckId: 1, index: 5, total: 31 });
    // The hub holds it (every other window hears of it), and the answer is the hub's own state.
    expect(hub.current).toEqual(b.value.presentation);
    // A slide remembered past the end lands on the last one.
    const past = (await dispatch(createHandlers(store, 'x', new PresentationHub()), 'briefing.open', {
      present: { resume: [{ deckId: 1, index: 400 }] },
    })) as { ok: true; value: BriefingOpen };
    expect(past.value.presentation?.index).toBe(30);
  });

  it("with `present`, a deck already on the hub keeps the hub's slide (a running presentation, a reload)", async () => {
    const hub = new PresentationHub();
    // As the hub holds a deck it has opened: with its build steps from the store (none in the bundled deck).
    hub.act({ type: 'open', deckId: 1, total: 31, index: 9, steps: Array<number>(31).fill(0) });
    const before = hub.current;
    const b = (await dispatch(createHandlers(store, 'x', hub), 'briefing.open', { present: { resume: [{ deckId: 1, index: 2 }] } })) as {
      ok: true;
      value: BriefingOpen;
    };
    expect(b.value.presentation).toEqual(before);
    expect(hub.current.index).toBe(9);
  });

  it('without `present` the hub is left alone (the print route reads the briefing only)', async () => {
    const hub = new PresentationHub();
    const b = (await dispatch(createHandlers(store, 'x', hub), 'briefing.open', {})) as { ok: true; value: BriefingOpen };
    expect(b.value.presentation).toBeUndefined();
    expect(hub.current).toEqual(INITIAL_PRESENTATION);
  });

  it('refuses a bad `present`, naming the field, and changes nothing', async () => {
    const hub = new PresentationHub();
    const r = await dispatch(createHandlers(store, 'x', hub), 'briefing.open', { present: { resume: [{ deckId: 1, index: -1 }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/present\.resume\.0\.index/);
    expect(hub.current).toEqual(INITIAL_PRESENTATION);
  });

  it('an empty store: no report, no deck, no error', async () => {
    const t3 = tempDir();
    const s3 = openStore(join(t3.dir, 'empty.sqlite'), { seedBundles: [] });
    try {
      const r = await dispatch(createHandlers(s3, 'x'), 'briefing.open', {});
      expect(r).toEqual({ ok: true, value: { reports: [], report: null, figures: [], deck: null } });
    } finally {
      s3.close();
      t3.cleanup();
    }
  });
});
