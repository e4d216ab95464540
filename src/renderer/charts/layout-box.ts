/**
 * An element's content box in layout (untransformed) CSS pixels. Apart from platform.ts (Chart.js's platform,
 * which uses it) so that the stage can measure itself without loading Chart.js (charts/live.ts).
 */

/** The content box of `el` in layout (untransformed) CSS pixels, fractional as a ResizeObserver reports it. */
export function layoutContentBox(el: Element): { width: number; height: number } | null {
  const style = getComputedStyle(el);
  let width = parseFloat(style.width);
  let height = parseFloat(style.height);
  if (!Number.isFinite(width) || !Number.isFinite(height)) return null; // not rendered ("auto")
  if (style.boxSizing === 'border-box') {
    const px = (p: string) => parseFloat(style.getPropertyValue(p)) || 0;
    width -= px('padding-left') + px('padding-right') + px('border-left-width') + px('border-right-width');
    height -= px('padding-top') + px('padding-bottom') + px('border-top-width') + px('border-bottom-width');
  }
  return { width, height };
}
