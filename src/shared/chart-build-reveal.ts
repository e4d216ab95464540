/**
 * Builds on a chart (shared/builds.ts): only its first `shown` bars or slices are drawn, the rest keep their
 * place (axes, ring and layout stay as on the finished chart, so nothing moves when the next one appears).
 * Elements past `shown` are hidden for the drawing only — a doughnut's angles are worked out with all of
 * them — and the value labels (valueLabels.ts) skip them too. Keyed by canvas, so it is set before the
 * chart's first drawing. In src/shared with the value labels (chart-value-labels.ts), which skip what it hides.
 */
import type { Chart, Plugin } from 'chart.js';

/** Keyed by the chart's canvas (any object: a DOM canvas, or @napi-rs/canvas's in the main process). */
const shownByCanvas = new WeakMap<object, number>();

/** How many data points of the chart on `canvas` are drawn (Infinity: all). */
export const shownOn = (canvas: object | null | undefined): number => (canvas && shownByCanvas.get(canvas)) ?? Infinity;

export function setShown(canvas: object, shown: number): void {
  if (shown === Infinity) shownByCanvas.delete(canvas);
  else shownByCanvas.set(canvas, shown);
}

export const buildReveal: Plugin = {
  id: 'buildReveal',
  beforeDatasetDraw(chart: Chart, args) {
    const shown = shownOn(chart.canvas);
    if (shown === Infinity) return;
    args.meta.data.forEach((el, i) => {
      if (i >= shown) (el as { hidden?: boolean }).hidden = true;
    });
  },
  afterDatasetDraw(chart: Chart, args) {
    if (shownOn(chart.canvas) === Infinity) return;
    for (const el of args.meta.data) (el as { hidden?: boolean }).hidden = false;
  },
};
