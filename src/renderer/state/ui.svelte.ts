/**
 * Which view is showing (放映 / 总览 / 原文) and the transient layers over the deck: the figure trace
 * popover and the go-to-slide prompt. Plain state, no routing: nothing here needs a URL.
 */
import type { InkColour, InkTool } from '../../shared/ink';

export type ViewMode = 'deck' | 'overview' | 'source' | 'data' | 'editor';

/** What this window is: the audience's slides, or the presenter view (notes, timer, next slide). */
export type Role = 'audience' | 'presenter';

/** The web bridge serves the presenter view at /presenter; Electron loads index.html#presenter. */
export function roleFromLocation(loc: { pathname: string; hash: string }): Role {
  return /\/presenter\/?$/.test(loc.pathname) || loc.hash === '#presenter' ? 'presenter' : 'audience';
}

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
  role = $state<Role>(typeof location === 'undefined' ? 'audience' : roleFromLocation(location));
  /** The key help overlay (?). */
  helpOpen = $state(false);
  /** The report switcher (报告): list, open, rename, delete. */
  reportsOpen = $state(false);
  /** The export dialog (导出…: PDF layouts, PowerPoint, Word; several at once). */
  exportOpen = $state(false);
  /** What the export dialog does: export files, or print one layout (文件 → 打印…). */
  exportMode = $state<'export' | 'print'>('export');
  /** Laser pointer mode (L): the mouse over the slide moves the red dot on the audience view. */
  laser = $state(false);
  /** Ink (P pen, H highlighter): the tool drawing on the slide, or null; each tool keeps its colour. */
  inkTool = $state<InkTool | null>(null);
  inkColours = $state<Record<InkTool, InkColour>>({ pen: 'red', highlighter: 'yellow' });
  /** Digits typed towards a slide number (then Enter), shown so the presenter sees what was typed. */
  typed = $state('');

  /** S: this window switches between the slides and the presenter view (one display, or rehearsing). */
  toggleRole(): void {
    this.closeLayers();
    this.mode = 'deck';
    this.role = this.role === 'presenter' ? 'audience' : 'presenter';
  }

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

  /** The data view (数据): every figure of the report, its corrections, checks and imports. */
  showData(): void {
    this.closeLayers();
    this.mode = 'data';
  }

  /** The slide editor (编辑): the current slide's texts, layout, order and visibility. */
  showEditor(): void {
    this.closeLayers();
    this.mode = 'editor';
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

  /** Close the trace (the deck view then gives the keys back to the slides, not to the number). */
  closeTrace(): void {
    this.trace = null;
  }

  openGoto(): void {
    this.trace = null;
    this.gotoOpen = true;
  }

  openReports(): void {
    this.closeLayers();
    this.reportsOpen = true;
  }

  openExport(mode: 'export' | 'print' = 'export'): void {
    this.closeLayers();
    this.exportMode = mode;
    this.exportOpen = true;
  }

  closeLayers(): void {
    this.trace = null;
    this.gotoOpen = false;
    this.helpOpen = false;
    this.reportsOpen = false;
    this.exportOpen = false;
  }
}
