/**
 * main/own-ink.ts: the window whose action the hub is applying is named for the synchronous part of that
 * call only — what the hub sends inside it (ink actions never wait) is that window's own; what it sends
 * after the call's first await, or outside any call, is nobody's and goes to every window.
 */
import { expect, it } from 'vitest';
import { asPage, ownInk } from '../src/main/own-ink';
import { PresentationHub } from '../src/main/presentation-hub';
import type { PresentationEvent } from '../src/shared/presentation';

it("names the acting window while its call runs synchronously, and nobody's after its first await", async () => {
  const hub = new PresentationHub();
  const heard: { a: boolean; b: boolean; type?: string }[] = [];
  hub.subscribe((s: PresentationEvent) => heard.push({ a: ownInk('a', s), b: ownInk('b', s), type: s.inkDelta?.action.type }));
  const result = await asPage('a', async () => {
    hub.answer({ type: 'inkStroke', id: 1, tool: 'pen', colour: 'red', points: [0.1, 0.1] });
    // A change that is not ink is every window's, even the acting one's.
    hub.answer({ type: 'toggleScreen', screen: 'black' });
    await Promise.resolve();
    hub.answer({ type: 'inkExtend', id: 1, points: [0.2, 0.2] });
    return 'done';
  });
  expect(result).toBe('done');
  expect(heard).toEqual([
    { a: true, b: false, type: 'inkStroke' },
    { a: false, b: false, type: undefined },
    { a: false, b: false, type: 'inkExtend' },
  ]);
  // Outside any call, after one that threw, and with no window named: nobody's.
  expect(() =>
    asPage('b', () => {
      throw new Error('refused');
    }),
  ).toThrow('refused');
  hub.answer({ type: 'inkExtend', id: 1, points: [0.3, 0.3] });
  asPage(undefined, () => hub.answer({ type: 'inkExtend', id: 1, points: [0.4, 0.4] }));
  expect(heard.slice(3)).toEqual([
    { a: false, b: false, type: 'inkExtend' },
    { a: false, b: false, type: 'inkExtend' },
  ]);
  // A call inside another's names its own window, and the outer one's again once it returns.
  asPage('a', () => {
    asPage('b', () => hub.answer({ type: 'inkExtend', id: 1, points: [0.5, 0.5] }));
    hub.answer({ type: 'inkExtend', id: 1, points: [0.6, 0.6] });
  });
  expect(heard.slice(5).map((h) => [h.a, h.b])).toEqual([
    [false, true],
    [true, false],
  ]);
});
