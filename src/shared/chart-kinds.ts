/**
 * The chart kinds a slide can show: one entry each, holding everything the renderer asks of a kind — on
 * screen (charts/build.ts, config.ts, Chart.svelte, valueLabels.ts) and in print (SvgChart.svelte, the
 * brief). Adding a kind is one entry here; the store and the API take it at once (no migration: the kind
 * is checked at the door, shared/enums.ts). A new Chart.js controller also needs registering in
 * renderer/charts/register.ts. Pure data: no Chart.js import.
 */
export interface ChartKind {
  /** The Chart.js chart type (controller) that draws it. */
  chartjs: 'bar' | 'doughnut' | 'pie';
  /**
   * Shares of one whole: each value is plotted as a percentage of the whole, a remainder slice may close
   * it, and the drawing is round, with its legend (and any centre label) in HTML beside it.
   */
  partOfWhole: boolean;
  /** The axis the categories run along: 'y' lays bars across, labels down the side. */
  indexAxis: 'x' | 'y';
  /**
   * Where each value is printed on the drawing (charts/valueLabels.ts): over a column, past a bar's end,
   * inside a slice, or nowhere (the legend and the table carry it).
   */
  valueLabels: 'above' | 'end' | 'inside' | 'none';
  /** Where the value axis's title ("单位：亿元") sits: over the drawing, or under it at the right. */
  axisTitle: 'above' | 'below';
  /** One stated share against its remainder shows that share as the source writes it, in the ring's hole. */
  centreLabel: boolean;
  /** The ring's hole, as Chart.js's cutout; absent for a full disc or bars. */
  cutout?: string;
  /** How many characters fit on one category line, given how many categories share the axis. */
  lineLength(count: number): number;
  /** Logical width of the drawing in the brief's A4 figures (all are 520 high). */
  briefWidth: number;
}

const columnLine = (count: number) => Math.max(4, Math.floor(56 / Math.max(1, count)));

export const CHART_KINDS = {
  bar: {
    chartjs: 'bar',
    partOfWhole: false,
    indexAxis: 'x',
    valueLabels: 'above',
    axisTitle: 'above',
    centreLabel: false,
    lineLength: columnLine,
    briefWidth: 1200,
  },
  hbar: {
    chartjs: 'bar',
    partOfWhole: false,
    indexAxis: 'y',
    valueLabels: 'end',
    axisTitle: 'below',
    centreLabel: false,
    lineLength: () => 12,
    briefWidth: 1200,
  },
  doughnut: {
    chartjs: 'doughnut',
    partOfWhole: true,
    indexAxis: 'x',
    valueLabels: 'none',
    axisTitle: 'above',
    centreLabel: true,
    cutout: '64%',
    lineLength: columnLine,
    briefWidth: 520,
  },
  pie: {
    chartjs: 'pie',
    partOfWhole: true,
    indexAxis: 'x',
    valueLabels: 'none',
    axisTitle: 'above',
    centreLabel: false,
    lineLength: columnLine,
    briefWidth: 520,
  },
} as const satisfies Record<string, ChartKind>;

export type ChartType = keyof typeof CHART_KINDS;

/** Every chart type, in the table's order (the API's and the bundle's enumeration). */
export const CHART_TYPES = Object.keys(CHART_KINDS) as [ChartType, ...ChartType[]];

/** The entry for a chart type; undefined for a type this version does not know (a hand-edited store). */
export function chartKind(type: string): ChartKind | undefined {
  return Object.hasOwn(CHART_KINDS, type) ? (CHART_KINDS as Record<string, ChartKind>)[type] : undefined;
}

/** The entry for a known chart type, seen through the common interface. */
export const kindOf = (type: ChartType): ChartKind => CHART_KINDS[type];
