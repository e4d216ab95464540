/**
 * The box a chart slide gives its chart, in the slide's design pixels, worked out without laying the slide
 * out: a picture drawn by the main process (chart-picture.ts) must be drawn at the box the window will give
 * the chart, and a window's first chart has no earlier window to ask. A slide is laid out at 1920×1080 and
 * scaled (renderer/views/common/Stage.svelte), so the box depends only on the slide's texts: every text
 * above and below the chart takes whole lines of known height. Only texts that fit on one line are
 * predicted (measured in the bundled font, with a margin); anything else gives null, and the chart is drawn
 * live. A wrong box costs nothing but the picture: a window draws one only on a canvas of exactly its size.
 *
 * The numbers are the CSS of SlideView.svelte (the body above the 88 px footer), SlideHeader.svelte,
 * ChartSlide.svelte and charts/Chart.svelte; e2e/chart-picture-main.spec.ts checks the result against the
 * window's own layout for every chart slide of the bundled decks.
 */
import { createRequire } from 'node:module';
import { kindOf } from '../../shared/chart-kinds';
import type { ChartModel } from '../../shared/chart-model';
import { fontFamily } from './chart-picture';

type Canvas = typeof import('@napi-rs/canvas');
const load = createRequire(__filename);

/** The slide's body: 1080 less the footer (SlideView .foot). */
const BODY = 1080 - 88;
/** ChartSlide .chart-slide padding: 64 px on top, 120 px each side. */
const TOP = 64;
const WIDTH = 1920 - 2 * 120;

/** Blink keeps layout lengths in 1/64 px. */
const layoutUnit = (px: number) => Math.floor(px * 64) / 64;

/** A line of `size` px text at `line-height: normal` in Noto Sans SC: its hhea ascent (1.16 em) and descent (0.288 em), each rounded. */
const normalLine = (size: number) => Math.round(1.16 * size) + Math.round(0.288 * size);

export interface ChartSlideTexts {
  /** The section's name above the title (empty: none). */
  eyebrow: string;
  title: string;
  /** The chart's own title as drawn ('' for none: shared/slide-headings.ts). */
  chartTitle: string;
  /** The derived values' note under the chart (empty: none). */
  note: string;
  takeaway: string;
  source: string;
  /** Whether the title is in English (its own size and spacing): not predicted. */
  english?: boolean;
}

export interface ChartBox {
  width: number;
  height: number;
}

/**
 * Whether `text` fits on one line of `width` px at `weight` and `size` (letter spacing `spacing` em), with
 * a margin of half an em for the rounding of two text engines; null when it may not.
 */
function oneLine(napi: Canvas, text: string, weight: 400 | 700, size: number, width: number, spacing = 0): boolean {
  const ctx = napi.createCanvas(1, 1).getContext('2d');
  ctx.font = `${weight} ${size}px ${fontFamily(napi, text)}`;
  const advance = ctx.measureText(text).width + [...text].length * spacing * size;
  return advance <= width - size / 2;
}

/** The chart's box on a slide with `texts`, or null when it is not certain. */
export function chartBox(model: ChartModel, texts: ChartSlideTexts): ChartBox | null {
  if (texts.english) return null;
  const napi = load('@napi-rs/canvas') as Canvas;
  const fits = (text: string, weight: 400 | 700, size: number, width = WIDTH, spacing = 0) =>
    text === '' || oneLine(napi, text, weight, size, width, spacing);
  // SlideHeader: eyebrow 28 px bold, letter-spacing 0.12em, 12 px below; title 64 px bold at line-height 1.2;
  // 26 px padding and a 2 px rule under them.
  if (!fits(texts.eyebrow, 700, 28, WIDTH, 0.12) || !fits(texts.title, 700, 64) || texts.title === '') return null;
  // ChartSlide: the chart's title 32 px (24 px above), note 24 px (14 above), takeaway 38 px bold at 1.35 with a
  // 24 px padding and 6 px rule at its left (18 above), source 22 px (14 above); the plot 12 px below the title.
  if (
    !fits(texts.chartTitle, 400, 32) ||
    !fits(texts.note, 400, 24) ||
    !fits(texts.takeaway, 700, 38, WIDTH - 30) ||
    !fits(texts.source, 400, 22)
  )
    return null;
  const header = (texts.eyebrow ? normalLine(28) + 12 : 0) + layoutUnit(64 * 1.2) + 26 + 2;
  const above = TOP + header + (texts.chartTitle ? 24 + normalLine(32) : 0) + 12;
  const below = (texts.note ? 14 + normalLine(24) : 0) + (texts.takeaway ? 18 + layoutUnit(38 * 1.35) : 0) + 14 + normalLine(22);
  const plot = BODY - above - below;
  const kind = kindOf(model.type);
  // Chart.svelte: a round chart is a square as tall as the plot (its legend beside it); a chart with an axis
  // title has it above or below, 22 px text and 8 px apart.
  if (kind.partOfWhole) return { width: plot, height: plot };
  const caption = model.axisTitle ? normalLine(22) + 8 : 0;
  return { width: WIDTH, height: plot - caption };
}
