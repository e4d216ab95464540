import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_PRESENTATION, reduce, type PresentationAction } from '../src/shared/presentation';
import { PresentationHub } from '../src/main/presentation-hub';

const run = (...actions: PresentationAction[]) => actions.reduce(reduce, INITIAL_PRESENTATION);

describe('presentation state', () => {
  it('moves within the deck and stops at its ends', () => {
    const s = run({ type: 'open', deckId: 1, total: 3 }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(s.index).toBe(2);
    expect(run({ type: 'open', deckId: 1, total: 3 }, { type: 'prev' }).index).toBe(0);
    expect(run({ type: 'open', deckId: 1, total: 28 }, { type: 'goto', index: 99 }).index).toBe(27);
    expect(run({ type: 'open', deckId: 1, total: 28 }, { type: 'last' }, { type: 'first' }).index).toBe(0);
  });

  it('toggles black and white screens, and leaves them when the slide changes', () => {
    const black = run({ type: 'open', deckId: 1, total: 3 }, { type: 'toggleScreen', screen: 'black' });
    expect(black.screen).toBe('black');
    expect(reduce(black, { type: 'toggleScreen', screen: 'black' }).screen).toBe('slide');
    expect(reduce(black, { type: 'toggleScreen', screen: 'white' }).screen).toBe('white');
    expect(reduce(black, { type: 'next' }).screen).toBe('slide');
  });

  it('keeps the pointer inside the slide', () => {
    expect(run({ type: 'pointer', pointer: { x: 2, y: -1 } }).pointer).toEqual({ x: 1, y: 0 });
    expect(run({ type: 'pointer', pointer: { x: 0.5, y: 0.5 } }, { type: 'pointer', pointer: null }).pointer).toBeNull();
  });

  it('opening a deck keeps the slide of a presentation already showing it, else resumes where the window was', () => {
    const running = run({ type: 'open', deckId: 1, total: 10 }, { type: 'goto', index: 6 });
    expect(reduce(running, { type: 'open', deckId: 1, total: 10, resume: 2 }).index).toBe(6);
    expect(reduce(running, { type: 'open', deckId: 2, total: 10, resume: 2 }).index).toBe(2);
    expect(reduce(running, { type: 'open', deckId: 2, total: 10 }).index).toBe(0);
    expect(reduce(running, { type: 'open', deckId: 1, total: 10, index: 1, resume: 2 }).index).toBe(1);
    // A deck that has shrunk since: clamped to its last slide.
    expect(reduce(running, { type: 'open', deckId: 2, total: 3, resume: 8 }).index).toBe(2);
  });

  it('bumps rev on a change and returns the same state when nothing changes', () => {
    const s = run({ type: 'open', deckId: 1, total: 3 });
    expect(s.rev).toBe(1);
    expect(reduce(s, { type: 'prev' })).toBe(s);
  });

  it('tells every subscriber once per change', () => {
    const hub = new PresentationHub();
    const seen: number[] = [];
    const off = hub.subscribe((s) => seen.push(s.index));
    hub.act({ type: 'open', deckId: 1, total: 5 });
    hub.act({ type: 'next' });
    hub.act({ type: 'first' });
    hub.act({ type: 'first' });
    off();
    hub.act({ type: 'next' });
    expect(seen).toEqual([0, 1, 0]);
  });
});

describe('zoom and presenting', () => {
  it('zooms the current chart until the slide changes', () => {
    const zoomed = run({ type: 'open', deckId: 1, total: 5 }, { type: 'goto', index: 2 }, { type: 'zoom', zoom: true });
    expect(zoomed.zoom).toBe(true);
    expect(reduce(zoomed, { type: 'toggleScreen', screen: 'black' }).zoom).toBe(true);
    expect(reduce(zoomed, { type: 'next' }).zoom).toBe(false);
    expect(reduce(zoomed, { type: 'prev' }).zoom).toBe(false);
    expect(reduce(zoomed, { type: 'goto', index: 2 })).toMatchObject({ zoom: true, index: 2 });
    expect(reduce(zoomed, { type: 'zoom', zoom: false }).zoom).toBe(false);
  });

  it('leaving a presentation lifts blackout, pointer and zoom; starting one keeps the slide', () => {
    const s = run(
      { type: 'open', deckId: 1, total: 5 },
      { type: 'present', presenting: true },
      { type: 'goto', index: 3 },
      { type: 'zoom', zoom: true },
      { type: 'toggleScreen', screen: 'white' },
      { type: 'pointer', pointer: { x: 0.2, y: 0.3 } },
    );
    expect(s).toMatchObject({ presenting: true, index: 3, screen: 'white', zoom: true, pointer: { x: 0.2, y: 0.3 } });
    expect(reduce(s, { type: 'present', presenting: false })).toMatchObject({
      presenting: false,
      index: 3,
      screen: 'slide',
      zoom: false,
      pointer: null,
    });
  });

  it('a hub reset starts over without going back in rev', () => {
    const hub = new PresentationHub();
    hub.act({ type: 'open', deckId: 1, total: 5 });
    hub.act({ type: 'next' });
    const seen: number[] = [];
    hub.subscribe((s) => seen.push(s.rev));
    const r = hub.reset();
    expect(r).toMatchObject({ deckId: null, index: 0, rev: 3 });
    expect(seen).toEqual([3]);
  });
});

describe('navigation from a black or white screen', () => {
  type Nav = Extract<PresentationAction, { type: 'next' | 'prev' | 'first' | 'last' | 'goto' }>;
  const nav: fc.Arbitrary<Nav> = fc.oneof(
    fc.constantFrom<Nav>({ type: 'next' }, { type: 'prev' }, { type: 'first' }, { type: 'last' }),
    fc.integer({ min: -5, max: 60 }).map((index): Nav => ({ type: 'goto', index })),
  );
  /** Where each navigation action must land, written out independently of the reducer. */
  const expected = (a: Nav, index: number, total: number) => {
    const last = total - 1;
    switch (a.type) {
      case 'next':
        return Math.min(index + 1, last);
      case 'prev':
        return Math.max(index - 1, 0);
      case 'first':
        return 0;
      case 'last':
        return last;
      case 'goto':
        return Math.min(Math.max(a.index, 0), last);
    }
  };

  it('every navigation action shows the slide again, at the right index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.constantFrom('black' as const, 'white' as const),
        fc.boolean(),
        nav,
        (total, at, screen, viaToggle, action) => {
          const start = run({ type: 'open', deckId: 1, total, index: at % total });
          const dark = reduce(start, viaToggle ? { type: 'toggleScreen', screen } : { type: 'screen', screen });
          expect(dark.screen).toBe(screen);
          const after = reduce(dark, action);
          expect(after.screen).toBe('slide');
          expect(after.index).toBe(expected(action, dark.index, total));
          expect(after.rev).toBe(dark.rev + 1);
        },
      ),
    );
  });

  it('names each action: goto, first, last and prev leave a black screen too, not only next', () => {
    const black = run({ type: 'open', deckId: 1, total: 10, index: 5 }, { type: 'toggleScreen', screen: 'black' });
    for (const a of [{ type: 'goto', index: 2 }, { type: 'first' }, { type: 'last' }, { type: 'prev' }, { type: 'next' }] as const)
      expect(reduce(black, a).screen, a.type).toBe('slide');
    const white = reduce(black, { type: 'screen', screen: 'white' });
    expect(reduce(white, { type: 'goto', index: 5 }).screen).toBe('slide');
  });
});

describe('pointer and zoom, over any input', () => {
  it('keeps any pointer inside the slide, and one already inside exactly where it is', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (x, y) => {
        const p = run({ type: 'pointer', pointer: { x, y } }).pointer!;
        for (const [got, sent] of [
          [p.x, x],
          [p.y, y],
        ]) {
          expect(got).toBeGreaterThanOrEqual(0);
          expect(got).toBeLessThanOrEqual(1);
          if (sent >= 0 && sent <= 1) expect(got + 0).toBe(sent + 0); // + 0: -0 sent comes back as 0
        }
      }),
    );
  });

  it('a zoomed chart survives a black or white screen, not a change of deck at the same index', () => {
    const zoomed = run({ type: 'open', deckId: 1, total: 5, index: 2 }, { type: 'zoom', zoom: true });
    expect(reduce(zoomed, { type: 'screen', screen: 'white' }).zoom).toBe(true);
    expect(reduce(zoomed, { type: 'open', deckId: 2, total: 5, index: 2 })).toMatchObject({ deckId: 2, index: 2, zoom: false });
  });
});

describe('what a window relies on beyond paging', () => {
  it('before any deck is opened: not presenting, no zoom, nothing hidden, the slide itself; opening one starts no show', () => {
    expect(new PresentationHub().current).toMatchObject({
      deckId: null,
      presenting: false,
      zoom: false,
      hidden: [],
      screen: 'slide',
      pointer: null,
    });
    expect(run({ type: 'open', deckId: 1, total: 5 })).toMatchObject({ presenting: false, zoom: false, hidden: [] });
  });

  it('a black screen asked for again stays black (a toggle would lift it)', () => {
    const black = run({ type: 'open', deckId: 1, total: 3 }, { type: 'screen', screen: 'black' });
    expect(reduce(black, { type: 'screen', screen: 'black' })).toBe(black);
    expect(reduce(black, { type: 'screen', screen: 'slide' }).screen).toBe('slide');
  });

  it('previous and last skip hidden slides backwards; at the first shown slide, previous stays', () => {
    const s = run({ type: 'open', deckId: 1, total: 6, index: 4, hidden: [0, 3, 5] });
    expect(reduce(s, { type: 'prev' }).index).toBe(2);
    expect(reduce(s, { type: 'last' }).index).toBe(4);
    expect(reduce(s, { type: 'first' }).index).toBe(1);
    const atFirst = reduce(s, { type: 'goto', index: 1 });
    expect(reduce(atFirst, { type: 'prev' })).toBe(atFirst);
    expect(reduce(atFirst, { type: 'last' }).index).toBe(4);
    // Next from the last shown slide, every later one hidden: stays, never lands on a hidden one.
    expect(reduce(s, { type: 'next' })).toBe(s);
  });

  it('reopening the same deck keeps its hidden slides; another deck starts with none hidden', () => {
    const s = run({ type: 'open', deckId: 1, total: 6, hidden: [2] });
    expect(reduce(s, { type: 'open', deckId: 1, total: 6 }).hidden).toEqual([2]);
    expect(reduce(s, { type: 'open', deckId: 2, total: 6 }).hidden).toEqual([]);
  });

  it('an edit of the shown deck moves every window to its new shape; an edit of another deck changes nothing', () => {
    const s = run({ type: 'open', deckId: 1, total: 6, index: 5 });
    expect(reduce(s, { type: 'edited', deckId: 2, total: 2, hidden: [1], index: 0 })).toBe(s);
    const e = reduce(s, { type: 'edited', deckId: 1, total: 4, hidden: [1], index: 9 });
    expect(e).toMatchObject({ deckId: 1, total: 4, hidden: [1], index: 3, deckRev: s.deckRev + 1, rev: s.rev + 1 });
  });
});
