/**
 * `npx tsx bench/profile-ink.ts [strokes] [loaded]`: where a presenter's ink stroke's time goes. Opens the
 * audience and presenter windows as the ink bench does, draws `strokes` strokes from the presenter view under
 * a Chromium trace of the whole browser, and prints, per renderer process (presenter, audience), the main
 * thread's time by trace event and the compositor's, with the ink frame rate of each stroke. `loaded`: with
 * the bench's spinner on every core. The trace is kept in out/bench/trace-ink.json. A diagnosis tool, not a
 * measure: tracing slows the pages down.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inkStroke } from './builds-ink';
import { inkFrames } from './ink-frames';
import { inkSession } from './ink-session';
import { ROOT } from './lib';
import { readTraceEvents, threadNames } from './trace';

async function main(): Promise<void> {
  const strokes = Number(process.argv[2] ?? 5);
  const loaded = process.argv[3] === 'loaded';
  const { ctx, audience, presenter, browser, close } = await inkSession(loaded);
  try {
    mkdirSync(join(ROOT, 'out/bench'), { recursive: true });
    const path = join(ROOT, 'out/bench/trace-ink.json');
    await browser.startTracing(undefined, {
      path,
      categories: [
        'devtools.timeline',
        'v8.execute',
        'blink',
        'blink.user_timing',
        'cc',
        'viz',
        'gpu',
        'disabled-by-default-devtools.timeline',
      ],
    });
    // Each page marks the trace with its role, so its renderer process can be named.
    await presenter.evaluate(() => performance.mark('role:presenter'));
    await audience.evaluate(() => performance.mark('role:audience'));
    // V8's sampling profiler on the presenter page, kept beside the trace.
    const cdp = await ctx.newCDPSession(presenter);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < strokes; i++) {
      const s = await inkStroke(presenter, audience, 150, 8);
      console.log(
        `stroke ${i + 1}: ${s.inkFps.toFixed(1)} ink fps, ${s.fps.toFixed(1)} fps, ${s.requests} requests, rtt ${s.rtt.toFixed(1)} ms`,
      );
    }
    await browser.stopTracing();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(ROOT, 'out/bench/ink-presenter.cpuprofile'), JSON.stringify(profile));
    await ctx.close();
    const events = readTraceEvents(path);
    const threads = threadNames(events);
    const roles = new Map<number, string>();
    for (const e of events) if (e.name.startsWith('role:')) roles.set(e.pid, e.name.slice(5));
    const sums = new Map<string, Map<string, { n: number; ms: number }>>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const th = threads.get(`${e.pid}:${e.tid}`) ?? '?';
      if (!['CrRendererMain', 'Compositor', 'VizCompositorThread', 'CrBrowserMain'].includes(th)) continue;
      const key = `${roles.get(e.pid) ?? `pid ${e.pid}`} ${th}`;
      const m = sums.get(key) ?? new Map<string, { n: number; ms: number }>();
      sums.set(key, m);
      const s = m.get(e.name) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += e.dur / 1000;
      m.set(e.name, s);
    }
    for (const [key, m] of [...sums.entries()].sort()) {
      console.log(`\n== ${key} (per stroke)`);
      for (const [name, s] of [...m.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 22))
        console.log(`${(s.ms / strokes).toFixed(1).padStart(8)} ms ${String(Math.round(s.n / strokes)).padStart(6)}  ${name}`);
    }
    console.log(`\n== frames (ink-frames.ts)\n${inkFrames(events, roles, strokes).join('\n')}`);
    console.log(`\ntrace: ${path}`);
  } finally {
    await close();
  }
}

void main();
