/**
 * What a window draws its slides at, as it reports it to the main process ('window.geometry'): the box its
 * stage is fitted into, the screen's device pixel ratio, its language and theme. The main process keeps the
 * last one (a row of the store's meta table) and makes the picture of the first chart for it, off the open
 * path (main/charts/picture-refresh.ts): the next window of that size shows the chart in its first frame.
 * Pure: the renderer's stage (views/common/Stage.svelte, charts/pixel-ratio.ts) and main work the chart's
 * pixel ratio out from it with the same functions, so the two numbers are the same float.
 */
/** The stage's logical size: a slide is laid out at this size and scaled to its box. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** Its request schema is api.ts's 'window.geometry' (zod stays out of the renderer's chart code). */
export interface WindowGeometry {
  /** The window's viewport (CSS pixels). */
  windowWidth: number;
  windowHeight: number;
  /** The content box the stage is fitted into (CSS pixels, fractional as laid out). */
  stageWidth: number;
  stageHeight: number;
  /** window.devicePixelRatio: the screen's scale factor times the page's zoom. */
  dpr: number;
  lang: 'zh' | 'en';
  theme: 'projector' | 'paper';
}

/** The stage's CSS scale in a box of `width` × `height` (0 before it is measured), as Stage.svelte sets it. */
export function stageScaleIn(width: number, height: number): number {
  return width > 0 && height > 0 ? Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT) : 0;
}

/** Chart.js devicePixelRatio for a canvas shown at `scale` on a screen of `dpr`; never below a quarter. */
export function chartPixelRatio(scale: number, dpr: number): number {
  return Math.max(0.25, scale * (dpr || 1));
}

/** The pixel ratio a window of `g` draws its stage's charts at. */
export function geometryChartRatio(g: WindowGeometry): number {
  return chartPixelRatio(stageScaleIn(g.stageWidth, g.stageHeight) || 1, g.dpr);
}

/** A window the desktop main process creates: its content size (CSS pixels) and its display's scale factor. */
export interface PlannedWindow {
  width: number;
  height: number;
  scaleFactor: number;
}

/**
 * The geometry a window of `planned`'s size will draw at, from the one a window last reported: the same
 * room around the stage (the deck view's stage fills its window, so none, but the difference is kept as
 * reported), the display's scale factor as its pixel ratio (no page zoom), the same language and theme.
 * The desktop app opens its deck window at a size of its own at every start, whatever size the last
 * window was resized to: the first chart's picture is made for that window.
 */
export function geometryForWindow(reported: WindowGeometry, planned: PlannedWindow): WindowGeometry {
  const around = { width: reported.windowWidth - reported.stageWidth, height: reported.windowHeight - reported.stageHeight };
  return {
    windowWidth: planned.width,
    windowHeight: planned.height,
    stageWidth: Math.max(0, planned.width - around.width),
    stageHeight: Math.max(0, planned.height - around.height),
    dpr: planned.scaleFactor,
    lang: reported.lang,
    theme: reported.theme,
  };
}
