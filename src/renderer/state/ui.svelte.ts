/**
 * Which view is showing (放映 / 总览 / 原文) and the transient layers over the deck: the figure trace
 * popover and the go-to-slide prompt. Plain state, no routing: nothing here needs a URL.
 */
export type ViewMode = 'deck' | 'overview' | 'source';

/** A number the user asked to trace: which figure, the element it was read from, and on which slide. */
export interface Trace {
  figureId: number;
  slideId: number;
  anchor: HTMLElement;
}

export class UiState {
  mode = $state<ViewMode>('deck');
  /** The figure the Source view highlights; null shows the text around the current slide's section. */
  sourceFigureId = $state<number | null>(null);
  gotoOpen = $state(false);
  trace = $state.raw<Trace | null>(null);

  showDeck(): void {
    this.mode = 'deck';
  }

  toggleOverview(): void {
    this.closeLayers();
    this.mode = this.mode === 'overview' ? 'deck' : 'overview';
  }

  showOverview(): void {
    this.closeLayers();
    this.mode = 'overview';
  }

  /** The whole report text, with `figureId`'s sentence highlighted when given. */
  showSource(figureId: number | null = null): void {
    this.closeLayers();
    this.sourceFigureId = figureId;
    this.mode = 'source';
  }

  openTrace(trace: Trace): void {
    this.gotoOpen = false;
    this.trace = trace;
  }

  /** Close the trace and give focus back to the number it was opened from. */
  closeTrace(): void {
    const anchor = this.trace?.anchor;
    this.trace = null;
    if (anchor?.isConnected) anchor.focus({ preventScroll: true });
  }

  openGoto(): void {
    this.trace = null;
    this.gotoOpen = true;
  }

  closeLayers(): void {
    this.trace = null;
    this.gotoOpen = false;
  }
}
