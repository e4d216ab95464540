/**
 * The thread that makes the main process's chart pictures (picture-maker.ts starts it): Chart.js, the
 * canvas and the font cost 0.2 s to load and over a second for the first drawing (font registration), later
 * drawings 50–400 ms on a loaded machine — never on the main thread, whose event loop answers the windows
 * and the bridge. Each message is one picture to make; it is written to the folder (picture-dir.ts) under
 * its key and the key sent back.
 */
import { parentPort } from 'node:worker_threads';
import { drawChartPicture, type ChartPictureRequest } from './chart-picture';
import { writePicture } from './picture-dir';

export interface PictureJob {
  id: number;
  dir: string;
  key: string;
  request: ChartPictureRequest;
}

export type PictureDone = { id: number; key: string; ms: number } | { id: number; error: string };

parentPort?.on('message', (job: PictureJob) => {
  const started = performance.now();
  let reply: PictureDone;
  try {
    const picture = drawChartPicture(job.request);
    writePicture(job.dir, job.key, picture.png);
    reply = { id: job.id, key: job.key, ms: Math.round(performance.now() - started) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
