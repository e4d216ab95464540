/**
 * The chart configuration as the renderer draws it: the pure builder (shared/chart-config.ts) in the bundled
 * font, with the theme's colours read from the CSS custom properties in app.css.
 */
import type { ChartConfiguration } from 'chart.js';
import { chartConfigIn, paintHatchTile, HATCH_TILE, type ChartTheme } from '../../shared/chart-config';
import { BUNDLED_FONT } from '../lib/fonts';
import type { ChartModel } from './build';

export { chartText, HATCH_TILE, MAX_ANIMATION_MS, paintHatchTile, sliceColours, type ChartTheme } from '../../shared/chart-config';

export const CHART_FONT = BUNDLED_FONT;

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

/** The chart's configuration in the bundled font. */
export function chartConfig(model: ChartModel, theme: ChartTheme, reducedMotion: boolean): ChartConfiguration {
  return chartConfigIn(model, theme, reducedMotion, CHART_FONT);
}
