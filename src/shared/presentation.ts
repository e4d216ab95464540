/**
 * The state of a presentation that every window follows — current slide, black/white screen, laser
 * pointer — and the actions any window may send. One source of truth lives in the main process (or the
 * web bridge's server); windows render it and send actions, never their own copy.
 */
export type Screen = 'slide' | 'black' | 'white';

export interface PresentationState {
  deckId: number | null;
  index: number;
  total: number;
  screen: Screen;
  /** Laser pointer in slide coordinates (0..1), or null when off. */
  pointer: { x: number; y: number } | null;
  /** The current chart shown enlarged on the audience view; cleared when the slide changes. */
  zoom: boolean;
  /**
   * A presentation is running (F5 / Present): the audience view is full screen (in Electron on the
   * external display, with the presenter view on the laptop's). Leaving restores the windows.
   */
  presenting: boolean;
  /** Indices of the slides hidden from the show: next/previous/first/last skip them (goto does not). */
  hidden: number[];
  /** Bumped when the shown deck's slides were edited: every window reloads the deck. */
  deckRev: number;
  /** Bumped on every change, so a window can ignore stale updates. */
  rev: number;
}

export type PresentationAction =
  /**
   * Show deck `deckId` at `index`; without one, keep the hub's slide if it already shows that deck (a
   * presentation running in another window, or a reload), else start at `resume` (where this window was).
   */
  | { type: 'open'; deckId: number; total: number; index?: number; resume?: number; hidden?: number[] }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'screen'; screen: Screen }
  | { type: 'toggleScreen'; screen: Exclude<Screen, 'slide'> }
  | { type: 'pointer'; pointer: { x: number; y: number } | null }
  | { type: 'zoom'; zoom: boolean }
  | { type: 'present'; presenting: boolean };

/**
 * What the hub itself applies besides the windows' actions. `edited`, the main process only (never a
 * window): deck `deckId` was edited; it now has `total` slides, these hidden, and the current slide is at
 * `index`. Windows showing it reload it (deckRev).
 */
export type HubAction = PresentationAction | { type: 'edited'; deckId: number; total: number; hidden: number[]; index: number };

export const INITIAL_PRESENTATION: PresentationState = {
  deckId: null,
  index: 0,
  total: 0,
  screen: 'slide',
  pointer: null,
  zoom: false,
  presenting: false,
  hidden: [],
  deckRev: 0,
  rev: 0,
};

const clamp = (i: number, total: number) => Math.max(0, Math.min(Math.max(0, total - 1), Math.trunc(i)));

/** The first shown slide from `from` in direction `step` (±1), or `fallback` when every slide that way is hidden. */
function shown(s: PresentationState, from: number, step: 1 | -1, fallback: number): number {
  for (let i = from; i >= 0 && i < s.total; i += step) if (!s.hidden.includes(i)) return i;
  return fallback;
}

/** Pure: the next state. An action that changes nothing returns the same object (no broadcast). */
export function reduce(s: PresentationState, a: HubAction): PresentationState {
  let next: Omit<PresentationState, 'rev'>;
  switch (a.type) {
    case 'open':
      next = {
        ...s,
        deckId: a.deckId,
        total: a.total,
        index: clamp(a.index ?? (a.deckId === s.deckId ? s.index : (a.resume ?? 0)), a.total),
        hidden: a.hidden ?? (a.deckId === s.deckId ? s.hidden : []),
      };
      break;
    case 'edited':
      if (a.deckId !== s.deckId) return s;
      next = { ...s, total: a.total, hidden: a.hidden, index: clamp(a.index, a.total), deckRev: s.deckRev + 1 };
      break;
    case 'zoom':
      next = { ...s, zoom: a.zoom };
      break;
    case 'present':
      // Leaving a presentation also puts the laser away and lifts a black or white screen.
      next = a.presenting ? { ...s, presenting: true } : { ...s, presenting: false, pointer: null, screen: 'slide', zoom: false };
      break;
    case 'next':
      next = { ...s, index: clamp(shown(s, s.index + 1, 1, s.index), s.total), screen: 'slide' };
      break;
    case 'prev':
      next = { ...s, index: clamp(shown(s, s.index - 1, -1, s.index), s.total), screen: 'slide' };
      break;
    case 'first':
      // Every slide hidden: there is no first shown slide, so the current one stays.
      next = { ...s, index: clamp(shown(s, 0, 1, s.index), s.total), screen: 'slide' };
      break;
    case 'last':
      next = { ...s, index: clamp(shown(s, s.total - 1, -1, s.index), s.total), screen: 'slide' };
      break;
    case 'goto':
      next = { ...s, index: clamp(a.index, s.total), screen: 'slide' };
      break;
    case 'screen':
      next = { ...s, screen: a.screen };
      break;
    case 'toggleScreen':
      next = { ...s, screen: s.screen === a.screen ? 'slide' : a.screen };
      break;
    case 'pointer':
      next = {
        ...s,
        pointer: a.pointer && { x: Math.min(1, Math.max(0, a.pointer.x)), y: Math.min(1, Math.max(0, a.pointer.y)) },
      };
      break;
  }
  // A zoomed chart belongs to its slide: moving on (or back) shows the next slide whole.
  if (next.index !== s.index || next.deckId !== s.deckId) next = { ...next, zoom: false };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => JSON.stringify(next[k]) !== JSON.stringify(s[k]));
  return changed ? { ...next, rev: s.rev + 1 } : s;
}
