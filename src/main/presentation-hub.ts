/** The one presentation state of the process, with subscribers (IPC windows, SSE streams). */
import type { DeckPatch } from '../shared/deck-patch';
import { INITIAL_PRESENTATION, reduce, type HubAction, type PresentationEvent, type PresentationState } from '../shared/presentation';

export class PresentationHub {
  private state: PresentationState = INITIAL_PRESENTATION;
  private readonly listeners = new Set<(s: PresentationEvent) => void>();

  get current(): PresentationState {
    return this.state;
  }

  /**
   * Apply an action and tell every listener. `deckPatch` (an edit of the shown deck) goes with that one
   * event only, never into the state: later events (a slide switch, the laser) stay small.
   */
  act(action: HubAction, deckPatch?: DeckPatch): PresentationState {
    const next = reduce(this.state, action);
    if (next !== this.state) {
      this.state = next;
      const event: PresentationEvent = deckPatch ? { ...next, deckPatch } : next;
      for (const l of this.listeners) l(event);
    }
    return this.state;
  }

  /**
   * Back to no presentation (a fresh state, rev still counting up so no window takes it for a stale one).
   * For tests that share one hub between pages.
   */
  reset(): PresentationState {
    this.state = { ...INITIAL_PRESENTATION, rev: this.state.rev + 1 };
    for (const l of this.listeners) l(this.state);
    return this.state;
  }

  /** Subscribe; returns the unsubscribe function. */
  subscribe(listener: (s: PresentationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
