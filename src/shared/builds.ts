/**
 * Builds (reveal.js fragments, PowerPoint's "appear on click"): a slide whose body says `build: 'items'`
 * shows its items one click at a time — KPI cards, comparison columns, text paragraphs (list items) or the
 * chart's bars and slices. The slide's steps are counted here, from its content alone, by the hub (main
 * process) and by every window alike: step 0 shows none of the items, step n (the count) the finished slide.
 */
import { drawnLayout } from './slide-layouts';
import type { Slide, SlideBody } from './types';

type Built = Pick<Slide, 'layout' | 'body' | 'chart'>;

/** The build modes a slide may have: none (the slide appears whole) or its items one by one. */
export const BUILD_MODES = ['none', 'items'] as const;
export type BuildMode = (typeof BUILD_MODES)[number];

export const buildMode = (body: SlideBody): BuildMode => (body.build === 'items' ? 'items' : 'none');

/** How many items the slide's layout draws that can build (whether or not the slide builds). */
export function buildItems(slide: Built): number {
  switch (drawnLayout(slide)) {
    case 'kpi':
      return slide.body.kpis?.length ?? 0;
    case 'comparison':
      return slide.body.columns?.length ?? 0;
    case 'text':
      return slide.body.paragraphs?.length ?? 0;
    case 'chart':
      return slide.chart?.series.length ?? 0;
    default:
      return 0;
  }
}

/** The slide's build steps: 0 for a slide that appears whole, else one per item. */
export function buildSteps(slide: Built): number {
  return buildMode(slide.body) === 'items' ? buildItems(slide) : 0;
}

/**
 * How many items of the slide at `i` are shown when the show is at slide `index`, step `step`: the
 * current slide at its step; a slide ahead as it is entered (none yet); a slide behind as it is left
 * (finished). `Infinity` for "all".
 */
export function shownItems(i: number, index: number, step: number, steps: number): number {
  if (steps <= 0) return Infinity;
  if (i === index) return Math.min(step, steps) >= steps ? Infinity : Math.max(0, step);
  return i > index ? 0 : Infinity;
}
