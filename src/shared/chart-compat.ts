/**
 * Which figures may share one chart: the same unit and kind (a growth rate beside a share, both in %, is
 * not one comparison), and either the same period (subjects side by side) or the same subject over time.
 * The editor's picker offers only compatible figures; the store refuses a chart that mixes units or kinds
 * with a message naming the two figures that differ. Pure: no store, no DOM.
 */
import { chartKind } from './chart-kinds';

/** What the check looks at of a figure. */
export interface ChartFigure {
  id: number;
  label: string;
  unit: string;
  kind: string;
  period: string;
  value: number;
}

/** Most points one chart holds: more would not be read from a slide. */
export const MAX_CHART_POINTS = 12;
/** Most KPI cards on one slide. */
export const MAX_KPIS = 6;

/** Whether `f` may join a chart that already holds `base`. */
export function compatible(base: ChartFigure, f: ChartFigure): boolean {
  return base.unit === f.unit && base.kind === f.kind && (base.period === f.period || base.label === f.label);
}

const unitName = (u: string) => (u ? u : '无单位');

/** Why these figures cannot make one chart of this type, or null when they can. */
export function chartProblem(type: string, figures: readonly ChartFigure[]): string | null {
  const kind = chartKind(type);
  if (!kind) return `未知的图表类型“${type}”`;
  if (figures.length === 0) return '图表至少需要一项数据：请从报告数据中选择，或移除图表';
  if (figures.length > MAX_CHART_POINTS) return `图表最多 ${MAX_CHART_POINTS} 项数据（现有 ${figures.length} 项）`;
  const [first] = figures;
  const otherUnit = figures.find((f) => f.unit !== first.unit);
  if (otherUnit)
    return `图表的数据单位不一致：“${first.label}”为${unitName(first.unit)}，“${otherUnit.label}”为${unitName(otherUnit.unit)}。一张图表只能放同一单位的数据`;
  const otherKind = figures.find((f) => f.kind !== first.kind);
  if (otherKind) return `图表的数据性质不一致：“${first.label}”与“${otherKind.label}”不可比（如增速与比重）。一张图表只能放同类数据`;
  if (kind.partOfWhole) {
    const negative = figures.find((f) => f.value < 0);
    if (negative) return `“${negative.label}”为负值，不能画成占比图：请改用柱状图`;
  }
  return null;
}
