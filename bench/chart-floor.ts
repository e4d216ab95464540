/**
 * The first slide's Chart.js floor: the least any page can do to show the first chart slide drawn by
 * Chart.js. It is the static floor's page (saved DOM and CSS) with the chart's <img> swapped back for a
 * canvas, plus one script (chart-floor-page.ts, bundled here by Vite as the app's renderer is) that draws
 * the chart with the app's own Chart.js build and config from the chart's model embedded in the page.
 *
 * The static floor has no script at all; the app must also fetch its data over the bridge and build the
 * page with Svelte. This page sits between them: its ratio to the static floor is the part of the
 * first-slide time that loading and running Chart.js costs on this machine, whatever the app does.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { createHandlers } from '../src/main/api/handlers';
import type { Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { buildChart, type ChartModel } from '../src/renderer/charts/build';
import { figureMap } from '../src/renderer/state/font-prefetch';
import { ROOT } from './lib';

/** Where the static server serves the page, and the script that page loads. */
export const CHART_FLOOR_PAGE = '/chart.html';
const CHART_FLOOR_SCRIPT = '/chart-floor.js';

/** The canvas's id; chart-floor-page.ts, which runs in the browser, spells it out too. */
const CANVAS_ID = 'chart-floor-canvas';

/** True in the page once its chart is drawn (chart-floor-page.ts marks the canvas as Chart.svelte does). */
export const CHART_FLOOR_DRAWN = `document.getElementById('${CANVAS_ID}')?.dataset.drawn === 'true'`;

/** The page and its script, by path, for staticServer: slide `index` of `deckId` on the saved `floorHtml`. */
export async function chartFloorFiles(floorHtml: string, store: Store, deckId: number, index: number): Promise<[string, string][]> {
  return [
    [CHART_FLOOR_PAGE, chartFloorHtml(floorHtml, await chartModelOf(store, deckId, index), CHART_FLOOR_SCRIPT)],
    [CHART_FLOOR_SCRIPT, await chartFloorScript()],
  ];
}

/** The page script, minified into one file (Chart.js included), as text. */
async function chartFloorScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: resolve(ROOT, 'bench/chart-floor-page.ts') },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`chart floor: the page script bundled into ${chunks.length} chunks, want 1`);
  return chunks[0].code;
}

/** The chart model of slide `index` (0-based) of `deckId`, from the store, as the app builds it. */
async function chartModelOf(store: Store, deckId: number, index: number): Promise<ChartModel> {
  const handlers = createHandlers(store, 'bench');
  const deck = getDeck(store.db, deckId);
  if (!deck) throw new Error(`chart floor: no deck ${deckId}`);
  const slide = deck.slides[index];
  if (!slide?.chart) throw new Error(`chart floor: slide ${index + 1} of deck ${deckId} has no chart`);
  return buildChart(slide.chart, figureMap(await handlers['figure.list']({ reportId: deck.reportId })));
}

/** Width in pixels of a PNG given as a data: URL (its IHDR chunk), or NaN. */
function pngWidth(dataUrl: string): number {
  const m = /^data:image\/png;base64,(.{32})/.exec(dataUrl);
  return m ? Buffer.from(m[1], 'base64').readUInt32BE(16) : NaN;
}

/**
 * The static floor's page with its one chart <img> (a canvas's bitmap, see snapshot()) made a canvas
 * again, drawn at the bitmap's pixel ratio, and the model and script that draw it.
 */
function chartFloorHtml(floorHtml: string, model: ChartModel, scriptPath: string): string {
  // The chart's bitmap (the ink layer's canvas over the stage is saved too, as an empty image).
  const imgs = floorHtml.match(/<img[^>]*\bdata-chart-type="[^"]*"[^>]*>/g) ?? [];
  if (imgs.length !== 1) throw new Error(`chart floor: the saved slide has ${imgs.length} charts, want 1`);
  const img = imgs[0];
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(img)?.[1] ?? '';
  const cssWidth = Number(/width:\s*([\d.]+)px/.exec(attr('style'))?.[1]);
  const ratio = pngWidth(attr('src')) / cssWidth;
  if (!Number.isFinite(ratio) || ratio <= 0) throw new Error('chart floor: cannot tell the saved chart bitmap’s pixel ratio');
  const canvas = `<canvas id="${CANVAS_ID}" class="${attr('class')}" style="${attr('style')}" data-pixel-ratio="${ratio}"></canvas>`;
  const json = JSON.stringify(model).replace(/</g, '\\u003c');
  return floorHtml
    .replace(img, canvas)
    .replace(
      /<\/head>/i,
      `<script type="application/json" id="chart-floor-model">${json}</script><script type="module" src="${scriptPath}"></script></head>`,
    );
}
