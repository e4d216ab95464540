/**
 * Chart.js configuration from a chart model and the theme's colours. Sizes are logical pixels of the
 * 1920×1080 slide. Pure (Chart.js's types only): the renderer draws it live (charts/config.ts), and the main
 * process draws a window's first chart with it (main/charts/chart-picture.ts), the same chart by construction.
 */
import type { ChartConfiguration, ChartType } from 'chart.js';
import { kindOf, type ChartKind } from './chart-kinds';
import type { ChartModel } from './chart-model';
import { chartWord } from './chart-words';
import { formatNumber } from './format';

/** The value labels plugin's options (renderer/charts/valueLabels.ts, which draws them). */
export interface ValueLabelOptions {
  /** One string per data point, in data order. */
  labels?: string[];
  /** Over a column, past a bar's end, inside a slice, or nowhere. */
  placement?: ChartKind['valueLabels'];
  color?: string;
  /** Per-point colours (e.g. muted for derived values); `color` where missing. */
  colors?: string[];
  /** Colour for labels drawn inside slices (placement "inside"). */
  insideColor?: string;
  family?: string;
  size?: number;
  weight?: number;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions & { _type?: TType };
  }
}

/** Longest animation allowed anywhere in the app (ms). */
export const MAX_ANIMATION_MS = 300;

export interface ChartTheme {
  bar: string;
  text: string;
  muted: string;
  grid: string;
  slices: string[];
  /** The remainder slice of a part-of-whole chart ("全球其他地区"): present, but quiet. */
  remainder: string;
  inside: string;
  /** Fill of a derived bar: hatched in a lighter tone of `bar`, so it never reads as a stated value. */
  derivedFill: string | ChartPattern;
}

/** A canvas pattern (the DOM's CanvasPattern, or @napi-rs/canvas's in the main process). */
export interface ChartPattern {
  setTransform(transform?: never): void;
}

/** What paintHatchTile draws with: a 2D context (a canvas's, svgcanvas's for print, @napi-rs/canvas's). */
export interface HatchPen {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** Side of the square tile the derived-bar hatching repeats. */
export const HATCH_TILE = 18;

/** Paint one tile of the diagonal hatching on `g` (a canvas, or svgcanvas for print). */
export function paintHatchTile(g: HatchPen, stripe: string, ground: string): void {
  const size = HATCH_TILE;
  g.fillStyle = ground;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = stripe;
  g.lineWidth = 4;
  g.beginPath();
  for (const o of [-size, 0, size]) {
    g.moveTo(o, size);
    g.lineTo(o + size, 0);
  }
  g.stroke();
}

/** The value labels' size on a bar chart (valueLabels' `size`), in the chart's pixels. */
const VALUE_LABEL_SIZE = 32;

/**
 * Room past the bars' ends for the widest value label of `rows` (at least 140 px, as a plain "1000亿元" needs): a
 * label with its qualifier ("超过1000亿元", "7.5%左右") is wider and is never cut at the chart's edge. Estimated
 * without a canvas (this runs where none is): a Chinese character an em, any other character 0.6 em, bold.
 */
function labelRoom(rows: readonly Pick<ChartModel['rows'][number], 'display'>[]): number {
  const width = (text: string) => Array.from(text).reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6), 0);
  const widest = Math.max(0, ...rows.map((r) => width(r.display)));
  return Math.max(140, Math.ceil(widest * VALUE_LABEL_SIZE) + 16);
}

/** All text a chart will draw, so the font subsets can be loaded before the first paint. */
export function chartText(model: ChartModel): string {
  return [
    model.title,
    model.axisTitle,
    '0123456789.,-%',
    ...model.rows.flatMap((r) => [r.label, r.display, r.figureText ?? '', r.formula ?? '']),
  ].join('');
}

/**
 * The Chart.js configuration of `model` in `theme`, its text in the font family `family` (the renderer: the
 * bundled Noto Sans SC by name; the main process: the same font files as it registered them).
 */
export function chartConfigIn(model: ChartModel, theme: ChartTheme, reducedMotion: boolean, family: string): ChartConfiguration {
  const font = (size: number, weight = 400) => ({ family, size, weight });
  const kind = kindOf(model.type);
  const partOfWhole = kind.partOfWhole;
  const animation = reducedMotion ? (false as const) : { duration: MAX_ANIMATION_MS };
  const tooltip = {
    titleFont: font(24, 700),
    bodyFont: font(24),
    padding: 14,
    callbacks: {
      // A slice shows the share as the source writes it; a computed remainder shows no number.
      label: (item: { dataIndex: number }) => {
        const row = model.rows[item.dataIndex];
        if (!row) return '';
        return ` ${partOfWhole ? (row.figureText ?? '') : row.formula ? row.display + chartWord(model.lang, 'paren', { x: row.formula }) : row.display}`;
      },
    },
  };
  const data = {
    labels: model.rows.map((r) => (r.lines.length > 1 ? r.lines : r.label)),
    datasets: [{ label: model.title, data: model.rows.map((r) => r.value) }],
  };

  if (partOfWhole) {
    return {
      type: kind.chartjs,
      data: {
        ...data,
        labels: model.rows.map((r) => r.label),
        datasets: [
          {
            ...data.datasets[0],
            backgroundColor: sliceColours(model, theme),
            borderColor: theme.inside,
            borderWidth: 4,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        layout: { padding: 8 },
        ...(kind.cutout ? { cutout: kind.cutout } : {}),
        plugins: {
          // The legend and the centre label are HTML beside and inside the ring (Chart.svelte); no Legend or
          // Title plugin is registered (register.ts).
          tooltip,
          valueLabels: { placement: kind.valueLabels, labels: kind.valueLabels === 'none' ? [] : model.rows.map((r) => r.display) },
        },
      },
    };
  }

  const horizontal = kind.indexAxis === 'y';
  const valueAxis = {
    beginAtZero: true,
    grace: '12%',
    grid: { color: theme.grid },
    border: { display: false },
    // Officials write 6023, not 6,023: ticks go through the shared formatter, not the locale.
    ticks: { color: theme.muted, font: font(22), maxTicksLimit: 6, callback: (v: number | string) => formatNumber(Number(v)) },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.text, font: font(26), maxRotation: 0, autoSkip: false },
  };
  return {
    type: kind.chartjs,
    data: {
      ...data,
      datasets: [
        {
          ...data.datasets[0],
          backgroundColor: model.rows.map((r) => (r.formula ? theme.derivedFill : theme.bar)),
          borderColor: model.rows.map((r) => (r.formula ? theme.bar : 'transparent')),
          borderWidth: model.rows.map((r) => (r.formula ? 3 : 0)),
          borderRadius: 6,
          maxBarThickness: horizontal ? 72 : 150,
          categoryPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: kind.indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation,
      // Room for the value labels past the bars' ends, on the left too when a bar shows a decline.
      layout: {
        padding: {
          top: 8,
          right: horizontal ? labelRoom(model.rows.filter((r) => r.value >= 0)) : 8,
          left: horizontal && model.rows.some((r) => r.value < 0) ? labelRoom(model.rows.filter((r) => r.value < 0)) : 0,
          bottom: !horizontal && model.rows.some((r) => r.value < 0) ? 48 : 0,
        },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip,
        valueLabels: {
          placement: kind.valueLabels,
          labels: model.rows.map((r) => r.display),
          colors: model.rows.map((r) => (r.formula ? theme.muted : theme.text)),
          family,
          size: VALUE_LABEL_SIZE,
        },
      },
    },
  };
}

/** Stored shares in the palette; the computed remainder in its quiet colour. */
export function sliceColours(model: ChartModel, theme: Pick<ChartTheme, 'slices' | 'remainder'>): string[] {
  let i = 0;
  return model.rows.map((r) =>
    r.figureId === null && r.formula === null ? theme.remainder : (theme.slices[i++ % theme.slices.length] ?? theme.remainder),
  );
}
