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

// Chart.js devicePixelRatio for a canvas shown at `scale` on a screen of `dpr`: shared with the main
// process, which makes the first chart's picture at the ratio a window reported (shared/window-geometry.ts).
export { chartPixelRatio } from '../../shared/window-geometry';
