/**
 * A chart's numbers for the office exports: the screen's chart model (shared/chart-model.ts), so every label is the
 * screen's own (`display`: each figure as the report wrote it, shared/chart-numbers.ts barValue): every value from a
 * stored figure through the shared converters, a derived value through shared/derive.ts and always marked 推算 with its
 * formula. No chart-wide decimals: PowerPoint formats each label as its display (pptx-label-formats.ts).
 */
import { chartKind } from '../../shared/chart-kinds';
import { ChartBuildError, buildChart, derivedNote as derivedNoteOf, type ChartModel } from '../../shared/chart-model';
import { decimalsFor } from '../../shared/chart-numbers';
import { withDeckScript } from '../../shared/deck-script';
import type { ChartSpec, ChartType, Figure } from '../../shared/types';
import { ExportError } from '../pdf/errors';

export interface ChartRowData {
  label: string;
  /** The plotted number, in the chart's unit (a percentage for part-of-whole charts). */
  value: number;
  /** As printed on the chart: "18.6%", "5700亿元". */
  display: string;
  figureId: number | null;
  /** The figure as the source writes it, with its qualifier; null for a remainder or a derived value. */
  figureText: string | null;
  /** A derived value's formula ("198家 − 63家 = 135家"); null for a stated figure or a remainder. */
  formula: string | null;
}

export interface ChartData {
  type: ChartType;
  title: string;
  unit: string;
  /** "单位：亿元", "指数" for an index, empty for part-of-whole charts. */
  axisTitle: string;
  rows: ChartRowData[];
  /** The report is in traditional characters: so are the words made here (單位：, 注：). */
  traditional?: boolean;
}

/** Shares of one whole (a ring or a pie), as the chart-kind table says. */
export const isPartOfWhole = (type: ChartType): boolean => chartKind(type)?.partOfWhole ?? false;

export { decimalsFor };

/** `traditional`: the report is in traditional characters, and so are the chart's words (單位：, 注：…). */
export function chartData(spec: ChartSpec, figures: ReadonlyMap<number, Figure>, traditional = false): ChartData {
  // The screen's own model (shared/chart-model.ts), in Chinese: the same values, units, remainder, derived rows
  // and refusals, so a chart in PowerPoint or Word can never show other numbers than the slide.
  let model: ChartModel;
  try {
    model = withDeckScript(traditional, () => buildChart(spec, figures, 'zh'));
  } catch (e) {
    throw e instanceof ChartBuildError ? new ExportError(e.message) : e;
  }
  const rows = model.rows.map(({ lines: _lines, ...row }) => row);
  return {
    type: model.type,
    title: model.title,
    unit: model.unit,
    axisTitle: model.axisTitle,
    rows,
    ...(traditional ? { traditional } : {}),
  };
}

/** "注：期初（推算）= 128件 − 88件 = 40件，原文未直接给出", or empty. */
export function derivedNote(data: ChartData): string {
  return withDeckScript(data.traditional === true, () => derivedNoteOf({ rows: data.rows, lang: 'zh' }));
}

/** The share as the source writes it, for a doughnut showing one stated share against its remainder. */
export function centreText(data: ChartData): string | null {
  if (!chartKind(data.type)?.centreLabel) return null;
  const stated = data.rows.filter((r) => r.figureId !== null);
  return stated.length === 1 ? (stated[0]?.figureText ?? null) : null;
}
