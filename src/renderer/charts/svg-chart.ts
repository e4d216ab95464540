/**
 * Charts for print as vector graphics: the same Chart.js configuration the slides use, drawn through
 * svgcanvas (a 2D context that writes SVG) with animation off, so a printed chart is paths and <text>
 * — sharp at any zoom and its labels extractable — and never a frame caught mid-animation.
 */
import { BasicPlatform, type ChartConfiguration } from 'chart.js';
import { Context } from 'svgcanvas';
import type { ChartModel } from './build';
import { chartConfig, HATCH_TILE, paintHatchTile, readTheme, type ChartTheme } from './config';
import { Chart } from './register';

function svgHatch(ctx: Context, stripe: string, ground: string): CanvasPattern {
  const tile = new Context({ width: HATCH_TILE, height: HATCH_TILE });
  paintHatchTile(tile, stripe, ground);
  return ctx.createPattern(tile, 'repeat') as CanvasPattern;
}

/** What a print chart reads from the page: `el`'s theme (print.css's paper palette) and its hatching colours. */
export interface PrintTheme {
  theme: ChartTheme;
  stripe: string;
  ground: string;
}

/** Read the theme of `el`: a style read only, so a batch of charts can read all before any draws (drawings.ts). */
export function readPrintTheme(el: Element): PrintTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    theme: readTheme(el),
    stripe: v('--chart-derived-stripe', 'rgba(47,111,181,0.55)'),
    ground: v('--chart-derived-ground', 'rgba(47,111,181,0.1)'),
  };
}

/** Draw `model` at width × height logical pixels as a self-contained <svg> that scales to its box. */
export function drawSvgChart(model: ChartModel, read: PrintTheme, width: number, height: number): SVGSVGElement {
  const ctx = new Context({ width, height });
  // Chart.js asks its item for .canvas (svgcanvas points it at itself) and the platform for getContext.
  const item = Object.assign(ctx, { getContext: () => ctx });
  // The hatching of derived bars as an SVG pattern (a bitmap CanvasPattern would not survive in SVG).
  const base = chartConfig(model, { ...read.theme, derivedFill: svgHatch(ctx, read.stripe, read.ground) }, true);
  const config: ChartConfiguration = {
    ...base,
    platform: BasicPlatform,
    options: { ...base.options, animation: false, responsive: false, devicePixelRatio: 1, events: [] },
  };
  const chart = new Chart(item as unknown as CanvasRenderingContext2D, config);
  const svg = ctx.getSvg().cloneNode(true) as SVGSVGElement;
  chart.destroy();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}
