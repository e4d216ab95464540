/**
 * Drawing ink strokes (shared/ink.ts) on a canvas laid over the 1920×1080 slide: the pen a solid line, the
 * highlighter a wide translucent band (one path per stroke, so a band does not darken where it crosses
 * itself). Pure drawing: which strokes and where they come from is InkLayer's business.
 */
import type { InkColour, InkStroke } from '../../../shared/ink';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;

const COLOURS: Record<InkColour, string> = {
  red: '#ff3b30',
  yellow: '#ffd60a',
  green: '#34c759',
  blue: '#2f80ff',
  white: '#ffffff',
  black: '#111111',
};

export const inkColour = (c: InkColour): string => COLOURS[c];

/** Line width in slide pixels. */
const WIDTH = { pen: 6, highlighter: 30 } as const;

/** Stroke `s` from its point `from` (an index into the x, y pairs) on. */
function strokePath(ctx: CanvasRenderingContext2D, s: InkStroke, from: number): void {
  const p = s.points;
  if (p.length < 2) return;
  ctx.globalAlpha = s.tool === 'highlighter' ? 0.38 : 1;
  ctx.strokeStyle = COLOURS[s.colour];
  ctx.lineWidth = WIDTH[s.tool];
  ctx.beginPath();
  ctx.moveTo(p[from * 2] * SLIDE_W, p[from * 2 + 1] * SLIDE_H);
  // A single point is a dot: a zero-length segment with round caps.
  if (p.length === 2) ctx.lineTo(p[0] * SLIDE_W + 0.01, p[1] * SLIDE_H);
  for (let i = from * 2 + 2; i + 1 < p.length; i += 2) ctx.lineTo(p[i] * SLIDE_W, p[i + 1] * SLIDE_H);
  ctx.stroke();
}

/** The same strokes as `before`, each as long: nothing to draw. */
export const sameInk = (strokes: readonly InkStroke[], before: readonly InkStroke[]) =>
  strokes.length === before.length && strokes.every((s, i) => s.id === before[i]!.id && s.points.length === before[i]!.points.length);

/** `strokes` are `before` with only the last stroke longer: a stroke being drawn. */
export function lastGrew(strokes: readonly InkStroke[], before: readonly InkStroke[]): boolean {
  const last = strokes.at(-1);
  const was = before.at(-1);
  return (
    last !== undefined &&
    was !== undefined &&
    last.id === was.id &&
    last.points.length > was.points.length &&
    sameInk(strokes.slice(0, -1), before.slice(0, -1))
  );
}

/**
 * Draw `strokes` on a canvas that shows `before` (null: unknown). Nothing when they are the strokes already
 * shown (the hub confirming points this window drew itself); when the only change is the last pen stroke
 * growing — a stroke being drawn — only its new segment; otherwise all, after clearing. `ratio` is bitmap
 * pixels per slide pixel. Returns whether the canvas was touched.
 */
export function drawInk(
  ctx: CanvasRenderingContext2D,
  strokes: readonly InkStroke[],
  ratio: number,
  before: readonly InkStroke[] | null = null,
): boolean {
  // Strokes only ever grow (and each state from the hub is a new object): id and length say it all.
  if (before !== null && sameInk(strokes, before)) return false;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const last = strokes.at(-1);
  const was = before?.at(-1);
  if (before !== null && last?.tool === 'pen' && was && lastGrew(strokes, before)) strokePath(ctx, last, was.points.length / 2 - 1);
  else {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    for (const s of strokes) strokePath(ctx, s, 0);
  }
  ctx.globalAlpha = 1;
  return true;
}
