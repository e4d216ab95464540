/**
 * Charts of the Word brief as PNG at print resolution, drawn without a browser: @napi-rs/canvas (Skia,
 * already installed as pdfjs-dist's canvas) with the bundled Noto Sans SC. Why not Chromium, as the PDF
 * does: it would make a Word export need a browser and cost its ~0.8 s start-up; why not SVG in the .docx:
 * Word needs a PNG fallback beside an SVG anyway, and older Word/WPS show only that. The bundled font comes
 * as unicode-range slices (fontsource): only the slices holding the charts' characters are registered, each
 * under its own name, and the font list names them all so Skia falls back slice to slice.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wrapLabel } from '../../shared/chart-numbers';
import { ExportError } from '../pdf/errors';
import { centreText, chartData, isPartOfWhole, type ChartData } from './chart-data';
import { encodePng } from './png';
import type { ExportData } from './data';

type Canvas = typeof import('@napi-rs/canvas');
type Ctx = import('@napi-rs/canvas').SKRSContext2D;

const load = createRequire(__filename);

function canvasModule(): Canvas {
  try {
    return load('@napi-rs/canvas') as Canvas;
  } catch (e) {
    throw new ExportError(`无法绘制图表：缺少图形库 @napi-rs/canvas（${(e as Error).message.split('\n')[0]}）`);
  }
}

/** One slice of the bundled font: its file per weight (fontsource slices both weights alike) and its place in the CSS. */
interface Slice {
  index: number;
  files: Record<400 | 700, string>;
}

/** Every slice, and for each code point the first slice (in the CSS's order) holding it: -1 for none. */
interface SliceTable {
  dir: string;
  list: Slice[];
  owner: Int16Array;
}

/** The bundled font's slices, from fontsource's CSS of weight 400 (700's is the same with "-700-" names): parsed once per process. */
let table: SliceTable | undefined;
function slices(): SliceTable {
  if (table) return table;
  const dir = dirname(load.resolve('@fontsource/noto-sans-sc/package.json'));
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  const list: Slice[] = [];
  const ranges: [number, number, number][] = [];
  for (const m of css.matchAll(/url\(\.\/(files\/[^)]+-400-normal\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const file = m[1] as string;
    for (const r of (m[2] as string).split(',')) {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      ranges.push([parseInt(a as string, 16), parseInt((b ?? a) as string, 16), list.length]);
    }
    list.push({ index: list.length, files: { 400: file, 700: file.replace('-400-normal', '-700-normal') } });
  }
  // A few ranges overlap (Latin in two slices): painted last to first, the first slice in the CSS wins, as before.
  const owner = new Int16Array(0x110000).fill(-1);
  for (let i = ranges.length - 1; i >= 0; i--) {
    const [a, b, slice] = ranges[i] as [number, number, number];
    owner.fill(slice, a, Math.min(b, 0x10ffff) + 1);
  }
  table = { dir, list, owner };
  return table;
}

/** The slice holding a character, or null. */
const findSlice = (t: SliceTable, cp: number): Slice | null => t.list[t.owner[cp] ?? -1] ?? null;

const registered = new Map<string, string>();

/** Register the slices covering `text` (once per process); returns the CSS font-family list. */
function fontFamily(canvas: Canvas, text: string, weight: 400 | 700): string {
  const t = slices();
  const needed = new Set<Slice>();
  for (const ch of new Set(text)) {
    const s = findSlice(t, ch.codePointAt(0) as number);
    if (s) needed.add(s);
  }
  const names: string[] = [];
  // In the CSS's order, as before: the font list falls back slice to slice.
  for (const s of [...needed].sort((a, b) => a.index - b.index)) {
    const file = s.files[weight];
    let name = registered.get(file);
    if (!name) {
      name = `BriefingNotoSC${weight}-${registered.size}`;
      if (!canvas.GlobalFonts.registerFromPath(join(t.dir, file), name)) continue;
      registered.set(file, name);
    }
    names.push(`"${name}"`);
  }
  return names.join(', ') || 'sans-serif';
}

const INK = '#1f2937';
const MUTED = '#4b5563';
const GRID = 'rgba(17,24,39,0.12)';
const BAR = '#1d5fa8';
const SLICES = ['#b4232a', '#1d5fa8', '#2f8f6f', '#c2741b', '#6b4fa8', '#6b7a90'];
const REMAINDER = '#dfe3e9';

export interface ChartPng {
  png: Buffer;
  /** Logical size (CSS px at 96 dpi): the size to place it at. */
  width: number;
  height: number;
}

/** Hatching for a derived bar: diagonal stripes of the bar colour on a light ground (as on screen). */
function hatch(c: Canvas, ctx: Ctx, scale: number): ReturnType<Ctx['createPattern']> {
  const t = Math.round(10 * scale);
  const tile = c.createCanvas(t, t);
  const g = tile.getContext('2d');
  g.fillStyle = 'rgba(29,95,168,0.08)';
  g.fillRect(0, 0, t, t);
  g.strokeStyle = 'rgba(29,95,168,0.7)';
  g.lineWidth = 2 * scale;
  g.beginPath();
  g.moveTo(-1, t + 1);
  g.lineTo(t + 1, -1);
  g.moveTo(-1, 1);
  g.lineTo(1, -1);
  g.moveTo(t - 1, t + 1);
  g.lineTo(t + 1, t - 1);
  g.stroke();
  return ctx.createPattern(tile, 'repeat');
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v * 1.12) return m * p;
  return 10 * p;
}

function bars(c: Canvas, ctx: Ctx, d: ChartData, w: number, h: number, font: (px: number, bold?: boolean) => string, scale: number): void {
  const max = niceMax(Math.max(...d.rows.map((r) => r.value)));
  const fill = (derived: boolean) => (derived ? (hatch(c, ctx, scale) ?? BAR) : BAR);
  ctx.textBaseline = 'middle';
  if (d.type === 'hbar') {
    const left = 300;
    // Room for the widest value label past its bar (a qualifier makes one wider: "超过1000亿元").
    ctx.font = font(22, true);
    const right = w - Math.max(110, ...d.rows.map((r) => Math.ceil(ctx.measureText(r.display).width) + 24));
    const top = 20;
    const bottom = h - 60;
    const band = (bottom - top) / d.rows.length;
    for (let k = 0; k <= 4; k++) {
      const x = left + ((right - left) * k) / 4;
      ctx.strokeStyle = GRID;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.fillStyle = MUTED;
      ctx.font = font(18);
      ctx.textAlign = 'center';
      ctx.fillText(String(Number(((max * k) / 4).toPrecision(6))), x, bottom + 18);
    }
    if (d.axisTitle) {
      ctx.textAlign = 'right';
      ctx.fillText(d.axisTitle, right, bottom + 46);
    }
    d.rows.forEach((r, i) => {
      const y = top + band * i + band * 0.2;
      const bh = band * 0.6;
      const bw = ((right - left) * r.value) / max;
      ctx.fillStyle = fill(r.formula !== null);
      ctx.fillRect(left, y, bw, bh);
      ctx.fillStyle = INK;
      ctx.font = font(22, true);
      ctx.textAlign = 'left';
      ctx.fillText(r.display, left + bw + 10, y + bh / 2);
      ctx.font = font(20);
      ctx.textAlign = 'right';
      const lines = wrapLabel(r.label, 12);
      lines.forEach((l, j) => ctx.fillText(l, left - 14, y + bh / 2 + (j - (lines.length - 1) / 2) * 26));
    });
    return;
  }
  const left = 90;
  const right = w - 30;
  const top = 60;
  const bottom = h - 90;
  if (d.axisTitle) {
    ctx.fillStyle = MUTED;
    ctx.font = font(18);
    ctx.textAlign = 'left';
    ctx.fillText(d.axisTitle, 10, 24);
  }
  for (let k = 0; k <= 4; k++) {
    const y = bottom - ((bottom - top) * k) / 4;
    ctx.strokeStyle = GRID;
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
    ctx.stroke();
    ctx.fillStyle = MUTED;
    ctx.font = font(18);
    ctx.textAlign = 'right';
    ctx.fillText(String(Number(((max * k) / 4).toPrecision(6))), left - 12, y);
  }
  const band = (right - left) / d.rows.length;
  const per = Math.max(4, Math.floor(56 / Math.max(1, d.rows.length)));
  d.rows.forEach((r, i) => {
    const bw = Math.min(band * 0.55, 220);
    const x = left + band * i + (band - bw) / 2;
    const bh = ((bottom - top) * r.value) / max;
    ctx.fillStyle = fill(r.formula !== null);
    ctx.fillRect(x, bottom - bh, bw, bh);
    ctx.fillStyle = INK;
    ctx.font = font(22, true);
    ctx.textAlign = 'center';
    ctx.fillText(r.display, x + bw / 2, bottom - bh - 18);
    ctx.font = font(20);
    wrapLabel(r.label, per).forEach((l, j) => ctx.fillText(l, x + bw / 2, bottom + 24 + j * 26));
  });
}

function ring(ctx: Ctx, d: ChartData, w: number, h: number, font: (px: number, bold?: boolean) => string): void {
  const r = Math.min(h / 2 - 20, w * 0.28);
  const cx = r + 30;
  const cy = h / 2;
  let a = -Math.PI / 2;
  const total = d.rows.reduce((s, x) => s + x.value, 0) || 1;
  d.rows.forEach((row, i) => {
    const sweep = (row.value / total) * Math.PI * 2;
    ctx.beginPath();
    ctx.moveTo(cx, cy);
    ctx.arc(cx, cy, r, a, a + sweep);
    ctx.closePath();
    ctx.fillStyle = row.figureId === null && row.formula === null ? REMAINDER : (SLICES[i % SLICES.length] as string);
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.stroke();
    a += sweep;
  });
  if (d.type === 'doughnut') {
    ctx.beginPath();
    ctx.arc(cx, cy, r * 0.64, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    const centre = centreText(d);
    if (centre) {
      ctx.fillStyle = '#b4232a';
      ctx.font = font(44, true);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(centre, cx, cy);
    }
  }
  const lx = cx + r + 50;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  d.rows.forEach((row, i) => {
    const y = cy - ((d.rows.length - 1) * 40) / 2 + i * 40;
    ctx.fillStyle = row.figureId === null && row.formula === null ? REMAINDER : (SLICES[i % SLICES.length] as string);
    ctx.fillRect(lx, y - 10, 20, 20);
    ctx.fillStyle = INK;
    ctx.font = font(22);
    ctx.fillText(`${row.label}\u3000${row.display}`, lx + 32, y);
  });
}

/**
 * The chart as a PNG at `scale` × its logical size (1200 × 520, or 760 × 400 for a ring): 1.5 × puts
 * 1800 px across the 150 mm a figure takes in the brief, about 300 dpi. The PNG is deflated off the main
 * thread (png.ts), so several charts encode at once.
 */
export async function chartPng(d: ChartData, scale = 1.5): Promise<ChartPng> {
  const c = canvasModule();
  const round = isPartOfWhole(d.type);
  const width = round ? 760 : 1200;
  const height = round ? 400 : 520;
  // Each weight registers only the slices of the text drawn in it: the bold values are a few characters, the
  // labels in regular type most of them (each slice registered is a WOFF2 that Skia decodes).
  const digits = '0123456789.%（）';
  const regular = [d.axisTitle, digits, ...d.rows.flatMap((r) => [r.label, r.display])].join('');
  const bold = [digits, ...d.rows.map((r) => r.display), centreText(d) ?? ''].join('');
  const family = { 400: fontFamily(c, regular, 400), 700: fontFamily(c, bold, 700) };
  const font = (px: number, bold = false) => `${bold ? 700 : 400} ${px}px ${family[bold ? 700 : 400]}`;
  const canvas = c.createCanvas(Math.round(width * scale), Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  if (round) ring(ctx, d, width, height, font);
  else bars(c, ctx, d, width, height, font, scale);
  return { png: await encodePng(canvas.data(), canvas.width, canvas.height), width, height };
}

/** PNGs drawn in this process, by their data and scale, oldest first: a batch's Word 简报 and Word 公文 draw each chart once. */
const drawn = new Map<string, Promise<ChartPng>>();
const KEEP = 32;

/** The chart's PNG, drawn once per process for the same data (a failure is not kept: the next call tries again). */
export function chartPngOnce(d: ChartData, scale = 1.5): Promise<ChartPng> {
  const key = JSON.stringify([scale, d]);
  const known = drawn.get(key);
  if (known) return known;
  const p = chartPng(d, scale);
  drawn.set(key, p);
  p.catch(() => drawn.delete(key));
  for (const old of drawn.keys()) {
    if (drawn.size <= KEEP) break;
    drawn.delete(old);
  }
  return p;
}

/**
 * Start drawing every chart of the deck now: each is drawn on this thread and its PNG then encodes on libuv's,
 * so the encoding overlaps whatever this thread does next (loading the docx package). The Word export's figures
 * then find them drawn (chartPngOnce); a chart that cannot be drawn is reported there, not here.
 */
export function startCharts(d: ExportData): void {
  for (const s of d.deck.slides) {
    if (!s.chart) continue;
    let data: ChartData;
    try {
      data = chartData(s.chart, d.byId, d.report.traditional === true);
    } catch {
      continue;
    }
    chartPngOnce(data).catch(() => undefined);
  }
}
