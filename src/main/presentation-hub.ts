/** The one presentation state of the process, with subscribers (IPC windows, SSE streams). */
import type { DeckPatch } from '../shared/deck-patch';
import {
  INITIAL_PRESENTATION,
  presentationEvent,
  reduce,
  type HubAction,
  type PresentationEvent,
  type PresentationState,
} from '../shared/presentation';

export class PresentationHub {
  private state: PresentationState = INITIAL_PRESENTATION;
  private readonly listeners = new Set<(s: PresentationEvent) => void>();

  /** The whole state, ink included: a window's first state, and its read after a gap in the ink's deltas. */
  get current(): PresentationState {
    return this.state;
  }

  /**
   * Apply an action and tell every listener. The event carries the ink as one delta (shared/ink.ts), not
   * whole; `deckPatch` (an edit of the shown deck) goes with that one event only, never into the state:
   * later events (a slide switch, the laser) stay small. Returns the event (the state without its ink when
   * nothing changed): what a window's action is answered with.
   */
  answer(action: HubAction, deckPatch?: DeckPatch): PresentationEvent {
    const before = this.state;
    const next = reduce(before, action);
    if (next === before) return presentationEvent(before, before, null);
    this.state = next;
    const event = presentationEvent(before, next, action);
    if (deckPatch) event.deckPatch = deckPatch;
    for (const l of this.listeners) l(event);
    return event;
  }

  /** As `answer`, returning the whole state. */
  act(action: HubAction, deckPatch?: DeckPatch): PresentationState {
    this.answer(action, deckPatch);
    return this.state;
  }

  /**
   * Back to no presentation (a fresh state, rev and inkRev still counting up so no window takes it for a
   * stale one). For tests that share one hub between pages.
   */
  reset(): PresentationState {
    this.state = { ...INITIAL_PRESENTATION, rev: this.state.rev + 1, inkRev: this.state.inkRev + 1 };
    for (const l of this.listeners) l(this.state);
    return this.state;
  }

  /** Subscribe; returns the unsubscribe function. */
  subscribe(listener: (s: PresentationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
