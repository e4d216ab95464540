/**
 * The bench's second condition: a steady background load on every core, started and stopped by the bench
 * itself. One worker thread per CPU spins (a busy loop at normal priority) until told to stop, and in any
 * case for at most `maxMs`; stop() ends them, and so does the end of the process (a worker thread cannot
 * outlive it), including on SIGINT/SIGTERM, which are handled here so the spinners never keep a core busy
 * after the bench.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';

const SPIN = `
const { workerData } = require('node:worker_threads');
const shared = new Int32Array(workerData.flag);
const deadline = Date.now() + workerData.maxMs;
let x = 0;
while (Atomics.load(shared, 0) === 0 && Date.now() < deadline) {
  for (let i = 0; i < 1e5; i++) x = (x + i * 7) % 1000003;
  Atomics.add(shared, 1, 1);
}
`;

export interface Spinner {
  threads: number;
  /** Rounds of the busy loop done so far, all threads together (it grows while they spin). */
  rounds(): number;
  stop(): Promise<void>;
}

export function startSpinner(maxMs = 20 * 60_000, threads = cpus().length): Spinner {
  const flag = new SharedArrayBuffer(8);
  const workers = Array.from({ length: threads }, () => new Worker(SPIN, { eval: true, workerData: { flag, maxMs } }));
  for (const w of workers) w.unref();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    Atomics.store(new Int32Array(flag), 0, 1);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await Promise.all(workers.map((w) => w.terminate()));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  return { threads, stop, rounds: () => Atomics.load(new Int32Array(flag), 1) };
}

export type Condition = 'as is' | 'loaded';
export const CONDITIONS: readonly Condition[] = ['as is', 'loaded'];

/** Run `measure` with the machine as it is, then again with a spinner on every core (stopped however it ends). */
export async function underEach<T>(
  conditions: readonly Condition[],
  measure: (c: Condition) => Promise<T>,
): Promise<{ condition: Condition; result: T }[]> {
  const out: { condition: Condition; result: T }[] = [];
  for (const condition of conditions) {
    const spinner = condition === 'loaded' ? startSpinner() : null;
    try {
      out.push({ condition, result: await measure(condition) });
    } finally {
      await spinner?.stop();
    }
  }
  return out;
}
