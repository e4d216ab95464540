/** The one presentation state of the process, with subscribers (IPC windows, SSE streams). */
import { INITIAL_PRESENTATION, reduce, type HubAction, type PresentationState } from '../shared/presentation';

export class PresentationHub {
  private state: PresentationState = INITIAL_PRESENTATION;
  private readonly listeners = new Set<(s: PresentationState) => void>();

  get current(): PresentationState {
    return this.state;
  }

  act(action: HubAction): PresentationState {
    const next = reduce(this.state, action);
    if (next !== this.state) {
      this.state = next;
      for (const l of this.listeners) l(next);
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
  subscribe(listener: (s: PresentationState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
