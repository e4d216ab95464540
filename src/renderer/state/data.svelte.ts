/**
 * The data view's state: search and filters over the current report's figures, the selected figure, its
 * corrections (save, undo, audit history) and the consistency checks. One instance per DeckStore, so the
 * search and selection survive a trip to the slides and back.
 */
import type { AppApi } from '../../shared/api';
import type { Finding } from '../../shared/checks';
import { formatFigureFull } from '../../shared/format';
import type { Figure, FigureEdit, FigureKind, FigurePatch, Slide } from '../../shared/types';
import { ApiCallError } from '../lib/api-error';
import { t } from '../lib/i18n';
import { buildRows, filterRows, type FigureRow } from './figure-rows';
import type { DeckStore } from './deck.svelte';
import { settings } from './settings.svelte';

export class DataState {
  query = $state('');
  sectionId = $state<number | null>(null);
  kind = $state<FigureKind | null>(null);
  selectedId = $state<number | null>(null);
  /** Bumped to scroll the table to the selected row (a pick from the checks list or the history). */
  reveal = $state(0);
  history = $state.raw<FigureEdit[]>([]);
  findings = $state.raw<Finding[]>([]);
  /** What the last save or undo did, said in a status line. */
  notice = $state<string | null>(null);
  /** A failure of loading the history/checks or of an undo. */
  error = $state<string | null>(null);

  // Closures (not expressions) so the constructor's `store` is assigned before they first run.
  readonly rows: FigureRow[] = $derived.by(() => buildRows(this.store.figures, this.store.report?.sections ?? []));
  readonly visible: readonly FigureRow[] = $derived(
    filterRows(this.rows, { query: this.query, sectionId: this.sectionId, kind: this.kind }),
  );
  readonly selected: Figure | null = $derived.by(() => (this.selectedId === null ? null : (this.store.figure(this.selectedId) ?? null)));
  /** The slides that show the selected figure, with their 0-based index in the deck. */
  readonly slidesOfSelected: { slide: Slide; index: number }[] = $derived.by(() => {
    const id = this.selected?.id;
    if (id === undefined) return [];
    return this.store.slides.flatMap((slide, index) => (slide.figureIds.includes(id) ? [{ slide, index }] : []));
  });
  /** Per figure, the one edit that may be undone: its newest, if that is a live edit (not an undo, not undone). */
  readonly undoable: ReadonlySet<number> = $derived.by(() => {
    // Local scratch sets, rebuilt whole on each change and never mutated after: plain Sets are right.
    /* eslint-disable svelte/prefer-svelte-reactivity */
    const seen = new Set<number>();
    const out = new Set<number>();
    /* eslint-enable svelte/prefer-svelte-reactivity */
    for (const e of this.history) {
      if (seen.has(e.figureId)) continue;
      seen.add(e.figureId);
      if (e.undoes === null && e.undoneBy === null) out.add(e.id);
    }
    return out;
  });

  constructor(
    private readonly store: DeckStore,
    private readonly api: AppApi,
  ) {}

  /** Select a figure; from a link outside the table, also clear filters that would hide it and scroll to it. */
  select(id: number, reveal = false): void {
    this.selectedId = id;
    if (!reveal) return;
    if (!this.visible.some((r) => r.figure.id === id)) {
      this.query = '';
      this.sectionId = null;
      this.kind = null;
    }
    this.reveal++;
  }

  /** Reload the audit history and the checks of the current report. */
  async refresh(): Promise<void> {
    const reportId = this.store.report?.id;
    if (reportId === undefined) return;
    try {
      const [history, findings] = await Promise.all([this.api['figure.history']({ reportId }), this.api['checks.list']({ reportId })]);
      if (this.store.report?.id !== reportId) return;
      this.history = history;
      this.findings = findings;
      this.error = null;
    } catch (e) {
      this.error = messageOf(e);
    }
  }

  /** Save a correction; errors (validation, conflict) are thrown for the form to show beside its fields. */
  async save(figure: Figure, patch: FigurePatch, reason: string): Promise<void> {
    this.notice = null;
    const edit = await this.api['figure.update']({ figureId: figure.id, expectedVersion: figure.version, patch, reason });
    await this.afterChange();
    this.notice = t(settings.lang, 'editSaved', {
      label: edit.new.label,
      old: formatFigureFull(figure),
      new: formatFigureFull({ ...figure, ...edit.new }),
    });
  }

  async undo(edit: FigureEdit): Promise<void> {
    this.notice = null;
    try {
      const undo = await this.api['edit.undo']({ editId: edit.id });
      await this.afterChange();
      const f = this.store.figure(undo.figureId);
      this.notice = t(settings.lang, 'editUndone', {
        label: undo.new.label,
        value: f ? formatFigureFull(f) : undo.new.valueText + undo.new.unit,
      });
    } catch (e) {
      this.error = messageOf(e);
      await this.afterChange();
    }
  }

  /** Fresh figures for the deck (slides and charts redraw) and a fresh history and checks list. */
  async afterChange(): Promise<void> {
    await Promise.all([this.store.reloadFigures(), this.refresh()]);
  }
}

/** An API message without its technical prefix ("接口 figure.update 的参数有误：reason: "). */
export function messageOf(e: unknown): string {
  const raw = e instanceof ApiCallError || e instanceof Error ? e.message : String(e);
  return raw.replace(/^接口 \S+ 的参数有误：/u, '').replace(/(^|; )[\w.]+: /gu, '$1');
}

const states = new WeakMap<DeckStore, DataState>();

/**
 * The one DataState of a DeckStore. Created under its own effect root: deriveds made while a component
 * initialises belong to that component and go stale when it unmounts, but this state outlives the view.
 */
export function dataStateFor(store: DeckStore, api: AppApi): DataState {
  let s = states.get(store);
  if (!s) {
    $effect.root(() => {
      s = new DataState(store, api);
    });
    states.set(store, s!);
  }
  return s!;
}
