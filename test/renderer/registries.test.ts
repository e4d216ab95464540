/** The chart-kind and slide-layout registries: what a slide is drawn with, and what each chart kind draws. */
import { describe, expect, it } from 'vitest';
import { CHART_KINDS, CHART_TYPES, chartKind } from '../../src/shared/chart-kinds';
import { drawnLayout, SLIDE_LAYOUTS, type SlideContent } from '../../src/shared/slide-layouts';
import { buildChart, centreLabel, ChartBuildError } from '../../src/renderer/charts/build';
import { chartConfig, type ChartTheme } from '../../src/renderer/charts/config';
import { Chart } from '../../src/renderer/charts/register';
import type { ChartSpec, Figure } from '../../src/shared/types';
import { makeFigure } from './figure';

const slide = (layout: string, content: Partial<Omit<SlideContent, 'layout'>> = {}): SlideContent => ({
  layout,
  chart: content.chart ?? null,
  body: content.body ?? {},
});
const chart = { type: 'bar' };
const kpis = [{ figureId: 1 }];
const columns = [{ heading: 'a' }, { heading: 'b' }];

describe('which layout draws a slide', () => {
  it.each([
    ['a fixed layout, whatever it holds', slide('title', { chart, body: { kpis } }), 'title'],
    ['section', slide('section', { body: { kpis } }), 'section'],
    ['closing', slide('closing', { chart }), 'closing'],
    ['a chart, whatever the named layout', slide('kpi', { chart, body: { kpis } }), 'chart'],
    ['a chart layout without a chart: its KPIs', slide('chart', { body: { kpis } }), 'kpi'],
    ['a comparison with its columns', slide('comparison', { body: { columns, kpis } }), 'comparison'],
    ['a comparison without columns: its KPIs', slide('comparison', { body: { kpis } }), 'kpi'],
    ['columns on a slide not named comparison', slide('text', { body: { columns } }), 'text'],
    ['a text slide with KPIs shows them', slide('text', { body: { kpis } }), 'kpi'],
    ['nothing to draw: text', slide('kpi'), 'text'],
    ['a layout this version does not know: by its content', slide('timeline', { chart }), 'chart'],
    ['an unknown layout with nothing: text', slide('timeline'), 'text'],
  ])('%s', (_, s, expected) => {
    expect(drawnLayout(s)).toBe(expected);
  });

  it('every layout is reachable', () => {
    const drawn = new Set(
      SLIDE_LAYOUTS.flatMap((layout) =>
        [slide(layout), slide(layout, { chart }), slide(layout, { body: { kpis } }), slide(layout, { body: { columns } })].map(drawnLayout),
      ),
    );
    expect([...drawn].sort()).toEqual([...SLIDE_LAYOUTS].sort());
  });
});

const theme: ChartTheme = {
  bar: '#00f',
  text: '#000',
  muted: '#555',
  grid: '#ddd',
  slices: ['#f00', '#0f0'],
  remainder: '#999',
  inside: '#fff',
  derivedFill: '#ccf',
};
const share = makeFigure(1, { value: 1 / 3, valueText: '1/3', unit: '', kind: 'share' });
const level = makeFigure(2, { value: 2.45, valueText: '2.45', unit: '万亿元', kind: 'level' });
const figures = new Map<number, Figure>([
  [share.id, share],
  [level.id, level],
]);
const specFor = (type: ChartSpec['type']): ChartSpec =>
  CHART_KINDS[type].partOfWhole
    ? { type, title: '占比', unit: '%', series: [{ figureId: share.id, label: '全市' }], remainderLabel: '其他' }
    : { type, title: '产值', unit: '万亿元', series: [{ figureId: level.id, label: '全市' }] };

describe('each chart kind, as the table says', () => {
  it.each(CHART_TYPES)('%s: its Chart.js controller is registered and drawn as the entry says', (type) => {
    const kind = CHART_KINDS[type];
    expect(Chart.registry.getController(kind.chartjs)).toBeDefined();
    const model = buildChart(specFor(type), figures);
    const config = chartConfig(model, theme, true);
    expect(config.type).toBe(kind.chartjs);
    const options = config.options as {
      indexAxis?: string;
      cutout?: string;
      plugins: { valueLabels: { placement: string; labels: string[] } };
    };
    expect(options.plugins.valueLabels.placement).toBe(kind.valueLabels);
    expect(options.plugins.valueLabels.labels.length > 0).toBe(kind.valueLabels !== 'none');
    if (kind.partOfWhole) {
      // Plotted as a share of the whole, closed by its remainder; no value axis.
      expect(model.rows.map((r) => r.label)).toEqual(['全市', '其他']);
      expect(model.unit).toBe('%');
      expect(model.axisTitle).toBe('');
      expect(options.cutout).toBe('cutout' in kind ? kind.cutout : undefined);
    } else {
      expect(options.indexAxis).toBe(kind.indexAxis);
      expect(model.axisTitle).toBe('单位：万亿元');
    }
    expect(centreLabel(model)?.text ?? null).toBe(kind.centreLabel ? '1/3' : null);
  });

  it('a type the table does not know is refused with its name, not drawn as something else', () => {
    expect(chartKind('radar')).toBeUndefined();
    expect(chartKind('constructor')).toBeUndefined();
    const spec = { ...specFor('bar'), type: 'radar' } as unknown as ChartSpec;
    expect(() => buildChart(spec, figures)).toThrow(ChartBuildError);
    expect(() => buildChart(spec, figures)).toThrow(/类型“radar”/);
  });
});
