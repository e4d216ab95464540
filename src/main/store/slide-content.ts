/**
 * The figures a slide shows, as the editor sets them: a chart's points and the KPI cards, each naming a
 * stored figure of the deck's own report. Checked here, whatever the door let through: a figure of
 * another report, a chart mixing units or kinds (shared/chart-compat.ts), more than six cards, an empty
 * caption, a {{id}} reference in a text to a figure not in the report — each refused with a message
 * naming it. The slide's figure links (slide_figures) follow.
 */
import { chartProblem, MAX_KPIS, type ChartFigure } from '../../shared/chart-compat';
import { slideTextRefs } from '../../shared/figure-refs';
import { figureRefs } from '../../shared/markup';
import type { ChartPatch, ChartPoint, ChartSpec, KpiItem, SlideBody } from '../../shared/types';
import type { DB } from './db';
import { StoreError } from './errors';

export type FigureIndex = ReadonlyMap<number, ChartFigure>;

/** The figures of the report a deck belongs to, by id. */
export function reportFigures(db: DB, deckId: number): FigureIndex {
  const rows = db
    .prepare(
      `SELECT id, label, unit, kind, period, value FROM figures
       WHERE report_id = (SELECT report_id FROM decks WHERE id = ?)`,
    )
    .all(deckId) as ChartFigure[];
  return new Map(rows.map((f) => [f.id, f]));
}

function known(figures: FigureIndex, id: number, where: string): ChartFigure {
  const f = figures.get(id);
  if (!f) throw new StoreError('BAD_EDIT', `${where}引用的数据项 ${id} 不在这份报告中`);
  return f;
}

const pointFigures = (p: ChartPoint): number[] => ('figureId' in p ? [p.figureId] : [p.derived.a, p.derived.b]);

/** The chart the patch asks for, checked; the key message and remainder of the chart it replaces stay. */
export function checkChart(patch: ChartPatch, old: ChartSpec | null, figures: FigureIndex): ChartSpec {
  const plotted = patch.series.map((p, i) => {
    const label = p.label.trim();
    if (!label) throw new StoreError('BAD_EDIT', `图表第 ${i + 1} 项的名称不能为空`);
    const [a, ...rest] = pointFigures(p).map((id) => known(figures, id, `图表第 ${i + 1} 项`));
    for (const b of rest)
      if (b.unit !== a.unit) throw new StoreError('BAD_EDIT', `图表第 ${i + 1} 项的推算值由不同单位的数据算出：“${a.label}”与“${b.label}”`);
    return { ...a, label };
  });
  const problem = chartProblem(patch.type, plotted);
  if (problem) throw new StoreError('BAD_EDIT', problem);
  const title = patch.title.trim();
  if (!title) throw new StoreError('BAD_EDIT', '图表标题不能为空');
  return {
    type: patch.type,
    title,
    unit: plotted[0].unit,
    series: patch.series.map((p) => ({ ...p, label: p.label.trim() })),
    ...(old?.remainderLabel && { remainderLabel: old.remainderLabel }),
    ...(old?.takeaway && { takeaway: old.takeaway }),
  };
}

/** The KPI cards the patch asks for, checked. */
export function checkKpis(kpis: KpiItem[], figures: FigureIndex): KpiItem[] {
  if (kpis.length > MAX_KPIS) throw new StoreError('BAD_EDIT', `一页最多 ${MAX_KPIS} 个指标卡（现有 ${kpis.length} 个）：请分成两页`);
  const seen = new Set<number>();
  return kpis.map((k, i) => {
    const caption = k.caption.trim();
    if (!caption) throw new StoreError('BAD_EDIT', `第 ${i + 1} 个指标卡的说明不能为空：请写明它说的是什么`);
    const f = known(figures, k.figureId, `第 ${i + 1} 个指标卡`);
    if (seen.has(f.id)) throw new StoreError('BAD_EDIT', `“${f.label}”已在这一页的指标卡中`);
    seen.add(f.id);
    if (k.growthFigureId !== undefined) known(figures, k.growthFigureId, `第 ${i + 1} 个指标卡的增速`);
    return { figureId: k.figureId, caption, ...(k.growthFigureId !== undefined && { growthFigureId: k.growthFigureId }) };
  });
}

/** What relinking looks at: a slide's content and its own texts. */
export interface SlideContentState {
  title: string;
  notes: string;
  body: SlideBody;
  chart: ChartSpec | null;
}

/** The references of a slide's own texts ({{id}}), each checked to be a figure of the report. */
export function checkTextRefs(s: SlideContentState, figures: FigureIndex): void {
  for (const id of slideTextRefs(s)) known(figures, id, '文字中');
}

/** The figures a slide's content shows (cards, columns, paragraphs, chart, its texts' references), in order, each once. */
export function contentFigureIds({ title, notes, body, chart }: SlideContentState): number[] {
  const kpi = (k: KpiItem) => [k.figureId, ...(k.growthFigureId !== undefined ? [k.growthFigureId] : [])];
  return [
    ...new Set([
      ...(body.kpis ?? []).flatMap(kpi),
      ...(body.columns ?? []).flatMap((c) => c.kpis.flatMap(kpi)),
      ...(body.paragraphs ?? []).flatMap(figureRefs).map(Number),
      ...(chart?.series ?? []).flatMap(pointFigures),
      ...slideTextRefs({ title, notes, body, chart }),
    ]),
  ];
}

/**
 * The slide's figure links after its content changed: what the content shows now, then the figures it
 * linked for other reasons (its notes), in their old order.
 */
export function relinkFigures(before: SlideContentState, after: SlideContentState, links: [number, number][]): [number, number][] {
  const oldIds = contentFigureIds(before);
  const newIds = contentFigureIds(after);
  // Content unchanged: the links stay as they are, order and all.
  if (JSON.stringify(oldIds) === JSON.stringify(newIds)) return links;
  const oldContent = new Set(oldIds);
  const ids = [...new Set([...newIds, ...links.map(([id]) => id).filter((id) => !oldContent.has(id))])];
  return ids.map((id, n) => [id, n]);
}
