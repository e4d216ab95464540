/**
 * Chart data from a ChartSpec and the stored figures. Pure: no Chart.js, no DOM, so it is unit-testable
 * and every number on a chart comes from a stored figure through the shared formatters. In src/shared: the
 * main process builds a window's first chart too (main/charts/chart-picture.ts); charts/build.ts re-exports it.
 */
import { chartKind } from './chart-kinds';
import { derive } from './derive';
import { barValue, decimalsFor, onIndexScale, wrapLabel } from './chart-numbers';
import { chartWord as t, type ChartLang as Lang } from './chart-words';
import { formatFigureFull, shareAsPercent, valueIn } from './format';
import type { ChartSpec, ChartType, Figure } from './types';

export interface ChartRow {
  label: string;
  /** Category label split into lines for the axis (Chart.js draws an array as several lines). */
  lines: string[];
  /** The plotted number, in the chart's unit (a percentage for part-of-whole charts). */
  value: number;
  /** The plotted number as printed on the chart: "18.6%", "0.138万亿元". */
  display: string;
  /** The stored figure behind the row; null for a computed remainder slice. */
  figureId: number | null;
  /** The figure as the source writes it, with its qualifier ("1/3", "预计2.45万亿元"); null for a remainder. */
  figureText: string | null;
  /** For a value the text implies but does not state: how it was computed ("198家 − 63家 = 135家"). */
  formula: string | null;
}

export interface ChartModel {
  type: ChartType;
  title: string;
  /** Unit of `value` ("%" for part-of-whole charts). */
  unit: string;
  /**
   * "单位：亿元" / "Unit: 亿元" for the value axis (the unit is the report's, Chinese in both languages);
   * "指数" / "Index" for an index, which has no unit; empty for part-of-whole charts (the centre label
   * and the table carry the share).
   */
  axisTitle: string;
  rows: ChartRow[];
  /** The language of the chart's own words (axis caption, derived marks, notes, the hidden table). */
  lang: Lang;
}

/** A label that already says it is derived (推算, in the author's words), kept as written. */
const SAYS_DERIVED = /推算|\(derived\)/u;

/** "期初" → "期初（推算）" / "期初 (derived)", so a reader never takes it for a stated number. */
export function derivedLabel(label: string, lang: Lang = 'zh'): string {
  return SAYS_DERIVED.test(label) ? label : `${label}${t(lang, 'derivedMark')}`;
}

export class ChartBuildError extends Error {
  override name = 'ChartBuildError';
}

export { decimalsFor, wrapLabel };

/** `lang`: the language of the chart's own words; the report's labels, units and numbers stay as stored. */
export function buildChart(spec: ChartSpec, figures: ReadonlyMap<number, Figure>, lang: Lang = 'zh'): ChartModel {
  // The store takes only known types (shared/enums.ts); a hand-edited one is refused here, not drawn wrong.
  const kind = chartKind(spec.type);
  if (!kind) throw new ChartBuildError(t(lang, 'chartUnknownType', { title: spec.title, type: spec.type }));
  const partOfWhole = kind.partOfWhole;
  const unit = partOfWhole ? '%' : spec.unit;
  const figure = (id: number) => {
    const fig = figures.get(id);
    if (!fig) throw new ChartBuildError(t(lang, 'chartMissingFigure', { title: spec.title, id }));
    return fig;
  };
  /** `f` in the chart's unit (a percentage for part-of-whole charts); a unit that cannot be is refused by name. */
  const plotted = (f: Pick<Figure, 'value' | 'unit' | 'kind'>, label: string) => {
    try {
      return partOfWhole ? shareAsPercent(f) : valueIn(f, spec.unit);
    } catch {
      const names = { title: spec.title, label, unit: f.unit || '—', chartUnit: spec.unit || '—' };
      throw new ChartBuildError(t(lang, partOfWhole ? 'chartNotAShare' : 'chartUnitMismatch', names));
    }
  };
  const entries: Omit<ChartRow, 'lines' | 'display'>[] = spec.series.map((s) => {
    if ('figureId' in s) {
      const fig = figure(s.figureId);
      const value = plotted(fig, s.label);
      return { label: s.label, value, figureId: fig.id, figureText: formatFigureFull(fig), formula: null };
    }
    if (partOfWhole) throw new ChartBuildError(t(lang, 'chartDerivedShare', { title: spec.title }));
    let d: ReturnType<typeof derive>;
    try {
      d = derive(s.derived, new Map([s.derived.a, s.derived.b].map((id) => [id, figure(id)])));
    } catch (e) {
      throw new ChartBuildError(t(lang, 'chartDerivedFailed', { title: spec.title, reason: (e as Error).message }));
    }
    const value = plotted({ value: d.value, unit: d.unit, kind: 'level' }, derivedLabel(s.label, lang));
    return { label: derivedLabel(s.label, lang), value, figureId: null, figureText: null, formula: d.formula };
  });
  const values = entries.map((e) => e.value);
  if (partOfWhole && spec.remainderLabel) {
    const rest = Number((100 - values.reduce((a, b) => a + b, 0)).toPrecision(12));
    if (rest > 1e-9) entries.push({ label: spec.remainderLabel, value: rest, figureId: null, figureText: null, formula: null });
  }
  const digits = partOfWhole ? 1 : decimalsFor(entries.map((e) => e.value));
  const max = kind.lineLength(entries.length);
  const isIndex = spec.series.some((s) => {
    const f = 'figureId' in s ? figures.get(s.figureId) : undefined;
    return !!f && onIndexScale(f);
  });
  const fig = (id: number | null) => (id === null ? undefined : figures.get(id));
  return {
    type: spec.type,
    title: spec.title,
    unit,
    axisTitle: partOfWhole ? '' : unit ? t(lang, 'axisUnit', { unit }) : isIndex ? t(lang, 'axisIndex') : '',
    rows: entries.map((e) => ({
      ...e,
      lines: wrapLabel(e.label, max),
      display: barValue(e.value, unit, digits, fig(e.figureId)?.valueText, fig(e.figureId)),
    })),
    lang,
  };
}

/** One sentence describing the chart, for the canvas's accessible name. */
export function describeChart(model: ChartModel): string {
  const rows = model.rows.map((r) => `${r.label}${model.lang === 'en' ? ' ' : ''}${r.display}`).join(t(model.lang, 'chartRowJoin'));
  return t(model.lang, 'chartDescribe', { title: model.title, rows });
}

/** The rows and language a derived note needs (a chart model, or the office exports' chart data). */
type NotedRows = { rows: readonly Pick<ChartRow, 'label' | 'formula'>[]; lang: Lang };

/** One note per derived row: "期初（推算）= 128件 − 88件 = 40件，原文未直接给出". */
export function derivedNotes(model: NotedRows): string[] {
  return model.rows.flatMap((r) =>
    r.formula === null
      ? []
      : [t(model.lang, 'derivedRow', { label: r.label, space: r.label.endsWith('）') ? '' : ' ', formula: r.formula })],
  );
}

/** The note printed under a chart with derived values ("注：…；…"), or empty. */
export function derivedNote(model: NotedRows): string {
  const notes = derivedNotes(model);
  return notes.length ? t(model.lang, 'derivedNote', { notes: notes.join(t(model.lang, 'derivedJoin')) }) : '';
}

/**
 * The big label in a doughnut's hole: the share exactly as the source writes it ("1/3", "78%"), when the
 * chart shows a single stored share against its remainder.
 */
export function centreLabel(model: ChartModel): { text: string; label: string; figureId: number } | null {
  if (!chartKind(model.type)?.centreLabel) return null;
  const stated = model.rows.filter((r) => r.figureId !== null);
  const only = stated.length === 1 ? stated[0] : undefined;
  if (!only || only.figureId === null || only.figureText === null) return null;
  return { text: only.figureText, label: only.label, figureId: only.figureId };
}
