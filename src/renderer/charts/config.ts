/** Chart.js configuration from a chart model and the theme. Sizes are logical pixels of the 1920×1080 slide. */
import type { ChartConfiguration } from 'chart.js';
import { kindOf } from '../../shared/chart-kinds';
import { formatNumber } from '../../shared/format';
import { BUNDLED_FONT } from '../lib/fonts';
import { t } from '../lib/i18n';
import type { ChartModel } from './build';

export const CHART_FONT = BUNDLED_FONT;
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
  derivedFill: string | CanvasPattern;
}

/** Side of the square tile the derived-bar hatching repeats. */
export const HATCH_TILE = 18;

/** Paint one tile of the diagonal hatching on `g` (a canvas, or svgcanvas for print). */
export function paintHatchTile(
  g: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect' | 'strokeStyle' | 'lineWidth' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'>,
  stripe: string,
  ground: string,
): void {
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

/** Diagonal hatching for derived bars (a 2D pattern; falls back to the plain colour without a DOM). */
export function hatch(stripe: string, ground: string): string | CanvasPattern {
  if (typeof document === 'undefined') return ground;
  const tile = document.createElement('canvas');
  tile.width = tile.height = HATCH_TILE;
  const g = tile.getContext('2d');
  if (!g) return ground;
  paintHatchTile(g, stripe, ground);
  return g.createPattern(tile, 'repeat') ?? ground;
}

/** Theme colours from the CSS custom properties in app.css (the one place colours are defined). */
export function readTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const slices = v('--chart-slices', '#5ea8ff, #f2c14e, #56c7a8, #e57a6b')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    bar: v('--chart-bar', '#5ea8ff'),
    text: v('--chart-text', '#f4f6fa'),
    muted: v('--chart-muted', '#a7b2c4'),
    grid: v('--chart-grid', 'rgba(255,255,255,0.1)'),
    slices,
    remainder: v('--chart-remainder', '#3a4658'),
    inside: v('--slide-bg-2', '#08101c'),
    derivedFill: hatch(v('--chart-derived-stripe', 'rgba(94,168,255,0.55)'), v('--chart-derived-ground', 'rgba(94,168,255,0.12)')),
  };
}

/** One live query for the page: a new matchMedia per chart left its parsed query behind (a heap snapshot). */
let reducedMotion: MediaQueryList | null | undefined;

export function prefersReducedMotion(): boolean {
  reducedMotion ??= typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  return reducedMotion?.matches ?? false;
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

export function chartConfig(model: ChartModel, theme: ChartTheme, reducedMotion: boolean): ChartConfiguration {
  const font = (size: number, weight = 400) => ({ family: CHART_FONT, size, weight });
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
        return ` ${partOfWhole ? (row.figureText ?? '') : row.formula ? row.display + t(model.lang, 'paren', { x: row.formula }) : row.display}`;
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
          right: horizontal ? 140 : 8,
          left: horizontal && model.rows.some((r) => r.value < 0) ? 140 : 0,
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
          family: CHART_FONT,
          size: 32,
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
