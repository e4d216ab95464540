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

/** Draw `strokes` after clearing; `ratio` is bitmap pixels per slide pixel. */
export function drawInk(ctx: CanvasRenderingContext2D, strokes: readonly InkStroke[], ratio: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    const p = s.points;
    if (p.length < 2) continue;
    ctx.globalAlpha = s.tool === 'highlighter' ? 0.38 : 1;
    ctx.strokeStyle = COLOURS[s.colour];
    ctx.lineWidth = WIDTH[s.tool];
    ctx.beginPath();
    ctx.moveTo(p[0] * SLIDE_W, p[1] * SLIDE_H);
    // A single point is a dot: a zero-length segment with round caps.
    if (p.length === 2) ctx.lineTo(p[0] * SLIDE_W + 0.01, p[1] * SLIDE_H);
    for (let i = 2; i + 1 < p.length; i += 2) ctx.lineTo(p[i] * SLIDE_W, p[i + 1] * SLIDE_H);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
