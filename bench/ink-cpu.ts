/**
 * `npx tsx bench/ink-cpu.ts [strokes] [loaded]`: what a presenter's ink stroke costs in CPU time, by process,
 * as the operating system counts it (utime + stime from /proc, so a busy machine stretches it far less than
 * a frame rate or a task's wall time). Opens the audience and presenter windows as the ink bench does, draws
 * `strokes` strokes from the presenter view and prints, per stroke, the CPU of each Chromium renderer (the
 * presenter's is the one the pointer events land in: the busiest), the GPU/display process, the browser
 * process, the utility processes (the network service the socket and event stream pass through) and this
 * process (the hub and the bridge, and Playwright driving the mouse), with the ink frame rates. For A/B runs
 * of two builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { eraseInk, inkStroke } from './builds-ink';
import { inkSession } from './ink-session';
import { stats } from './lib';

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** CPU ms of every descendant of `root`, by pid, with its Chromium process type. */
function cpuTree(root: number): Map<number, { type: string; ms: number }> {
  const procs = new Map<number, { ppid: number; ms: number; type: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? (cmd.includes('chrom') ? 'browser' : 'other');
      procs.set(Number(d), { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * TICK_MS, type });
    } catch {
      // gone meanwhile
    }
  }
  const out = new Map<number, { type: string; ms: number }>();
  const under = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p !== undefined && p > 1; p = procs.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  for (const [pid, p] of procs) if (under(pid)) out.set(pid, { type: p.type, ms: p.ms });
  return out;
}

/** CPU ms of each thread of `pid`, by thread name. */
function cpuThreads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      out.set(name, (out.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) * TICK_MS);
    }
  } catch {
    // gone
  }
  return out;
}

async function main(): Promise<void> {
  const strokes = Number(process.argv[2] ?? 10);
  const loaded = process.argv[3] === 'loaded';
  const { audience, presenter, close } = await inkSession(loaded);
  try {
    // A first stroke, not counted (first use of the drawing code).
    await inkStroke(presenter, audience, 150, 8);
    const before = cpuTree(process.pid);
    const threadsBefore = new Map([...before.keys()].map((pid) => [pid, cpuThreads(pid)]));
    const requests: number[] = [];
    const self0 = process.cpuUsage();
    const fps: number[] = [];
    const ownFps: number[] = [];
    for (let i = 0; i < strokes; i++) {
      const s = await inkStroke(presenter, audience, 150, 8);
      fps.push(s.inkFps);
      ownFps.push(s.fps);
      requests.push(s.requests);
      if (i % 10 === 9) await eraseInk(presenter, audience);
    }
    const after = cpuTree(process.pid);
    const self = process.cpuUsage(self0);
    const byType = new Map<string, number[]>();
    for (const [pid, p] of after) {
      const d = (p.ms - (before.get(pid)?.ms ?? 0)) / strokes;
      byType.set(p.type, [...(byType.get(p.type) ?? []), d]);
    }
    const renderers = (byType.get('renderer') ?? []).sort((a, b) => b - a);
    // The busiest renderer (the presenter's) by thread.
    const top = [...after.entries()]
      .filter(([, p]) => p.type === 'renderer')
      .sort((a, b) => b[1].ms - (before.get(b[0])?.ms ?? 0) - (a[1].ms - (before.get(a[0])?.ms ?? 0)))[0];
    const threads: Record<string, number> = {};
    if (top)
      for (const [name, ms] of cpuThreads(top[0])) {
        const d = (ms - (threadsBefore.get(top[0])?.get(name) ?? 0)) / strokes;
        if (d >= 5) threads[name] = Math.round(d);
      }
    const sum = (xs: number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);
    const result = {
      inkFps: stats(fps).median,
      // The audience window's own frame rate over the same strokes: ink cannot draw in frames it does not render.
      audienceFps: stats(ownFps).median,
      presenterMs: renderers[0] ?? 0,
      audienceMs: renderers[1] ?? 0,
      gpuMs: sum(byType.get('gpu-process')),
      browserMs: sum(byType.get('browser')),
      // The network service (and any other utility process): the bridge's socket and event stream pass through it.
      utilityMs: sum(byType.get('utility')),
      nodeMs: (self.user + self.system) / 1000 / strokes,
      requests: stats(requests).median,
      presenterThreads: threads,
    };
    console.log(JSON.stringify(result));
  } finally {
    await close();
  }
}

void main();
