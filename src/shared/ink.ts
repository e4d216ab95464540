/**
 * Ink: a pen and a highlighter over the slides during a talk (P / H, E erases, Esc stops). Strokes live in
 * the presentation state the hub holds (shared/presentation.ts), per slide index (moved with the slide when
 * the deck is edited during the talk), for the talk: every window shows them, a reload keeps them, and they
 * are cleared on request (E: this slide; 清除墨迹: all).
 * Points are in slide coordinates (0..1), flat [x0, y0, x1, y1, …], rounded to 1/10000 of the slide.
 */
export const INK_TOOLS = ['pen', 'highlighter'] as const;
export type InkTool = (typeof INK_TOOLS)[number];
export const INK_COLOURS = ['red', 'yellow', 'green', 'blue', 'white', 'black'] as const;
export type InkColour = (typeof INK_COLOURS)[number];

/** What a talk may hold: points per stroke, strokes per slide, points in all (the state goes to every window). */
export const INK_LIMITS = { points: 2000, strokes: 200, total: 40_000 } as const;

export interface InkStroke {
  id: number;
  tool: InkTool;
  colour: InkColour;
  points: number[];
}

/** Strokes per slide index (as a string key: the state travels as JSON). */
export type InkState = Readonly<Record<string, readonly InkStroke[]>>;
export const EMPTY_INK: InkState = {};

export type InkAction =
  /** A stroke begins on the current slide (the window that draws picks its id). */
  | { type: 'inkStroke'; id: number; tool: InkTool; colour: InkColour; points: number[] }
  /** More points of a stroke begun on the current slide. */
  | { type: 'inkExtend'; id: number; points: number[] }
  /** Erase the current slide's ink, or all of the talk's. */
  | { type: 'inkClear'; scope: 'slide' | 'all' };

const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 10_000) / 10_000;
/** Pairs only, each coordinate clamped into the slide and rounded. */
const clean = (points: number[]) => points.slice(0, points.length - (points.length % 2)).map(round);

/**
 * The ink after the deck was edited: `moved[i]` is where the slide at index i went (-1: deleted), so each
 * slide keeps its own strokes when slides are reordered, added or deleted during a talk. The same object
 * when nothing moved.
 */
export function moveInk(ink: InkState, moved: readonly number[]): InkState {
  let changed = false;
  const out: Record<string, readonly InkStroke[]> = {};
  for (const [key, strokes] of Object.entries(ink)) {
    const to = moved[Number(key)];
    if (to === undefined) out[key] = strokes;
    else if (to >= 0) out[String(to)] = strokes;
    if (to !== undefined && String(to) !== key) changed = true;
  }
  return changed ? out : ink;
}

export const inkPoints = (ink: InkState): number =>
  Object.values(ink).reduce((n, ss) => n + ss.reduce((m, s) => m + s.points.length / 2, 0), 0);

/** Pure: the ink after `a` on slide `index`. Unchanged (the same object) when nothing changes or a limit is reached. */
export function reduceInk(ink: InkState, index: number, a: InkAction): InkState {
  const key = String(index);
  const strokes = ink[key] ?? [];
  switch (a.type) {
    case 'inkClear':
      if (a.scope === 'all') return Object.keys(ink).length ? EMPTY_INK : ink;
      if (!strokes.length) return ink;
      return Object.fromEntries(Object.entries(ink).filter(([k]) => k !== key));
    case 'inkStroke': {
      const points = clean(a.points).slice(0, INK_LIMITS.points * 2);
      if (!points.length || strokes.length >= INK_LIMITS.strokes || strokes.some((s) => s.id === a.id)) return ink;
      if (inkPoints(ink) + points.length / 2 > INK_LIMITS.total) return ink;
      return { ...ink, [key]: [...strokes, { id: a.id, tool: a.tool, colour: a.colour, points }] };
    }
    case 'inkExtend': {
      const at = strokes.findIndex((s) => s.id === a.id);
      if (at < 0) return ink;
      const stroke = strokes[at];
      const room = Math.min(INK_LIMITS.points * 2 - stroke.points.length, (INK_LIMITS.total - inkPoints(ink)) * 2);
      const more = clean(a.points).slice(0, Math.max(0, room));
      if (!more.length) return ink;
      const next = strokes.slice();
      next[at] = { ...stroke, points: [...stroke.points, ...more] };
      return { ...ink, [key]: next };
    }
  }
}

/**
 * One change of the talk's ink as the hub applied it, sent to the windows instead of the whole ink (which
 * holds every stroke of every slide): a stroke started, extended, or the ink of a slide or of the talk
 * cleared. `action` holds exactly what the hub stored (points cleaned and cut to the limits), so a window
 * that applies it with reduceInk to the ink of revision `base` holds the hub's ink of revision `base + 1`.
 */
export interface InkDelta {
  base: number;
  index: number;
  action: InkAction;
}

/** The delta that turns `before` into `after` (reduceInk's result for `a` on slide `index`), as stored. */
export function inkDelta(before: InkState, after: InkState, base: number, index: number, a: InkAction): InkDelta {
  if (a.type === 'inkClear') return { base, index, action: a };
  const stroke = after[String(index)]?.find((s) => s.id === a.id);
  const had = before[String(index)]?.find((s) => s.id === a.id)?.points.length ?? 0;
  const points = stroke ? stroke.points.slice(a.type === 'inkStroke' ? 0 : had) : [];
  return { base, index, action: { ...a, points } };
}

/**
 * What a window knows of the hub's ink: the ink of revision `rev`, the deltas heard ahead of it (an answer
 * overtook the stream, or an event went missing), and the newest revision heard of (`known`). Behind
 * (`known > rev`) for long means a gap: the window reads the whole ink once (present.state).
 */
export interface InkView {
  rev: number;
  ink: InkState;
  ahead: readonly InkDelta[];
  known: number;
}
export const EMPTY_INK_VIEW: InkView = { rev: 0, ink: EMPTY_INK, ahead: [], known: 0 };
/** Deltas held ahead of a gap at most; past that the window waits for the whole ink. */
const AHEAD_MAX = 256;

/** What a hub message says of the ink: its revision, and the ink itself (a full read) or one delta. */
export interface InkNews {
  inkRev: number;
  ink?: InkState;
  inkDelta?: InkDelta;
}

/**
 * Pure: the view after a message from the hub. The whole ink (a full read, the first state, an edit that
 * moved slides) replaces an older view; a delta on the view's revision applies (then any held ahead that
 * now fit); a delta further on is held; an older one is dropped. The same object when nothing changes.
 */
export function followInk(view: InkView, news: InkNews): InkView {
  const known = Math.max(view.known, news.inkRev);
  let next: InkView = view;
  if (news.ink !== undefined) {
    if (news.inkRev >= view.rev) next = { rev: news.inkRev, ink: news.ink, ahead: view.ahead.filter((d) => d.base >= news.inkRev), known };
  } else if (news.inkDelta && news.inkDelta.base >= view.rev && !view.ahead.some((d) => d.base === news.inkDelta!.base)) {
    const ahead = [...view.ahead, news.inkDelta].sort((a, b) => a.base - b.base).slice(0, AHEAD_MAX);
    next = { ...view, ahead, known };
  }
  // Apply what now fits, in order.
  while (next.ahead.length && next.ahead[0]!.base <= next.rev) {
    const [d, ...rest] = next.ahead;
    next =
      d!.base === next.rev
        ? { ...next, rev: next.rev + 1, ink: reduceInk(next.ink, d!.index, d!.action), ahead: rest }
        : { ...next, ahead: rest };
  }
  if (next.known !== known) next = { ...next, known };
  return next;
}

/** The view is behind the hub (a delta is missing): until it catches up, the window shows older ink. */
export const inkBehind = (view: InkView): boolean => view.known > view.rev;
