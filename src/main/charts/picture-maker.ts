/**
 * Chart pictures made off the open path: a worker thread (picture-worker.ts) draws them, one at a time, and
 * keeps each in the folder under its key (picture-dir.ts, picture-key.ts); the open path only looks one up
 * (`kept`), never makes one. The thread is started on the first request and let go when it has been idle
 * for `idleMs`, so a start that makes no picture pays nothing, and it never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import { readPicture, type Kept } from './picture-dir';
import { chartPictureKey, pictureWorkerFile, type ChartPictureOrder } from './picture-key';
import type { PictureDone, PictureJob } from './picture-worker';

export interface PictureMakerOptions {
  /** How long the thread stays after its last picture (ms). */
  idleMs?: number;
}

export class ChartPictureMaker {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { done: (p: Kept) => void; fail: (e: Error) => void }>();
  /** Pictures being made, by key: asking twice makes one. */
  private readonly making = new Map<string, Promise<Kept>>();
  private idle: NodeJS.Timeout | undefined;
  /** How many pictures the thread has drawn (tests: a kept picture is not drawn again). */
  drawn = 0;

  constructor(
    readonly dir: string,
    private readonly options: PictureMakerOptions = {},
  ) {}

  /** What is kept for `order`, or null: the open path's look-up (a hash and two file reads). */
  kept(order: ChartPictureOrder): Kept | null {
    return readPicture(this.dir, chartPictureKey(order));
  }

  /** `order`'s picture (or `live`: its box cannot be predicted): the kept one, or made in the worker thread and kept. */
  make(order: ChartPictureOrder): Promise<Kept> {
    const key = chartPictureKey(order);
    const kept = readPicture(this.dir, key);
    if (kept) return Promise.resolve(kept);
    const already = this.making.get(key);
    if (already) return already;
    const made = this.run({ id: this.next++, dir: this.dir, key, order }).finally(() => this.making.delete(key));
    this.making.set(key, made);
    return made;
  }

  /** Let the thread go now (pictures being made fail). */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private run(job: PictureJob): Promise<Kept> {
    clearTimeout(this.idle);
    const worker = this.thread();
    return new Promise<Kept>((done, fail) => {
      this.waiting.set(job.id, { done, fail });
      worker.postMessage(job);
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const file = pictureWorkerFile();
    // From source (tests, tsx), the thread compiles TypeScript as this process does.
    const worker = file.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true })
      : new Worker(file);
    worker.unref();
    worker.on('message', (reply: PictureDone) => this.answer(reply));
    const lost = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, w] of this.waiting) {
        this.waiting.delete(id);
        w.fail(err);
      }
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`chart picture worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  private answer(reply: PictureDone): void {
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) w.fail(new Error(`chart picture: ${reply.error}`));
    else {
      this.drawn++;
      const kept = readPicture(this.dir, reply.key);
      if (kept) w.done(kept);
      else w.fail(new Error('chart picture: made but not found in its folder'));
    }
    if (this.waiting.size === 0) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => void this.close(), this.options.idleMs ?? 30_000);
      this.idle.unref();
    }
  }
}
