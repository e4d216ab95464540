/**
 * Chart.js's DOM platform, sizing a new chart by its container's layout box.
 *
 * Chart.js sizes a new chart from its container's getBoundingClientRect(), which includes CSS transforms.
 * On the scaled stage (Stage.svelte) that is the on-screen size: 1400 px wide at scale 0.83 instead of
 * 1680. Its ResizeObserver then reports the layout size, so every chart was sized, allocated and drawn a
 * second time a frame later. Here the first size is the layout size too, which is what the
 * ResizeObserver reports, so a new chart is drawn once. Later resizes pass their size in and are untouched.
 */
import { DomPlatform } from 'chart.js';
import { layoutContentBox } from './layout-box';

export class StagePlatform extends DomPlatform {
  override getMaximumSize(
    canvas: HTMLCanvasElement,
    width?: number,
    height?: number,
    aspectRatio?: number,
  ): { width: number; height: number } {
    if ((width === undefined || height === undefined) && canvas.parentElement) {
      const box = layoutContentBox(canvas.parentElement);
      if (box) return super.getMaximumSize(canvas, box.width, box.height, aspectRatio);
    }
    return super.getMaximumSize(canvas, width, height, aspectRatio);
  }
}
