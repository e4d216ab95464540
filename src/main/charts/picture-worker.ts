/**
 * The thread that makes the main process's chart pictures (picture-maker.ts starts it): Chart.js, the
 * canvas and the font cost 0.2 s to load and over a second for the first drawing (font registration), later
 * drawings 50–400 ms on a loaded machine — never on the main thread, whose event loop answers the windows
 * and the bridge. Each message is one chart slide's picture to make: its box worked out from its texts
 * (chart-box.ts, which measures them in the font), the chart drawn at it, both written to the folder
 * (picture-dir.ts) under the order's key, and the key sent back. A box that cannot be predicted is kept as
 * such: that chart is drawn live.
 */
import { parentPort } from 'node:worker_threads';
import { chartBox } from './chart-box';
import { drawChartPicture } from './chart-picture';
import { writePicture } from './picture-dir';
import type { ChartPictureOrder } from './picture-key';

export interface PictureJob {
  id: number;
  dir: string;
  key: string;
  order: ChartPictureOrder;
}

export type PictureDone = { id: number; key: string; ms: number } | { id: number; error: string };

parentPort?.on('message', (job: PictureJob) => {
  const started = performance.now();
  let reply: PictureDone;
  try {
    const { model, texts, theme, ratio } = job.order;
    const box = chartBox(model, texts);
    if (!box) writePicture(job.dir, job.key, null);
    else writePicture(job.dir, job.key, box, drawChartPicture({ model, theme, ratio, ...box }).png);
    reply = { id: job.id, key: job.key, ms: Math.round(performance.now() - started) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
