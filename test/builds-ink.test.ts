import { describe, expect, it } from 'vitest';
import { buildSteps, shownItems } from '../src/shared/builds';
import { INK_LIMITS, inkPoints } from '../src/shared/ink';
import { INITIAL_PRESENTATION, reduce, type HubAction, type PresentationState } from '../src/shared/presentation';
import type { Slide } from '../src/shared/types';

const run = (...actions: HubAction[]) => actions.reduce(reduce, INITIAL_PRESENTATION);
/** Slide 0 whole, slide 1 with three builds, slide 2 whole, slide 3 with two. */
const open: HubAction = { type: 'open', deckId: 1, total: 4, steps: [0, 3, 0, 2] };
const at = (s: PresentationState) => [s.index, s.step];

describe('builds in the presentation state', () => {
  it('next steps through a slide’s items before it moves on; prev steps back and lands on the slide before finished', () => {
    const seen: number[][] = [];
    let s = run(open);
    for (let i = 0; i < 8; i++) seen.push(at((s = reduce(s, { type: 'next' }))));
    expect(seen).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
      [3, 0],
      [3, 1],
      [3, 2],
    ]);
    const back: number[][] = [];
    for (let i = 0; i < 8; i++) back.push(at((s = reduce(s, { type: 'prev' }))));
    expect(back).toEqual([
      [3, 1],
      [3, 0],
      [2, 0],
      [1, 3],
      [1, 2],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('goto, first, last and a deep link land on a slide’s first state; a reload keeps the step', () => {
    const built = run(open, { type: 'goto', index: 1 }, { type: 'next' }, { type: 'next' });
    expect(at(built)).toEqual([1, 2]);
    expect(at(reduce(built, { type: 'goto', index: 3 }))).toEqual([3, 0]);
    expect(at(reduce(built, { type: 'goto', index: 1 }))).toEqual([1, 0]);
    expect(at(reduce(built, { type: 'last' }))).toEqual([3, 0]);
    expect(at(reduce(reduce(built, { type: 'last' }), { type: 'first' }))).toEqual([0, 0]);
    // A window reloading (open without an index) keeps the build; a deep link starts it.
    expect(at(reduce(built, { type: 'open', deckId: 1, total: 4, steps: [0, 3, 0, 2] }))).toEqual([1, 2]);
    expect(at(reduce(built, { type: 'open', deckId: 1, total: 4, index: 1, steps: [0, 3, 0, 2] }))).toEqual([1, 0]);
    expect(at(reduce(built, { type: 'open', deckId: 2, total: 4, resume: 1, steps: [0, 3, 0, 2] }))).toEqual([1, 0]);
  });

  it('an edit that takes builds away clamps the step, and the end of the deck keeps its last step', () => {
    const built = run(open, { type: 'goto', index: 1 }, { type: 'next' }, { type: 'next' });
    const edited = reduce(built, { type: 'edited', deckId: 1, total: 4, hidden: [], index: 1, steps: [0, 1, 0, 2] });
    expect(at(edited)).toEqual([1, 1]);
    expect(at(reduce(edited, { type: 'next' }))).toEqual([2, 0]);
    const end = run(open, { type: 'last' }, { type: 'next' }, { type: 'next' });
    expect(at(end)).toEqual([3, 2]);
    expect(reduce(end, { type: 'next' })).toBe(end);
  });

  it('hidden slides are skipped with their builds, and leaving a black screen is a step too', () => {
    const s = run({ ...open, hidden: [2] } as HubAction, { type: 'goto', index: 1 }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(at(reduce(s, { type: 'next' }))).toEqual([3, 0]);
    const black = reduce(s, { type: 'toggleScreen', screen: 'black' });
    expect(reduce(black, { type: 'prev' }).screen).toBe('slide');
  });

  it('counts steps from the slide’s content: KPI cards, columns, paragraphs, chart bars; none without build', () => {
    const slide = (layout: string, body: Slide['body'], chart: Slide['chart'] = null) => ({ layout, body, chart }) as Slide;
    const kpis = [1, 2, 3].map((figureId) => ({ figureId, caption: 'c' }));
    expect(buildSteps(slide('kpi', { kpis, build: 'items' }))).toBe(3);
    expect(buildSteps(slide('kpi', { kpis }))).toBe(0);
    expect(buildSteps(slide('text', { paragraphs: ['a', 'b'], build: 'items' }))).toBe(2);
    const chart = { type: 'bar', title: 't', unit: '', series: kpis.map((k) => ({ figureId: k.figureId, label: 'x' })) } as Slide['chart'];
    expect(buildSteps(slide('chart', { build: 'items' }, chart))).toBe(3);
    expect(buildSteps(slide('title', { build: 'items' }))).toBe(0);
    // Shown items: the current slide at its step; ahead none; behind (and finished) all.
    expect([
      shownItems(1, 1, 2, 3),
      shownItems(1, 1, 3, 3),
      shownItems(2, 1, 0, 3),
      shownItems(0, 1, 0, 3),
      shownItems(1, 1, 0, 0),
    ]).toEqual([2, Infinity, 0, Infinity, Infinity]);
  });
});

describe('ink in the presentation state', () => {
  const stroke = (id: number, points: number[]): HubAction => ({ type: 'inkStroke', id, tool: 'pen', colour: 'red', points });

  it('keeps each slide’s strokes for the talk, extends the stroke being drawn, and clears a slide or all', () => {
    let s = run(open, { type: 'goto', index: 2 }, stroke(7, [0.1, 0.1]), { type: 'inkExtend', id: 7, points: [0.2, 0.3, 1.5, -1] });
    expect(s.ink['2']).toEqual([{ id: 7, tool: 'pen', colour: 'red', points: [0.1, 0.1, 0.2, 0.3, 1, 0] }]);
    s = reduce(s, { type: 'next' });
    s = reduce(s, stroke(8, [0.5, 0.5]));
    // A stroke id of another slide is not extended on this one.
    expect(reduce(s, { type: 'inkExtend', id: 7, points: [0.9, 0.9] })).toBe(s);
    s = reduce(reduce(s, { type: 'prev' }), { type: 'next' });
    expect(Object.keys(s.ink).sort()).toEqual(['2', '3']);
    const cleared = reduce(s, { type: 'inkClear', scope: 'slide' });
    expect(Object.keys(cleared.ink)).toEqual(['2']);
    expect(reduce(cleared, { type: 'inkClear', scope: 'all' }).ink).toEqual({});
    // Another deck: the talk's ink is gone; the same deck reopened (a reload) keeps it.
    expect(reduce(s, { type: 'open', deckId: 1, total: 4 }).ink).toBe(s.ink);
    expect(reduce(s, { type: 'open', deckId: 9, total: 4 }).ink).toEqual({});
  });

  it('follows its slide when the deck is edited during the talk: moved, the slide before it deleted, or itself deleted', () => {
    const edited = (moved: number[], total = 4): HubAction => ({ type: 'edited', deckId: 1, total, hidden: [], index: 0, moved });
    const s = run(open, { type: 'goto', index: 1 }, stroke(1, [0.1, 0.1]), { type: 'goto', index: 2 }, stroke(2, [0.2, 0.2]));
    // Slide 2 (index 1) moved to the end: its strokes go with it; slide 3 moved up takes its own along.
    const moved = reduce(s, edited([0, 3, 1, 2]));
    expect(moved.ink['3']?.map((x) => x.id)).toEqual([1]);
    expect(moved.ink['1']?.map((x) => x.id)).toEqual([2]);
    expect(Object.keys(moved.ink).sort()).toEqual(['1', '3']);
    // The first slide deleted: everything after it moves up one.
    expect(Object.keys(reduce(s, edited([-1, 0, 1, 2], 3)).ink).sort()).toEqual(['0', '1']);
    // A slide with ink deleted: its ink goes with it.
    expect(Object.keys(reduce(s, edited([0, -1, 1, 2], 3)).ink)).toEqual(['1']);
    // An edit that moves nothing keeps the very same ink.
    expect(reduce(s, edited([0, 1, 2, 3])).ink).toBe(s.ink);
  });

  it('stops at its limits without changing the state', () => {
    const long = Array.from({ length: INK_LIMITS.points * 2 }, (_, i) => (i % 100) / 100);
    let s = run(open, stroke(1, long));
    expect(inkPoints(s.ink)).toBe(INK_LIMITS.points);
    expect(reduce(s, { type: 'inkExtend', id: 1, points: [0.5, 0.5] })).toBe(s);
    expect(reduce(s, stroke(1, [0.5, 0.5]))).toBe(s);
    for (let i = 2; s.ink['0']!.length < INK_LIMITS.strokes; i++) s = reduce(s, stroke(i, [0.1, 0.1]));
    expect(reduce(s, stroke(99_999, [0.1, 0.1]))).toBe(s);
  });
});
