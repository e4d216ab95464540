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
