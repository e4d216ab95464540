/**
 * A chart's numbers for the office exports, computed as the screen computes them
 * (renderer/charts/build.ts, which main may not import): every value from a stored figure through the
 * shared converters, a derived value through shared/derive.ts and always marked 推算 with its formula.
 */
import { chartKind } from '../../shared/chart-kinds';
import { barValue, decimalsFor, onIndexScale } from '../../shared/chart-numbers';
import { derive } from '../../shared/derive';
import { formatFigureFull, shareAsPercent, valueIn } from '../../shared/format';
import type { ChartSpec, ChartType, Figure } from '../../shared/types';
import { quote } from '../../shared/quotes';
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
  /** Decimals needed to print every value faithfully (at most 4; 1 for shares). */
  digits: number;
  rows: ChartRowData[];
}

export const DERIVED_MARK = '推算';
export const derivedLabel = (label: string): string => (label.includes(DERIVED_MARK) ? label : `${label}（${DERIVED_MARK}）`);
/** Shares of one whole (a ring or a pie), as the chart-kind table says. */
export const isPartOfWhole = (type: ChartType): boolean => chartKind(type)?.partOfWhole ?? false;

export { decimalsFor };

export function chartData(spec: ChartSpec, figures: ReadonlyMap<number, Figure>): ChartData {
  // As the screen: a type the chart table does not know (a hand-edited store) is refused, not drawn as bars.
  if (!chartKind(spec.type)) throw new ExportError(`图表${quote(spec.title)}的类型${quote(spec.type)}无法识别`);
  const part = isPartOfWhole(spec.type);
  const unit = part ? '%' : spec.unit;
  const figure = (id: number): Figure => {
    const f = figures.get(id);
    if (!f) throw new ExportError(`图表${quote(spec.title)}引用的数据（编号 ${id}）不存在`);
    return f;
  };
  /** `f` in the chart's unit (a percentage for part-of-whole charts), as renderer/charts/build.ts refuses it. */
  const plotted = (f: Pick<Figure, 'value' | 'unit' | 'kind'>, label: string) => {
    try {
      return part ? shareAsPercent(f) : valueIn(f, spec.unit);
    } catch {
      const [unit, chartUnit] = [f.unit || '—', spec.unit || '—'];
      throw new ExportError(
        part
          ? `图表${quote(spec.title)}：${quote(label)}的单位${quote(unit)}不是占比，不能画成占比图`
          : `图表${quote(spec.title)}：${quote(label)}的单位${quote(unit)}不能画在单位为${quote(chartUnit)}的图上`,
      );
    }
  };
  const rows: Omit<ChartRowData, 'display'>[] = spec.series.map((s) => {
    if ('figureId' in s) {
      const f = figure(s.figureId);
      return {
        label: s.label,
        value: plotted(f, s.label),
        figureId: f.id,
        figureText: formatFigureFull(f),
        formula: null,
      };
    }
    if (part) throw new ExportError(`图表${quote(spec.title)}：推算值不能画成占比图`);
    const operands = new Map([s.derived.a, s.derived.b].map((id) => [id, figure(id)]));
    let d: ReturnType<typeof derive>;
    try {
      d = derive(s.derived, operands);
    } catch (e) {
      throw new ExportError(`图表${quote(spec.title)}的推算值无法计算：${(e as Error).message}`);
    }
    return {
      label: derivedLabel(s.label),
      value: plotted({ value: d.value, unit: d.unit, kind: 'level' }, derivedLabel(s.label)),
      figureId: null,
      figureText: null,
      formula: d.formula,
    };
  });
  if (part && spec.remainderLabel) {
    const rest = Number((100 - rows.reduce((a, r) => a + r.value, 0)).toPrecision(12));
    if (rest > 1e-9) rows.push({ label: spec.remainderLabel, value: rest, figureId: null, figureText: null, formula: null });
  }
  const digits = part ? 1 : decimalsFor(rows.map((r) => r.value));
  const isIndex = spec.series.some((s) => {
    const f = 'figureId' in s ? figures.get(s.figureId) : undefined;
    return !!f && onIndexScale(f);
  });
  return {
    type: spec.type,
    title: spec.title,
    unit,
    axisTitle: part ? '' : unit ? `单位：${unit}` : isIndex ? '指数' : '',
    digits,
    rows: rows.map((r) => ({
      ...r,
      display: barValue(r.value, unit, digits, r.figureId === null ? null : figures.get(r.figureId)?.valueText),
    })),
  };
}

/** "注：期初（推算）= 128件 − 88件 = 40件，原文未直接给出", or empty. */
export function derivedNote(data: ChartData): string {
  const notes = data.rows.flatMap((r) =>
    r.formula === null ? [] : [`${r.label}${r.label.endsWith('）') ? '' : ' '}= ${r.formula}，原文未直接给出`],
  );
  return notes.length ? `注：${notes.join('；')}` : '';
}

/** The share as the source writes it, for a doughnut showing one stated share against its remainder. */
export function centreText(data: ChartData): string | null {
  if (!chartKind(data.type)?.centreLabel) return null;
  const stated = data.rows.filter((r) => r.figureId !== null);
  return stated.length === 1 ? (stated[0]?.figureText ?? null) : null;
}
