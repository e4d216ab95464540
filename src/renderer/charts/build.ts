/**
 * Chart data from a ChartSpec and the stored figures. Pure: no Chart.js, no DOM, so it is unit-testable
 * and every number on a chart comes from a stored figure through the shared formatters.
 */
import { chartKind } from '../../shared/chart-kinds';
import { derive } from '../../shared/derive';
import { formatFigureFull, formatValue, shareAsPercent, valueIn } from '../../shared/format';
import type { ChartSpec, ChartType, Figure } from '../../shared/types';

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
   * "单位：亿元" for the value axis; "指数" for an index, which has no unit; empty for part-of-whole charts
   * (the centre label and the table carry the share).
   */
  axisTitle: string;
  rows: ChartRow[];
}

/** The word every derived label carries, so a reader never takes it for a stated number. */
export const DERIVED_MARK = '推算';

/** "期初" → "期初（推算）"; a label that already says 推算 is kept as the author wrote it. */
export function derivedLabel(label: string): string {
  return label.includes(DERIVED_MARK) ? label : `${label}（${DERIVED_MARK}）`;
}

export class ChartBuildError extends Error {
  override name = 'ChartBuildError';
}

/** Decimals needed to print every value faithfully (1380亿元 as 0.138万亿元, not 0.14), at most 4. */
export function decimalsFor(values: number[]): number {
  let d = 0;
  for (const v of values) {
    const s = String(Number(v.toPrecision(12)));
    const dot = s.indexOf('.');
    if (dot >= 0 && !s.includes('e')) d = Math.max(d, s.length - dot - 1);
  }
  return Math.min(d, 4);
}

/** Split a long category label into roughly equal lines of at most `max` characters. */
export function wrapLabel(label: string, max: number): string[] {
  const chars = Array.from(label);
  if (chars.length <= max) return [label];
  const lines = Math.ceil(chars.length / max);
  const per = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''));
  return out;
}

export function buildChart(spec: ChartSpec, figures: ReadonlyMap<number, Figure>): ChartModel {
  // The store takes only known types (shared/enums.ts); a hand-edited one is refused here, not drawn wrong.
  const kind = chartKind(spec.type);
  if (!kind) throw new ChartBuildError(`图表“${spec.title}”的类型“${spec.type}”无法识别`);
  const partOfWhole = kind.partOfWhole;
  const unit = partOfWhole ? '%' : spec.unit;
  const figure = (id: number) => {
    const fig = figures.get(id);
    if (!fig) throw new ChartBuildError(`图表“${spec.title}”引用的数据（编号 ${id}）不存在`);
    return fig;
  };
  const entries: Omit<ChartRow, 'lines' | 'display'>[] = spec.series.map((s) => {
    if ('figureId' in s) {
      const fig = figure(s.figureId);
      const value = partOfWhole ? shareAsPercent(fig) : valueIn(fig, spec.unit);
      return { label: s.label, value, figureId: fig.id, figureText: formatFigureFull(fig), formula: null };
    }
    if (partOfWhole) throw new ChartBuildError(`图表“${spec.title}”：推算值不能画成占比图`);
    let d: ReturnType<typeof derive>;
    try {
      d = derive(s.derived, new Map([s.derived.a, s.derived.b].map((id) => [id, figure(id)])));
    } catch (e) {
      throw new ChartBuildError(`图表“${spec.title}”的推算值无法计算：${(e as Error).message}`);
    }
    const value = valueIn({ value: d.value, unit: d.unit }, spec.unit);
    return { label: derivedLabel(s.label), value, figureId: null, figureText: null, formula: d.formula };
  });
  const values = entries.map((e) => e.value);
  if (partOfWhole && spec.remainderLabel) {
    const rest = Number((100 - values.reduce((a, b) => a + b, 0)).toPrecision(12));
    if (rest > 1e-9) entries.push({ label: spec.remainderLabel, value: rest, figureId: null, figureText: null, formula: null });
  }
  const digits = partOfWhole ? 1 : decimalsFor(entries.map((e) => e.value));
  const max = kind.lineLength(entries.length);
  const isIndex = spec.series.some((s) => 'figureId' in s && figures.get(s.figureId)?.kind === 'index');
  return {
    type: spec.type,
    title: spec.title,
    unit,
    axisTitle: partOfWhole ? '' : unit ? `单位：${unit}` : isIndex ? '指数' : '',
    rows: entries.map((e) => ({ ...e, lines: wrapLabel(e.label, max), display: formatValue(e.value, unit, digits) })),
  };
}

/** One sentence describing the chart, for the canvas's accessible name. */
export function describeChart(model: ChartModel): string {
  return `${model.title}：${model.rows.map((r) => `${r.label}${r.display}`).join('，')}`;
}

/** One note per derived row: "期初（推算）= 128件 − 88件 = 40件，原文未直接给出". */
export function derivedNotes(model: ChartModel): string[] {
  return model.rows.flatMap((r) => (r.formula === null ? [] : [`${r.label}${r.label.endsWith('）') ? '' : ' '}= ${r.formula}，原文未直接给出`]));
}

/** The note printed under a chart with derived values ("注：…；…"), or empty. */
export function derivedNote(model: ChartModel): string {
  const notes = derivedNotes(model);
  return notes.length ? `注：${notes.join('；')}` : '';
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
