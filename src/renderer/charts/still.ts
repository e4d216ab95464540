/**
 * A chart's still: what its canvas shows, as a PNG, shown in the canvas's place while the chart is at rest.
 *
 * Why: without GPU compositing (chrome://gpu "Canvas: Software only", as on this project's machines and on
 * many office PCs and remote desktops) Chromium hands a canvas to the compositor only when it is first
 * shown: an allocation and copy of ~10 ms on the main thread, inside the very frame of the slide switch
 * (trace: Canvas2DResourceProvider::ProduceCanvasResource). A chart prepared off stage would pay it on
 * every switch. A decoded image costs that frame nothing.
 *
 * Safety: a still may only ever show the canvas's current pixels. Every draw of the chart (an update, a
 * correction's animation, a resize, a tooltip) voids it first, in Chart.js's beforeDraw, synchronously,
 * so the canvas is back before that frame paints; a still being made while the chart draws is discarded.
 */
import type { Chart, Plugin } from 'chart.js';
import { liveNow } from './live-loader';

export interface Still {
  url: string;
  /** The canvas's CSS size when the still was taken: the image is shown at exactly that size. */
  width: string;
  height: string;
}

/** How long to wait before trying again while the chart is still animating. */
const RETRY_MS = 100;

/**
 * After a build step, how long the chart must rest before its still is made: a presenter stepping through a
 * chart redraws it every click or so, and a still made after each (a PNG encoded, then decoded, an image put
 * in) was thrown away at the next click, its work landing between clicks — or on the next one.
 */
export const STEP_REST_MS = 1000;

/**
 * One still being encoded. The browser keeps the encoder's callback until the PNG is done, which can be long
 * after the slide is gone when the main thread is busy (encoding waits for idle time): the job is all that
 * callback holds, and voiding it cuts the job loose from its ChartStill, so a destroyed chart, its options
 * and its slide's DOM are not kept alive by a pending encode (a heap snapshot during a fast walk: 20–30).
 */
interface Job {
  owner: ChartStill | null;
  width: string;
  height: string;
}

/** Whether Chart.js is animating `chart` (its plugins run only once Chart.js has loaded: live-loader.ts). */
const animating = (chart: Chart) => liveNow()?.animator.running(chart) ?? false;

export class ChartStill {
  private job: Job | null = null;
  private current: Still | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The wait before the next still is made (once): STEP_REST_MS after a build step, else none. */
  private rest = 0;

  constructor(
    private readonly canvas: () => HTMLCanvasElement | undefined,
    private readonly show: (still: Still | null) => void,
  ) {}

  /** Give this to the chart (`plugins: [still.plugin]`): it voids the still on every draw and makes a new one after. */
  readonly plugin: Plugin = {
    id: 'briefingStill',
    beforeDraw: () => this.void(),
    afterRender: (chart) => this.schedule(chart),
  };

  /** The canvas is about to change: stop showing (and stop making) a still of what it showed. */
  void(): void {
    if (this.job) this.job.owner = null;
    this.job = null;
    clearTimeout(this.timer);
    if (this.current) {
      URL.revokeObjectURL(this.current.url);
      this.current = null;
      this.show(null);
    }
  }

  /** The next drawing is a build step: make its still only once the chart has rested a while. */
  afterStep(): void {
    this.rest = STEP_REST_MS;
  }

  dispose(): void {
    this.disposed = true;
    this.void();
  }

  private schedule(chart: Chart): void {
    clearTimeout(this.timer);
    const wait = animating(chart) ? RETRY_MS : this.rest;
    this.rest = 0;
    if (!this.disposed) this.timer = setTimeout(() => this.make(chart), wait);
  }

  private make(chart: Chart): void {
    const canvas = this.canvas();
    if (this.disposed || !canvas) return;
    if (animating(chart)) return this.schedule(chart);
    const { width, height } = canvas.style;
    const job: Job = (this.job = { owner: this, width, height });
    canvas.toBlob((blob) => job.owner?.taken(job, blob), 'image/png');
  }

  private taken(job: Job, blob: Blob | null): void {
    if (job !== this.job) return;
    this.job = null;
    if (!blob || this.disposed) return;
    this.current = { url: URL.createObjectURL(blob), width: job.width, height: job.height };
    this.show(this.current);
  }
}
