/**
 * Charts on a scaled stage draw at the pixels they are shown at. A slide is laid out at 1920×1080 and
 * scaled to its window (Stage.svelte); a canvas sized in layout pixels would hold 1920-wide bitmaps
 * even in a 1280-wide window, which cost drawing time and a copy on every switch, then get resampled.
 * The stage provides its scale; a chart multiplies it with the window's devicePixelRatio.
 */
import { getContext, setContext } from 'svelte';

const STAGE_SCALE = Symbol('stage-scale');

/** Called by the stage: `scale` is its current CSS scale factor (0 before it is measured). */
export function provideStageScale(scale: () => number): void {
  setContext(STAGE_SCALE, scale);
}

/** The stage scale in force for a chart created here (1 outside a stage). Call during component init. */
export function stageScale(): () => number {
  const get = getContext<(() => number) | undefined>(STAGE_SCALE);
  return () => get?.() || 1;
}

/** Chart.js devicePixelRatio for a canvas shown at `scale` on a screen of `dpr`; never below a quarter. */
export function chartPixelRatio(scale: number, dpr: number): number {
  return Math.max(0.25, scale * (dpr || 1));
}
