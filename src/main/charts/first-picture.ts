/**
 * The picture of a window's first chart, served in the app page with its first answer (web/first-page.ts):
 * made by the main process in a worker thread (picture-maker.ts) and kept beside the store, looked up here
 * by its key (a hash and two file reads: nothing is drawn on the open path). When none is kept yet, it is
 * made now, off the open path, for the next window: that one shows the chart complete in its first frame
 * before the window has run Chart.js (issue #24), a first start after install included once the picture
 * has been made.
 *
 * Main cannot know the window: it assumes the bridge's (the app at 1600 × 900, the 1920 × 1080 stage
 * scaled to it, at device pixel ratio 1), Chinese, and the default theme. The window draws the picture only
 * when the model, colours, box, bitmap, ratio and fonts are its own (renderer/charts/picture-cache.ts);
 * any other window draws the chart live, as it always did.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FirstPicture, InlineOpen } from '../../shared/first-open';
import { cssChartTheme, type CssTheme } from './css-theme';
import { ChartPictureMaker } from './picture-maker';
import { chartPictureOrder } from './picture-order';

/** Chart.js's pixel ratio in the bridge's window: the stage's scale (1600 / 1920) at device ratio 1. */
export const BRIDGE_RATIO = 1600 / 1920;

/** The folder of a store's chart pictures: beside it; none for a store in memory. */
export function pictureDirOf(storePath: string): string | null {
  return storePath === ':memory:' ? null : join(dirname(storePath), 'chart-pictures');
}

const makers = new Map<string, ChartPictureMaker>();
const makerOf = (dir: string) => makers.get(dir) ?? makers.set(dir, new ChartPictureMaker(dir)).get(dir)!;

const themes = new Map<string, CssTheme | null>();

/** The default theme's chart colours in the built app page's stylesheet (read once per folder), or null. */
function builtTheme(rendererDir: string): CssTheme | null {
  if (themes.has(rendererDir)) return themes.get(rendererDir) ?? null;
  let theme: CssTheme | null = null;
  try {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    const href = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/.exec(html)?.[1];
    if (href) theme = cssChartTheme(readFileSync(join(rendererDir, href), 'utf8'));
  } catch {
    theme = null;
  }
  themes.set(rendererDir, theme);
  return theme;
}

/**
 * The picture to serve with `inline` (its slide's chart, made earlier), or undefined; when none is kept,
 * it is made for the next window, off the open path.
 */
export function firstPicture(inline: InlineOpen, rendererDir: string, pictureDir: string): FirstPicture | undefined {
  const { report, figures, deck, presentation } = inline.answer;
  const slide = presentation && deck?.slides[presentation.index];
  if (!report || !slide?.chart) return undefined;
  const theme = builtTheme(rendererDir);
  if (!theme) return undefined;
  const order = chartPictureOrder(slide, report, new Map(figures.map((f) => [f.id, f])), theme, BRIDGE_RATIO);
  if (!order) return undefined;
  const maker = makerOf(pictureDir);
  const kept = maker.kept(order);
  if (kept === null) {
    maker.make(order).catch(() => {}); // the next window draws live if it cannot be made
    return undefined;
  }
  if (kept === 'live') return undefined;
  return {
    model: order.model,
    colours: theme.chart,
    derived: theme.derived,
    box: kept.box,
    ratio: order.ratio,
    bitmapWidth: kept.bitmapWidth,
    bitmapHeight: kept.bitmapHeight,
    png: `data:image/png;base64,${kept.png.toString('base64')}`,
  };
}

/** Let every picture thread go (a closing process). */
export async function closePictureMakers(): Promise<void> {
  await Promise.all([...makers.values()].map((m) => m.close()));
  makers.clear();
}
