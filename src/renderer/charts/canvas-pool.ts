/**
 * Canvases of destroyed charts, kept with their bitmaps for the next chart of the same size.
 *
 * A new canvas allocates its bitmap at its first drawing: 10–35 ms for a slide's chart (1400×445 device
 * pixels) with a software canvas, as on this project's machines, measured in Debian's Chromium; a canvas
 * drawn again at the size it already has costs nothing of the kind. Slides prepared either side of the one
 * shown are created and destroyed on every switch, so their charts take canvases from here.
 *
 * Chart.js, when a chart is destroyed, puts the canvas's width and height attributes back as it found
 * them. A canvas given a chart therefore gets its bitmap size as attributes first (`adoptCanvas`), and
 * comes back from Chart.js at that size, still allocated.
 */
const KEEP = 6;
const pool: HTMLCanvasElement[] = [];

/** Chart.js's bitmap size for a chart laid out at `width`×`height` CSS px drawn at `ratio` (its retinaScale). */
export function bitmapSize(width: number, height: number, ratio: number): { width: number; height: number } {
  const round1 = (v: number) => Math.round(v * 10) / 10;
  return { width: Math.trunc(round1(round1(width) * ratio)), height: Math.trunc(round1(round1(height) * ratio)) };
}

/**
 * The canvas to draw a chart of `size` on: a kept canvas of that size put in `placeholder`'s place (with
 * its attributes), or the placeholder itself, sized. Either way it has the size as its attributes.
 */
export function adoptCanvas(placeholder: HTMLCanvasElement, size: { width: number; height: number }): HTMLCanvasElement {
  const i = pool.findIndex((c) => c.width === size.width && c.height === size.height);
  if (i < 0) {
    placeholder.width = size.width;
    placeholder.height = size.height;
    return placeholder;
  }
  const [kept] = pool.splice(i, 1);
  for (const a of Array.from(placeholder.attributes)) kept.setAttribute(a.name, a.value);
  placeholder.replaceWith(kept);
  return kept;
}

/** Keep `canvas` (its chart destroyed) for a later chart; the oldest kept beyond a few are let go. */
export function releaseCanvas(canvas: HTMLCanvasElement): void {
  canvas.remove();
  for (const a of Array.from(canvas.attributes)) if (a.name !== 'width' && a.name !== 'height') canvas.removeAttribute(a.name);
  if (!pool.includes(canvas)) pool.push(canvas);
  if (pool.length > KEEP) pool.shift();
}
