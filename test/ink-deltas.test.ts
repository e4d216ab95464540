/**
 * Ink travels as deltas (shared/ink.ts followInk, shared/presentation.ts presentationEvent): the hub's events
 * carry one change of ink, never every stroke of the talk, and a window that follows them — in order, twice
 * (an answer and the stream), overtaken, or with one missing and then the whole ink read — holds exactly the
 * hub's ink.
 */
import { describe, expect, it } from 'vitest';
import { PresentationHub } from '../src/main/presentation-hub';
import { EMPTY_INK_VIEW, followInk, INK_LIMITS, inkBehind, type InkView } from '../src/shared/ink';
import type { HubAction, PresentationEvent } from '../src/shared/presentation';

/** A hub with deck 1 (4 slides) open, and every event it sends. */
function hubWithEvents() {
  const hub = new PresentationHub();
  const events: PresentationEvent[] = [];
  hub.subscribe((e) => events.push(e));
  hub.act({ type: 'open', deckId: 1, total: 4 });
  return { hub, events };
}
const follow = (events: readonly PresentationEvent[], view: InkView = EMPTY_INK_VIEW) => events.reduce(followInk, view);
const stroke = (id: number, points: number[]): HubAction => ({ type: 'inkStroke', id, tool: 'pen', colour: 'red', points });

/** A talk: strokes on three slides drawn point by point, a slide erased, a stroke at the point limit. */
function talk(hub: PresentationHub): void {
  for (const [slide, id] of [
    [0, 1],
    [2, 2],
    [2, 3],
    [3, 4],
  ] as const) {
    hub.act({ type: 'goto', index: slide });
    hub.act(stroke(id, [0.1, 0.2]));
    for (let k = 1; k <= 30; k++) hub.act({ type: 'inkExtend', id, points: [0.1 + k / 100, 0.2 + Math.sin(k) / 10] });
  }
  hub.act({ type: 'goto', index: 2 });
  hub.act({ type: 'inkClear', scope: 'slide' });
  hub.act({ type: 'goto', index: 1 });
  hub.act(
    stroke(
      5,
      Array.from({ length: INK_LIMITS.points * 2 - 2 }, (_, i) => (i % 50) / 50),
    ),
  );
  // Past the limit: only what fits is stored, and the window is told exactly that.
  hub.act({ type: 'inkExtend', id: 5, points: [0.5, 0.5, 0.6, 0.6, 0.7, 0.7] });
}

describe('ink as deltas', () => {
  it('an ink event carries the one change, not the talk’s ink; a window following the events holds the hub’s ink', () => {
    const { hub, events } = hubWithEvents();
    const first = hub.current;
    talk(hub);
    const after = events.slice(events.findIndex((e) => e.rev > first.rev));
    const inkEvents = after.filter((e) => e.inkDelta);
    expect(inkEvents.length).toBeGreaterThan(120);
    // No event of the talk carries the whole ink; each extend carries only its own new points.
    expect(after.every((e) => e.ink === undefined)).toBe(true);
    const extend = inkEvents.find((e) => e.inkDelta!.action.type === 'inkExtend')!;
    expect(extend.inkDelta!.action).toMatchObject({ points: [expect.any(Number), expect.any(Number)] });
    // The stroke over the limit: the delta holds the one pair that fitted, as stored.
    expect(inkEvents.at(-1)!.inkDelta!.action).toEqual({ type: 'inkExtend', id: 5, points: [0.5, 0.5] });
    const view = follow(after, followInk(EMPTY_INK_VIEW, first));
    expect(view.ink).toEqual(hub.current.ink);
    expect(view.rev).toBe(hub.current.inkRev);
    expect(inkBehind(view)).toBe(false);
    expect(Object.keys(view.ink).sort()).toEqual(['0', '1', '3']);
  });

  it('an event heard twice (the answer, then the stream) or overtaken by a later one is applied once, in order', () => {
    const { hub, events } = hubWithEvents();
    const start = followInk(EMPTY_INK_VIEW, hub.current);
    const n = events.length;
    hub.act(stroke(1, [0.1, 0.1]));
    hub.act({ type: 'inkExtend', id: 1, points: [0.2, 0.2] });
    hub.act({ type: 'inkExtend', id: 1, points: [0.3, 0.3] });
    const [a, b, c] = events.slice(n);
    // c overtakes b: held, the window is behind until b arrives.
    const held = follow([a!, a!, c!], start);
    expect(inkBehind(held)).toBe(true);
    expect(held.ink['0']![0]!.points).toEqual([0.1, 0.1]);
    const caught = follow([b!, c!, b!], held);
    expect(inkBehind(caught)).toBe(false);
    expect(caught.ink).toEqual(hub.current.ink);
    // A stale delta changes nothing.
    expect(followInk(caught, a!)).toBe(caught);
  });

  it('a missing delta leaves the window behind until it reads the whole ink, then the deltas after it apply', () => {
    const { hub, events } = hubWithEvents();
    let view = followInk(EMPTY_INK_VIEW, hub.current);
    const n = events.length;
    hub.act(stroke(1, [0.1, 0.1]));
    hub.act({ type: 'inkExtend', id: 1, points: [0.2, 0.2] });
    const lost = events.slice(n);
    view = followInk(view, lost[1]!);
    expect(inkBehind(view)).toBe(true);
    expect(view.ink).toEqual({});
    // The gap: the whole state read (present.state), then a delta newer than the read.
    const read = hub.current;
    hub.act({ type: 'inkExtend', id: 1, points: [0.3, 0.3] });
    view = follow([read, events.at(-1)!], view);
    expect(inkBehind(view)).toBe(false);
    expect(view.ink['0']![0]!.points).toEqual([0.1, 0.1, 0.2, 0.2, 0.3, 0.3]);
    // A read older than what the window holds changes nothing.
    expect(followInk(view, read)).toBe(view);
  });

  it('erasing a slide or the talk is a delta; another deck or slides moved by an edit send the whole ink', () => {
    const { hub, events } = hubWithEvents();
    let view = followInk(EMPTY_INK_VIEW, hub.current);
    hub.act(stroke(1, [0.1, 0.1]));
    hub.act({ type: 'goto', index: 1 });
    hub.act(stroke(2, [0.2, 0.2]));
    let n = events.length;
    hub.act({ type: 'inkClear', scope: 'slide' });
    expect(events.slice(n).map((e) => e.inkDelta?.action.type)).toEqual(['inkClear']);
    view = follow(events, view);
    expect(Object.keys(view.ink)).toEqual(['0']);
    // The edit moved slide 1 to the end: the event brings the ink whole, as moved.
    n = events.length;
    hub.act({ type: 'edited', deckId: 1, total: 4, hidden: [], index: 0, moved: [3, 0, 1, 2] });
    expect(events.slice(n).map((e) => Object.keys(e.ink ?? {}))).toEqual([['3']]);
    view = follow(events.slice(n), view);
    expect(view.ink).toEqual(hub.current.ink);
    hub.act({ type: 'inkClear', scope: 'all' });
    expect(events.at(-1)!.inkDelta?.action).toEqual({ type: 'inkClear', scope: 'all' });
    hub.act(stroke(3, [0.5, 0.5]));
    n = events.length;
    hub.act({ type: 'open', deckId: 2, total: 3 });
    expect(events.slice(n).map((e) => e.ink)).toEqual([{}]);
    view = follow(events.slice(n - 2), view);
    expect(view.ink).toEqual({});
    expect(view.rev).toBe(hub.current.inkRev);
  });

  it('events without a change of ink leave it out, and a hub reset still counts its revision up', () => {
    const { hub, events } = hubWithEvents();
    hub.act(stroke(1, [0.1, 0.1]));
    const n = events.length;
    hub.act({ type: 'next' });
    hub.act({ type: 'pointer', pointer: { x: 0.5, y: 0.5 } });
    expect(events.slice(n).every((e) => !('ink' in e) && !e.inkDelta)).toBe(true);
    // The answer to an action that changes nothing carries no ink either.
    expect('ink' in hub.answer({ type: 'pointer', pointer: { x: 0.5, y: 0.5 } })).toBe(false);
    const before = hub.current.inkRev;
    hub.reset();
    expect(hub.current.inkRev).toBe(before + 1);
    expect(follow(events).ink).toEqual({});
  });
});
