/**
 * A chart drawn by the main process, with no window: the app's own Chart.js, configuration and plugins
 * (shared/chart-config.ts, chart-value-labels.ts) on @napi-rs/canvas (Skia, as Chromium's canvas) with the
 * bundled Noto Sans SC, so that a window's very first chart — a first start after install included — can be
 * shown complete before the window has run Chart.js (issue #24: the Chart.js floor alone is ~1.3× the static
 * floor). The same chart by construction; e2e/chart-picture-main.spec.ts compares it with the live one.
 *
 * Two things differ from a browser's canvas and are made to match here:
 * - the chart's size: a DOM chart takes its box's fractional layout size (DomPlatform, rounded to 0.1 px);
 *   a Node canvas has whole pixels. StillPlatform gives Chart.js the box as the DOM platform would.
 * - text baselines: Chart.js draws with 'top', 'middle' and 'bottom', which the HTML canvas places on the
 *   font's em box (Blink: its OS/2 typo ascent and descent, normalised to the em, in 1/64 px), while Skia
 *   here places them on the font's line metrics (hhea): the value labels stood 4–5 px higher. Text is drawn
 *   on the alphabetic baseline, which both agree on, moved as the HTML canvas would move it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  ArcElement,
  BarController,
  BarElement,
  BasicPlatform,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  PieController,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { chartConfigIn, chartText, HATCH_TILE, paintHatchTile, type ChartTheme } from '../../shared/chart-config';
import type { ChartModel } from '../../shared/chart-model';
import { valueLabels } from '../../shared/chart-value-labels';
import type { CssTheme } from './css-theme';

type Canvas = typeof import('@napi-rs/canvas');
type Ctx = import('@napi-rs/canvas').SKRSContext2D;

const load = createRequire(__filename);

// The pieces the renderer registers (renderer/charts/register.ts), on main's own Chart.js.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, ArcElement, DoughnutController, PieController, valueLabels);

/**
 * Noto Sans SC's em box (OS/2 sTypoAscender 880, sTypoDescender −120, 1000 units per em): where the HTML
 * canvas puts the 'top', 'middle' and 'bottom' baselines (Chromium's measureText: top at −0.88 em, bottom
 * at +0.12 em from the alphabetic baseline, each in 1/64 px).
 */
const EM_ASCENT = 0.88;
const EM_DESCENT = 0.12;
const sixtyFourths = (px: number) => Math.round(px * 64) / 64;

/** The font's unicode-range slices (fontsource's CSS), each registered under one name for both weights. */
interface Slices {
  dir: string;
  files: string[];
  owner: Int16Array;
}
let slices: Slices | undefined;
const registered = new Map<number, string>();

function sliceTable(): Slices {
  if (slices) return slices;
  const dir = dirname(load.resolve('@fontsource/noto-sans-sc/package.json'));
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  const files: string[] = [];
  const ranges: [number, number, number][] = [];
  for (const m of css.matchAll(/url\(\.\/(files\/[^)]+-400-normal\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    for (const r of (m[2] as string).split(',')) {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      ranges.push([parseInt(a as string, 16), parseInt((b ?? a) as string, 16), files.length]);
    }
    files.push(m[1] as string);
  }
  // Ranges that overlap: the first slice in the CSS wins, as in the browser's font matching.
  const owner = new Int16Array(0x110000).fill(-1);
  for (let i = ranges.length - 1; i >= 0; i--) {
    const [a, b, s] = ranges[i] as [number, number, number];
    owner.fill(s, a, Math.min(b, 0x10ffff) + 1);
  }
  slices = { dir, files, owner };
  return slices;
}

/** The font family list naming the slices that hold `text`, registered once per process, in the CSS's order. */
export function fontFamily(canvas: Canvas, text: string): string {
  const t = sliceTable();
  const needed = new Set<number>();
  for (const ch of new Set(text)) {
    const s = t.owner[ch.codePointAt(0) as number] ?? -1;
    if (s >= 0) needed.add(s);
  }
  const names: string[] = [];
  for (const s of [...needed].sort((a, b) => a - b)) {
    let name = registered.get(s);
    if (!name) {
      const file = t.files[s] as string;
      name = `BriefingChartNotoSC${s}`;
      // The bytes, read by Node's fs, not a path for the canvas's native code to open: in a packaged app the
      // font files are inside app.asar, which only Electron's fs can read.
      const ok =
        canvas.GlobalFonts.register(readFileSync(join(t.dir, file)), name) !== null &&
        canvas.GlobalFonts.register(readFileSync(join(t.dir, file.replace('-400-normal', '-700-normal'))), name) !== null;
      if (!ok) throw new Error(`chart picture: cannot register font ${file}`);
      registered.set(s, name);
    }
    names.push(`"${name}"`);
  }
  return [...names, 'sans-serif'].join(', ');
}

/**
 * Draw text on the alphabetic baseline where the HTML canvas would put the baseline asked for, snapped to
 * the device pixel row as Chromium snaps it: both snap horizontal text's baseline to a whole device pixel,
 * Chromium at y + 0.5 rounded down, Skia here at y + 0.25 (measured: a baseline at 40.5 px is drawn on row 41
 * there, on row 40 here), so text is moved down a quarter of a device pixel first.
 */
function htmlBaselines(ctx: Ctx): void {
  const fill = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    const baseline = ctx.textBaseline;
    const size = Number(/([\d.]+)px/.exec(ctx.font)?.[1]);
    const up = sixtyFourths(EM_ASCENT * size);
    const down = sixtyFourths(EM_DESCENT * size);
    const emBox = (baseline === 'top' || baseline === 'middle' || baseline === 'bottom') && size > 0;
    const shift = !emBox ? 0 : baseline === 'top' ? up : baseline === 'bottom' ? -down : (up - down) / 2;
    const quarter = 0.25 / (ctx.getTransform().d || 1);
    ctx.textBaseline = 'alphabetic';
    if (!emBox) ctx.textBaseline = baseline;
    if (maxWidth === undefined) fill(text, x, y + shift + quarter);
    else fill(text, x, y + shift + quarter, maxWidth);
    ctx.textBaseline = baseline;
  };
}

/** The box a DOM chart would be given (DomPlatform rounds it to 0.1 px), on a Node canvas. */
class StillPlatform extends BasicPlatform {
  constructor(private readonly box: { width: number; height: number }) {
    super();
  }
  override acquireContext(canvas: Parameters<BasicPlatform['acquireContext']>[0]): ReturnType<BasicPlatform['acquireContext']> {
    const ctx = super.acquireContext(canvas);
    if (ctx) htmlBaselines(ctx as unknown as Ctx);
    return ctx;
  }
  override getMaximumSize(): { width: number; height: number } {
    const round1 = (v: number) => Math.round(v * 10) / 10;
    return { width: round1(this.box.width), height: round1(this.box.height) };
  }
}

export interface ChartPictureRequest {
  model: ChartModel;
  theme: CssTheme;
  /** The chart's box in layout (design) pixels, fractional, as the window lays it out. */
  width: number;
  height: number;
  /** Chart.js's devicePixelRatio there: the stage's scale × the screen's ratio (renderer/charts/pixel-ratio.ts). */
  ratio: number;
}

export interface ChartPicture {
  png: Buffer;
  /** The bitmap's size: what the window's canvas must be for the picture to be drawn on it. */
  bitmapWidth: number;
  bitmapHeight: number;
}

/** `request`'s chart drawn once, complete (no animation), as a PNG. */
export function drawChartPicture(request: ChartPictureRequest): ChartPicture {
  const napi = load('@napi-rs/canvas') as Canvas;
  const { model, width, height, ratio } = request;
  const canvas = napi.createCanvas(Math.max(1, Math.floor(width)), Math.max(1, Math.floor(height)));
  const theme: ChartTheme = { ...request.theme.chart, derivedFill: hatch(napi, request.theme.derived) };
  const family = fontFamily(napi, chartText(model));
  const config = chartConfigIn(model, theme, true, family) as ChartConfiguration;
  // Responsive, as in the window: Chart.js sizes the chart from the platform's box (fractional), not from the canvas.
  config.options = { ...config.options, devicePixelRatio: ratio };
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], {
    ...config,
    platform: StillPlatform.bind(null, { width, height }) as unknown as typeof BasicPlatform,
  });
  try {
    return { png: canvas.toBuffer('image/png'), bitmapWidth: canvas.width, bitmapHeight: canvas.height };
  } finally {
    chart.destroy();
  }
}

/** The derived bars' hatching, as renderer/charts/config.ts's hatch() makes it. */
function hatch(napi: Canvas, derived: { stripe: string; ground: string }): ChartTheme['derivedFill'] {
  const tile = napi.createCanvas(HATCH_TILE, HATCH_TILE);
  const g = tile.getContext('2d');
  paintHatchTile(g, derived.stripe, derived.ground);
  return (g.createPattern(tile, 'repeat') as unknown as ChartTheme['derivedFill']) ?? derived.ground;
}
