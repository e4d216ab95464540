/** Domain types shared by the main process and the renderer. Pure TypeScript: no electron, node or DOM. */
import type { ChartType } from './chart-kinds';
import type { SlideLayout } from './slide-layouts';

export const FIGURE_KINDS = ['level', 'growth', 'share', 'count', 'change', 'multiple', 'index', 'rank'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A result, an estimate (预计) or a target (力争, 目标, 到2020年达到): never shown as achieved unless actual. */
export const FIGURE_STATUSES = ['actual', 'estimate', 'target'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

// The registries: one entry per layout and per chart kind (no migration when one is added).
export { SLIDE_LAYOUTS, type SlideLayout } from './slide-layouts';
export { CHART_TYPES, type ChartType } from './chart-kinds';

export interface ReportSummary {
  id: number;
  key: string;
  title: string;
  organisation: string;
  /** YYYY-MM-DD, or empty when the report names no date (shown as missing, never guessed). */
  published: string;
  asOf: string;
  figureCount: number;
  /** Slides over every deck of the report. */
  slideCount: number;
}

export interface Section {
  id: number;
  key: string;
  ord: number;
  title: string;
  titleEn: string;
  /** Character offsets (UTF-16 code units) of the section in the report text. */
  start: number;
  end: number;
}

export interface Report extends ReportSummary {
  titleEn: string;
  organisationEn: string;
  publishedNote: string;
  region: string;
  text: string;
  sections: Section[];
  /** Set when the report is written in traditional characters: its slides are framed in them too (shared/deck-script.ts). */
  traditional?: true;
}

export interface Figure {
  id: number;
  reportId: number;
  sectionId: number;
  key: string;
  label: string;
  /** The number exactly as the source writes it: "2.45", "1/3", "翻了一番", "千亿". */
  valueText: string;
  /** The numeric value in `unit` (a fraction as a ratio, a multiple as a factor). */
  value: number;
  unit: string;
  period: string;
  kind: FigureKind;
  status: FigureStatus;
  qualifier: string | null;
  scope: string | null;
  /** The verbatim source sentence and its offsets in the report text. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** Offsets of the value itself (valueText) in the report text. */
  valueStart: number;
  valueEnd: number;
  /** Bumped by every edit: an edit names the version it was made against (optimistic concurrency). */
  version: number;
}

export const DERIVE_OPS = ['sub', 'add'] as const;
export type DeriveOp = (typeof DERIVE_OPS)[number];

/** A figure computed from two stored ones (see shared/derive.ts, which computes it). */
export interface Derivation {
  op: DeriveOp;
  /** Figure ids: the result is a − b (or a + b), in a's unit. */
  a: number;
  b: number;
}

/**
 * One bar or slice: a stored figure, or a value the text implies but does not state (198 − 63), which
 * is always shown marked as derived, with its formula (see shared/derive.ts).
 */
export type ChartPoint = { label: string; figureId: number } | { label: string; derived: Derivation };

/** The fields staff may correct. The numeric value follows from valueText; offsets stay on the source. */
export interface FigurePatch {
  label?: string;
  valueText?: string;
  unit?: string;
  period?: string;
}

/** One row of the audit history: what changed, when, and why. An undo is an edit that `undoes` another. */
export interface FigureEdit {
  id: number;
  figureId: number;
  at: string;
  reason: string;
  old: Required<FigurePatch>;
  new: Required<FigurePatch>;
  undoes: number | null;
  undoneBy: number | null;
}

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** Unit of the plotted values, shown on the axis title (e.g. "%", "亿元"). */
  unit: string;
  series: ChartPoint[];
  /** For part-of-whole charts: the label of the remainder slice (e.g. "全球其他"). */
  remainderLabel?: string;
  takeaway?: string;
}

export interface KpiItem {
  figureId: number;
  caption: string;
  /** A growth (or change) figure shown under the big number. */
  growthFigureId?: number;
}

/** The slide texts that may restate the report; each either quotes its words or is marked a paraphrase. */
export const CLAIM_FIELDS = ['title', 'subtitle', 'takeaway', 'paragraphs'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

export interface SlideBody {
  subtitle?: string;
  /**
   * Texts of this slide that restate the report in the author's words, not the report's (see
   * shared/wording.ts): the check then leaves them be. Unmarked, a claim with a number must quote.
   */
  paraphrased?: ClaimField[];
  kpis?: KpiItem[];
  /** Comparison slides: side-by-side columns (A vs B). */
  columns?: { heading: string; kpis: KpiItem[] }[];
  /**
   * Text slides. `**bold**` marks a lead-in; `{{12}}` stands for stored figure 12, rendered highlighted
   * and traceable (see shared/markup.ts).
   */
  paragraphs?: string[];
  /** Builds (shared/builds.ts): 'items' shows the slide's items one click at a time; absent, it appears whole. */
  build?: 'items';
}

export interface Slide {
  id: number;
  deckId: number;
  ord: number;
  layout: SlideLayout;
  title: string;
  titleEn: string;
  sectionId: number | null;
  notes: string;
  body: SlideBody;
  chart: ChartSpec | null;
  /** Every stored figure this slide shows, in its chart or in its notes. */
  figureIds: number[];
  /** Bumped by every edit: an edit made on an older version is refused as a conflict. */
  version: number;
  /** Skipped in the show (next/previous), still shown in the editor and the overview. */
  hidden: boolean;
  /**
   * Set where the texts above were resolved for showing (shared/figure-refs.ts): the texts as stored,
   * with their `{{id}}` figure references, which the editor edits. Never sent by the store.
   */
  stored?: StoredTexts;
}

/** A slide's own texts as stored, figure references and all. */
export interface StoredTexts {
  title: string;
  subtitle: string;
  takeaway: string;
  notes: string;
}

/** What an edit may change on one slide (the editor's fields). */
export interface SlidePatch {
  title?: string;
  subtitle?: string;
  takeaway?: string;
  notes?: string;
  layout?: SlideLayout;
  hidden?: boolean;
  /** Builds: 'items' one click at a time, 'none' the slide whole (shared/builds.ts). */
  build?: 'none' | 'items';
  /** The chart: its kind and points in order, picked from the report's figures; null removes it. */
  chart?: ChartPatch | null;
  /** The KPI cards, in order (at most six); an empty list removes them. */
  kpis?: KpiItem[];
}

/** A chart as the editor sets it; the unit follows from the figures, the key message stays. */
export interface ChartPatch {
  type: ChartType;
  title: string;
  series: ChartPoint[];
}

/** One change of a deck in its history: an edit, or the undo or redo of one. */
export interface SlideEditSummary {
  id: number;
  deckId: number;
  at: string;
  kind: 'edit' | 'undo' | 'redo';
  /** What was done, in words (修改标题、移动、删除…). */
  what: string;
}

/** The answer of every deck edit: the change recorded and the deck as it now stands. */
export interface DeckEditResult {
  edit: SlideEditSummary;
  deck: Deck;
  /** Whether the deck has a change to undo / to redo now. */
  canUndo: boolean;
  canRedo: boolean;
}

export interface Deck {
  id: number;
  reportId: number;
  title: string;
  slides: Slide[];
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
  readOnly: boolean;
}
