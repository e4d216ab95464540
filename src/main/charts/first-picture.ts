/**
 * The picture of a window's first chart, served in the app page with its first answer (web/first-page.ts):
 * made by the main process in a worker thread (picture-maker.ts) and kept beside the store, looked up here
 * by its key (a hash and two file reads: nothing is drawn on the open path). It is made ahead, for the
 * geometry the app's windows last reported (shared/window-geometry.ts: stage box, device pixel ratio,
 * language, theme), at start and after every change to what the first slide shows (picture-refresh.ts),
 * so the next window shows the chart complete in its first frame before it has run Chart.js (issue #24).
 * When none is kept for that geometry, it is made now, off the open path, for the next window.
 *
 * The window draws the picture only when the model, colours, box, bitmap, ratio, fonts and the build of
 * the chart code are its own (renderer/charts/picture-cache.ts); any other window (another size, another
 * screen, English, another theme) draws the chart live, as it always did. No geometry reported yet: none.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FirstPicture, InlineOpen } from '../../shared/first-open';
import { geometryChartRatio, type WindowGeometry } from '../../shared/window-geometry';
import { CHART_CODE_FILE } from '../../../scripts/vite/chart-code';
import { CHART_CODE } from './chart-code';
import { cssChartTheme, type CssTheme } from './css-theme';
import type { ChartPictureOrder } from './picture-key';
import { ChartPictureMaker } from './picture-maker';
import { chartPictureOrder } from './picture-order';

/** The folder of a store's chart pictures: beside it; none for a store in memory. */
export function pictureDirOf(storePath: string): string | null {
  return storePath === ':memory:' ? null : join(dirname(storePath), 'chart-pictures');
}

const makers = new Map<string, ChartPictureMaker>();
export const makerOf = (dir: string): ChartPictureMaker => makers.get(dir) ?? makers.set(dir, new ChartPictureMaker(dir)).get(dir)!;

const themes = new Map<string, CssTheme | null>();

/** `name`'s chart colours in the built app page's stylesheet (read once per folder and theme), or null. */
function builtTheme(rendererDir: string, name: WindowGeometry['theme']): CssTheme | null {
  const at = `${rendererDir}\u0000${name}`;
  if (themes.has(at)) return themes.get(at) ?? null;
  let theme: CssTheme | null = null;
  try {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    const href = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/.exec(html)?.[1];
    if (href) theme = cssChartTheme(readFileSync(join(rendererDir, href), 'utf8'), name);
  } catch {
    theme = null;
  }
  themes.set(at, theme);
  return theme;
}

const codes = new Map<string, boolean>();

/**
 * Whether the app page in `rendererDir` was built from this process's chart code (the file its build
 * writes beside it: scripts/vite/chart-code.ts). A page built from other code never gets main's picture,
 * nor is one made for it: it would not draw it.
 */
export function servesOwnChartCode(rendererDir: string): boolean {
  let own = codes.get(rendererDir);
  if (own === undefined) {
    try {
      own = readFileSync(join(rendererDir, CHART_CODE_FILE), 'utf8').trim() === CHART_CODE;
    } catch {
      own = false;
    }
    codes.set(rendererDir, own);
  }
  return own;
}

/**
 * What `inline`'s slide's chart looks like in a window of `geometry`, as a picture order, or null: no
 * geometry known, no chart on the slide, a window in English (main draws Chinese texts only), a theme
 * the stylesheet does not give, or a slide whose texts main cannot work out.
 */
export function firstPictureOrder(inline: InlineOpen, rendererDir: string, geometry: WindowGeometry | null): ChartPictureOrder | null {
  const { report, figures, deck, presentation } = inline.answer;
  const slide = presentation && deck?.slides[presentation.index];
  if (!geometry || geometry.lang !== 'zh' || !report || !slide?.chart || !servesOwnChartCode(rendererDir)) return null;
  const theme = builtTheme(rendererDir, geometry.theme);
  if (!theme) return null;
  return chartPictureOrder(slide, report, new Map(figures.map((f) => [f.id, f])), theme, geometryChartRatio(geometry));
}

/**
 * The picture to serve with `inline` (its slide's chart, made earlier), or undefined; when none is kept,
 * it is made for the next window, off the open path.
 */
export function firstPicture(
  inline: InlineOpen,
  rendererDir: string,
  pictureDir: string,
  geometry: WindowGeometry | null,
): FirstPicture | undefined {
  const order = firstPictureOrder(inline, rendererDir, geometry);
  if (!order) return undefined;
  const { theme } = order;
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
    code: CHART_CODE,
    png: `data:image/png;base64,${kept.png.toString('base64')}`,
  };
}

/** Let every picture thread go (a closing process). */
export async function closePictureMakers(): Promise<void> {
  await Promise.all([...makers.values()].map((m) => m.close()));
  makers.clear();
}
