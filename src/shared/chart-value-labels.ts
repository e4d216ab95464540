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
      const { x, y } = bar.getProps(['x', 'y'], false) as { x: number; y: number };
      ctx.fillStyle = options.colors?.[i] ?? options.color ?? '#fff';
      // A decline is a bar below (or left of) zero: its label goes past the bar's end on that side.
      const below = Number(chart.data.datasets[0]?.data[i]) < 0;
      if (placement === 'end') {
        ctx.textAlign = below ? 'right' : 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, below ? x - GAP : x + GAP, y);
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = below ? 'top' : 'bottom';
        ctx.fillText(text, x, below ? y + GAP : y - GAP);
      }
    });
    ctx.restore();
  },
};
