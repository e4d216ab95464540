/**
 * A window's first briefing.open goes out before the app mounts (state/early-open.ts): the store takes that
 * answer only for exactly the request it would have sent, once; and the web transport sends a request in
 * the caller's task, so "before the mount" is really before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../src/shared/api';
import { firstOpenRequest, openEarly, takeEarlyOpen } from '../../src/renderer/state/early-open';

type Open = AppApi['briefing.open'];
const answer = (tag: string) => ({ tag }) as unknown as Awaited<ReturnType<Open>>;

describe('early briefing.open', () => {
  it('is the first load’s request: the deep link of the address, nothing else asked', () => {
    expect(firstOpenRequest(null)).toEqual({ present: { resume: [] } });
    expect(firstOpenRequest(4)).toEqual({ present: { resume: [], index: 4 } });
  });

  it('sends that request once, and hands its answer to an equal request only, once', async () => {
    const open = vi.fn<Open>(() => Promise.resolve(answer('early')));
    openEarly({ 'briefing.open': open }, '#/slide/5');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toEqual({ present: { resume: [], index: 4 } });
    expect(takeEarlyOpen({ present: { resume: [] } })).toBeNull(); // another slide asked: not this answer
    expect(takeEarlyOpen({ present: { resume: [], index: 4 } })).toBeNull(); // and it is gone

    openEarly({ 'briefing.open': open }, '#/slide/5');
    const taken = takeEarlyOpen({ present: { resume: [], index: 4 } });
    expect(await taken?.answer).toEqual(answer('early'));
    expect(taken?.openOnHub).toBeNull(); // sent already
    expect(open).toHaveBeenCalledTimes(2);
    expect(takeEarlyOpen({ present: { resume: [], index: 4 } })).toBeNull(); // once
  });

  it('a report asked for by name never takes the first load’s answer', () => {
    openEarly({ 'briefing.open': () => Promise.resolve(answer('early')) }, '');
    expect(takeEarlyOpen({ reportId: 2, present: { resume: [] } })).toBeNull();
  });

  it('takes the answer the page was served with when it fits, and sends the request (it opens the deck) only when asked', async () => {
    const open = vi.fn<Open>(() => Promise.resolve(answer('sent')));
    const inline = { answer: answer('inline'), hubShowed: false };
    openEarly({ 'briefing.open': open }, '', inline);
    expect(open).not.toHaveBeenCalled(); // not beside the page's scripts and fonts: the page has its answer
    const taken = takeEarlyOpen({ present: { resume: [] } });
    expect(await taken?.answer).toEqual(answer('inline'));
    expect(await taken?.openOnHub?.()).toEqual(answer('sent')); // once the first slide is shown (the deck store)
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toEqual({ present: { resume: [] } });
    // A deep link is another request: the page's answer does not fit it, the request goes at once and its own answer is taken.
    openEarly({ 'briefing.open': open }, '#/slide/5', inline);
    expect(open).toHaveBeenCalledTimes(2);
    expect(await takeEarlyOpen({ present: { resume: [], index: 4 } })?.answer).toEqual(answer('sent'));
  });

  it('a served answer taken by no load sends nothing', () => {
    const open = vi.fn<Open>(() => Promise.resolve(answer('sent')));
    openEarly({ 'briefing.open': open }, '', { answer: answer('inline'), hubShowed: false });
    expect(takeEarlyOpen({ reportId: 2, present: { resume: [] } })).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });

  it('a failed early request is reported to the load that takes it, not as an unhandled rejection', async () => {
    openEarly({ 'briefing.open': () => Promise.reject(new Error('bridge down')) }, '');
    await new Promise((r) => setTimeout(r, 0));
    await expect(takeEarlyOpen({ present: { resume: [] } })?.answer).rejects.toThrow('bridge down');
  });
});

describe('web transport', () => {
  const g = globalThis as { window?: unknown; fetch?: unknown };
  const realFetch = g.fetch;
  afterEach(() => {
    delete g.window;
    g.fetch = realFetch;
    vi.resetModules();
  });

  it('sends a call’s request in the caller’s task, not a microtask later', async () => {
    g.window = { location: { href: 'http://127.0.0.1:9/' } };
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    g.fetch = fetch;
    vi.resetModules();
    const { api } = await import('../../src/renderer/lib/api');
    void api['report.list']({});
    expect(fetch).toHaveBeenCalledTimes(1); // synchronously: the early open goes out before the mount
    void api['figure.list']({ reportId: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('sends the first request before it keeps the address’s token and takes it out of the address', async () => {
    const replaceState = vi.fn();
    const stored = new Map<string, string>();
    const g2 = globalThis as { history?: unknown; sessionStorage?: unknown };
    g.window = { location: { href: 'http://127.0.0.1:9/?token=abc#/slide/3' } };
    g2.history = { state: null, replaceState };
    g2.sessionStorage = { setItem: (k: string, v: string) => stored.set(k, v), getItem: (k: string) => stored.get(k) ?? null };
    const fetch = vi.fn((_url: string, _init: { headers: Record<string, string> }) => new Promise<Response>(() => {}));
    g.fetch = fetch;
    try {
      vi.resetModules();
      const { api } = await import('../../src/renderer/lib/api');
      void api['report.list']({});
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(Object.values(fetch.mock.calls[0]![1].headers)).toContain('abc'); // with the token
      expect(replaceState).not.toHaveBeenCalled(); // not yet: after the request went out
      await Promise.resolve();
      expect(replaceState).toHaveBeenCalledWith(null, '', '/#/slide/3');
      expect([...stored.values()]).toEqual(['abc']);
    } finally {
      delete g2.history;
      delete g2.sessionStorage;
    }
  });
});
