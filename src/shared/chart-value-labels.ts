/**
 * A tiny inline plugin that prints each value on its bar or slice (no external datalabels package).
 * The strings come pre-formatted (formatValue) from the chart model; the plugin only places them, where
 * the chart kind says (chart-kinds.ts, through chart-config.ts). In src/shared: the main process draws a
 * window's first chart with it too (main/charts/chart-picture.ts); renderer/charts/valueLabels.ts re-exports it.
 */
import type { ArcElement, BarElement, Chart, Plugin } from 'chart.js';
import type { ValueLabelOptions } from './chart-config';
import { shownOn } from './chart-build-reveal';

const GAP = 12;

export const valueLabels: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args, options: ValueLabelOptions) {
    const labels = options.labels;
    const placement = options.placement ?? 'above';
    if (!labels?.length || placement === 'none') return;
    const meta = chart.getDatasetMeta(0);
    if (meta.hidden) return;
    const { ctx } = chart;
    const shown = shownOn(chart.canvas);
    ctx.save();
    ctx.font = `${options.weight ?? 700} ${options.size ?? 28}px ${options.family ?? 'sans-serif'}`;
    meta.data.forEach((el, i) => {
      const text = labels[i];
      if (!text || !chart.getDataVisibility(i) || i >= shown) return;
      if (placement === 'inside') {
        const { x, y } = (el as unknown as ArcElement).tooltipPosition(false);
        ctx.fillStyle = options.insideColor ?? '#000';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, x, y);
        return;
      }
      const bar = el as unknown as BarElement;
      const { x, y, base } = bar.getProps(['x', 'y', 'base'], false) as { x: number; y: number; base: number };
      ctx.fillStyle = options.colors?.[i] ?? options.color ?? '#fff';
      // A decline is a bar below (or left of) zero: its label goes past the bar's end on that side, unless it would
      // leave the plot for the category labels ("-31.9%" over 煤炭开采及洗选业, 大武口 2022): then on the other side of
      // zero, its row's empty side.
      const below = Number(chart.data.datasets[0]?.data[i]) < 0;
      const area = chart.chartArea;
      if (placement === 'end') {
        const flip = below && !!area && x - GAP - ctx.measureText(text).width < area.left;
        ctx.textAlign = below && !flip ? 'right' : 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, flip ? base + GAP : below ? x - GAP : x + GAP, y);
      } else {
        const flip = below && !!area && y + GAP + (options.size ?? 28) > area.bottom;
        ctx.textAlign = 'center';
        ctx.textBaseline = below && !flip ? 'top' : 'bottom';
        ctx.fillText(text, x, flip ? base - GAP : below ? y + GAP : y - GAP);
      }
    });
    ctx.restore();
  },
};
