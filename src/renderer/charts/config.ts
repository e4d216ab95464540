/** Chart.js configuration from a chart model and the theme. Sizes are logical pixels of the 1920×1080 slide. */
import type { ChartConfiguration, ChartType as CjsType } from 'chart.js';
import { formatNumber } from '../../shared/format';
import type { ChartModel } from './build';

export const CHART_FONT = '"Noto Sans SC", sans-serif';
/** Longest animation allowed anywhere in the app (ms). */
export const MAX_ANIMATION_MS = 300;

export interface ChartTheme {
  bar: string;
  text: string;
  muted: string;
  grid: string;
  slices: string[];
  inside: string;
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
    inside: v('--slide-bg-2', '#08101c'),
  };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** All text a chart will draw, so the font subsets can be loaded before the first paint. */
export function chartText(model: ChartModel): string {
  return [model.title, model.axisTitle, '0123456789.,-%', ...model.rows.flatMap((r) => [r.label, r.display])].join('');
}

const cjsType = (model: ChartModel): CjsType => (model.type === 'hbar' ? 'bar' : model.type);

export function chartConfig(model: ChartModel, theme: ChartTheme, reducedMotion: boolean): ChartConfiguration {
  const font = (size: number, weight = 400) => ({ family: CHART_FONT, size, weight });
  const animation = reducedMotion ? (false as const) : { duration: MAX_ANIMATION_MS };
  const tooltip = {
    titleFont: font(24, 700),
    bodyFont: font(24),
    padding: 14,
    callbacks: { label: (item: { dataIndex: number }) => ` ${model.rows[item.dataIndex]?.display ?? ''}` },
  };
  const data = {
    labels: model.rows.map((r) => (r.lines.length > 1 ? r.lines : r.label)),
    datasets: [{ label: model.title, data: model.rows.map((r) => r.value) }],
  };

  if (model.type === 'doughnut' || model.type === 'pie') {
    return {
      type: cjsType(model),
      data: {
        ...data,
        labels: model.rows.map((r) => r.label),
        datasets: [
          {
            ...data.datasets[0],
            backgroundColor: model.rows.map((_, i) => theme.slices[i % theme.slices.length] as string),
            borderColor: theme.inside,
            borderWidth: 4,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        layout: { padding: 16 },
        plugins: {
          legend: {
            position: 'right',
            labels: { color: theme.text, font: font(28), boxWidth: 28, boxHeight: 28, padding: 24 },
          },
          tooltip,
          title: { display: false },
          valueLabels: { labels: model.rows.map((r) => r.display), insideColor: theme.inside, family: CHART_FONT, size: 30 },
        },
      },
    };
  }

  const horizontal = model.type === 'hbar';
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
    type: 'bar',
    data: {
      ...data,
      datasets: [
        {
          ...data.datasets[0],
          backgroundColor: theme.bar,
          borderRadius: 6,
          maxBarThickness: horizontal ? 72 : 150,
          categoryPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation,
      layout: { padding: { top: 8, right: horizontal ? 140 : 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: false },
        tooltip,
        title: { display: false },
        valueLabels: { labels: model.rows.map((r) => r.display), color: theme.text, family: CHART_FONT, size: 32 },
      },
    },
  };
}
