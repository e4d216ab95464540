/**
 * The state of a presentation that every window follows — current slide, black/white screen, laser
 * pointer — and the actions any window may send. One source of truth lives in the main process (or the
 * web bridge's server); windows render it and send actions, never their own copy.
 */
import type { DeckPatch } from './deck-patch';
import { EMPTY_INK, inkDelta, moveInk, reduceInk, type InkAction, type InkDelta, type InkState } from './ink';

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
  /**
   * Builds (shared/builds.ts): the build steps of each slide (0: the slide appears whole), from the store,
   * and how far the current slide is built (0: none of its items; its count: finished). next and prev step
   * through a slide's builds before they move on; a slide is entered at step 0 going forward (next, first,
   * last, goto, a deep link) and finished going back (prev).
   */
  steps: number[];
  step: number;
  /** Ink drawn over the slides during this talk (shared/ink.ts), per slide index; cleared on request. */
  ink: InkState;
  /** Bumped on every change of `ink`: windows follow the ink by its deltas (shared/ink.ts followInk). */
  inkRev: number;
  /**
   * Bumped when the shown deck's slides were edited: every window patches its deck from the event's
   * deckPatch, or reads the deck again when it cannot (it missed an edit).
   */
  deckRev: number;
  /** Bumped on every change, so a window can ignore stale updates. */
  rev: number;
}

/**
 * What the hub sends to every window (and answers an action with): the state without its ink, which can
 * hold thousands of points and changes at a mouse's pace; instead the one change of ink the event makes
 * (`inkDelta`), or, when the ink changed otherwise (another deck, slides moved by an edit), the whole ink.
 * With the event of a slide edit, the edit itself (shared/deck-patch.ts) — sent once, never kept in the state.
 */
export interface PresentationEvent extends Omit<PresentationState, 'ink'> {
  ink?: InkState;
  inkDelta?: InkDelta;
  deckPatch?: DeckPatch;
}

const isInkAction = (a: HubAction): a is InkAction => a.type === 'inkStroke' || a.type === 'inkExtend' || a.type === 'inkClear';

/**
 * Pure: the event telling windows that the hub went from `before` to `after` by `action`: the ink as a
 * delta when one ink action changed it, whole when anything else did, left out when it did not change.
 */
export function presentationEvent(before: PresentationState, after: PresentationState, action: HubAction | null): PresentationEvent {
  const { ink, ...lean } = after;
  if (ink === before.ink && after.inkRev === before.inkRev) return lean;
  if (action && isInkAction(action) && after.inkRev === before.inkRev + 1 && after.index === before.index)
    return { ...lean, inkDelta: inkDelta(before.ink, ink, before.inkRev, before.index, action) };
  return { ...lean, ink };
}

export type PresentationAction =
  /**
   * Show deck `deckId` at `index`; without one, keep the hub's slide if it already shows that deck (a
   * presentation running in another window, or a reload), else start at `resume` (where this window was).
   */
  | { type: 'open'; deckId: number; total: number; index?: number; resume?: number; hidden?: number[]; steps?: number[] }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'screen'; screen: Screen }
  | { type: 'toggleScreen'; screen: Exclude<Screen, 'slide'> }
  | { type: 'pointer'; pointer: { x: number; y: number } | null }
  | { type: 'zoom'; zoom: boolean }
  | { type: 'present'; presenting: boolean }
  | InkAction;

/**
 * What the hub itself applies besides the windows' actions. `edited`, the main process only (never a
 * window): deck `deckId` was edited; it now has `total` slides, these hidden, and the current slide is at
 * `index`. Windows showing it reload it (deckRev).
 */
export type HubAction =
  | PresentationAction
  | {
      type: 'edited';
      deckId: number;
      total: number;
      hidden: number[];
      index: number;
      steps?: number[];
      /** Where the slide at each index before the edit went (-1: deleted): the talk's ink follows its slide. */
      moved?: number[];
    };

export const INITIAL_PRESENTATION: PresentationState = {
  deckId: null,
  index: 0,
  total: 0,
  screen: 'slide',
  pointer: null,
  zoom: false,
  presenting: false,
  hidden: [],
  steps: [],
  step: 0,
  ink: EMPTY_INK,
  inkRev: 0,
  deckRev: 0,
  rev: 0,
};

const clamp = (i: number, total: number) => Math.max(0, Math.min(Math.max(0, total - 1), Math.trunc(i)));

/** The first shown slide from `from` in direction `step` (±1), or `fallback` when every slide that way is hidden. */
function shown(s: PresentationState, from: number, step: 1 | -1, fallback: number): number {
  for (let i = from; i >= 0 && i < s.total; i += step) if (!s.hidden.includes(i)) return i;
  return fallback;
}

const stepsAt = (s: Pick<PresentationState, 'steps'>, i: number) => Math.max(0, s.steps[i] ?? 0);

/** Pure: the next state. An action that changes nothing returns the same object (no broadcast). */
export function reduce(s: PresentationState, a: HubAction): PresentationState {
  let next: Omit<PresentationState, 'rev'>;
  switch (a.type) {
    case 'open': {
      const same = a.deckId === s.deckId;
      const index = clamp(a.index ?? (same ? s.index : (a.resume ?? 0)), a.total);
      const steps = a.steps ?? (same ? s.steps : []);
      next = {
        ...s,
        deckId: a.deckId,
        total: a.total,
        index,
        hidden: a.hidden ?? (same ? s.hidden : []),
        steps,
        // A reload keeps the build where it was; a deep link, another slide or another deck starts it.
        step: same && index === s.index && a.index === undefined ? Math.min(s.step, stepsAt({ steps }, index)) : 0,
        // Ink belongs to the talk on one deck.
        ink: same ? s.ink : EMPTY_INK,
      };
      break;
    }
    case 'edited': {
      if (a.deckId !== s.deckId) return s;
      const index = clamp(a.index, a.total);
      const steps = a.steps ?? s.steps;
      next = {
        ...s,
        total: a.total,
        hidden: a.hidden,
        index,
        steps,
        step: index === s.index ? Math.min(s.step, stepsAt({ steps }, index)) : 0,
        deckRev: s.deckRev + 1,
        ink: a.moved ? moveInk(s.ink, a.moved) : s.ink,
      };
      break;
    }
    case 'inkStroke':
    case 'inkExtend':
    case 'inkClear':
      next = { ...s, ink: reduceInk(s.ink, s.index, a) };
      break;
    case 'zoom':
      next = { ...s, zoom: a.zoom };
      break;
    case 'present':
      // Leaving a presentation also puts the laser away and lifts a black or white screen.
      next = a.presenting ? { ...s, presenting: true } : { ...s, presenting: false, pointer: null, screen: 'slide', zoom: false };
      break;
    case 'next': {
      // The current slide's next item first; then the next slide, entered with none of its items.
      if (s.step < stepsAt(s, s.index)) {
        next = { ...s, step: s.step + 1, screen: 'slide' };
        break;
      }
      const index = clamp(shown(s, s.index + 1, 1, s.index), s.total);
      next = { ...s, index, step: index === s.index ? s.step : 0, screen: 'slide' };
      break;
    }
    case 'prev': {
      // Back one item; at none, the slide before, finished (as it was left).
      if (s.step > 0) {
        next = { ...s, step: Math.min(s.step, stepsAt(s, s.index)) - 1, screen: 'slide' };
        break;
      }
      const index = clamp(shown(s, s.index - 1, -1, s.index), s.total);
      next = { ...s, index, step: index === s.index ? s.step : stepsAt(s, index), screen: 'slide' };
      break;
    }
    case 'first':
      // Every slide hidden: there is no first shown slide, so the current one stays.
      next = { ...s, index: clamp(shown(s, 0, 1, s.index), s.total), step: 0, screen: 'slide' };
      break;
    case 'last':
      next = { ...s, index: clamp(shown(s, s.total - 1, -1, s.index), s.total), step: 0, screen: 'slide' };
      break;
    case 'goto':
      // A jump lands on the slide's first state, like a slide entered going forward.
      next = { ...s, index: clamp(a.index, s.total), step: 0, screen: 'slide' };
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
  // Ink is compared by identity (reduceInk returns the same object when nothing changed): it can be large.
  if (next.ink !== s.ink) next = { ...next, inkRev: s.inkRev + 1 };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some(
    (k) => next[k] !== s[k] && (k === 'ink' || JSON.stringify(next[k]) !== JSON.stringify(s[k])),
  );
  return changed ? { ...next, rev: s.rev + 1 } : s;
}
