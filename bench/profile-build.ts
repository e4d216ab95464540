/**
 * `npx tsx bench/profile-build.ts [motion|reduce] [chart|other] [rounds] [slide]`: where a build step's time goes on
 * the audience window. Sets the bench store's slides to build as the build-step bench does, opens each chart
 * (or other) slide and steps it forth and back at a presenter's pace under a Chromium trace, and prints each
 * step's time and the renderer main thread's time by trace event, per step, and how many keys met a page still
 * drawing (keysOnDrawingPage). The trace is kept in
 * out/bench/trace-build.json, V8's CPU profile of the page in out/bench/build.cpuprofile. A diagnosis tool, not a measure: tracing slows the page down.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { firstDeck, launch, newContext, startApp } from './app';
import { setBuilds, timeStep } from './builds-ink';
import { openAt } from './deck';
import { ROOT } from './lib';
import { readTraceEvents, threadNames, type TraceEvent } from './trace';

/**
 * A page that drew a frame moments ago (its compositor still following the display's ticks: a fade, or the
 * frames after one) starts a key's frame at the next tick, up to 16.7 ms later; an idle page starts it at
 * once. Per keydown on the page: the time since its compositor's last frame, and keydown → end of the first
 * main frame after it, for the keys pressed within two ticks of a frame and for the others.
 */
function keysOnDrawingPage(events: readonly TraceEvent[], threads: Map<string, string>): string {
  const on = (name: string) => (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === name;
  const byTime = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts;
  const keys = events
    .filter(
      (e) => on('CrRendererMain')(e) && e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'keydown',
    )
    .sort(byTime);
  const frames = events.filter((e) => on('CrRendererMain')(e) && e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame').sort(byTime);
  const ticks = events.filter((e) => on('Compositor')(e) && e.name === 'Scheduler::BeginImplFrame').sort(byTime);
  const near: number[] = [];
  const idle: number[] = [];
  for (const k of keys) {
    const f = frames.find((b) => b.pid === k.pid && b.ts >= k.ts);
    if (!f) continue;
    const last = ticks.findLast((t) => t.pid === k.pid && t.ts < k.ts);
    const since = last ? (k.ts - last.ts) / 1000 : Infinity;
    (since < 34 ? near : idle).push((f.ts + (f.dur ?? 0) - k.ts) / 1000);
  }
  const q = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? `p50 ${s[s.length >> 1]!.toFixed(1)} p90 ${s[Math.floor(s.length * 0.9)]!.toFixed(1)} ms` : '–';
  };
  return (
    `keys pressed within 34 ms of the page's last compositor frame: ${near.length} of ${near.length + idle.length}, ` +
    `keydown → end of its first main frame ${q(near)}; the others ${q(idle)}`
  );
}

async function main(): Promise<void> {
  const motion = process.argv[2] === 'reduce' ? 'reduce' : 'no-preference';
  const which = process.argv[3] === 'other' ? 'other' : 'chart';
  const rounds = Number(process.argv[4] ?? 1);
  const only = process.argv[5] ? Number(process.argv[5]) : null;
  const dir = mkdtempSync(join(tmpdir(), 'briefing-profile-build-'));
  const db = join(dir, 'seeded.sqlite');
  openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  const app = await startApp(db);
  const browser = await launch();
  try {
    const deck = firstDeck(app.store.db);
    const built = setBuilds(app.store.db, deck.id);
    const ctx = await newContext(browser, { reducedMotion: motion });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    mkdirSync(join(ROOT, 'out/bench'), { recursive: true });
    const path = join(ROOT, 'out/bench/trace-build.json');
    const times: number[] = [];
    let traced = false;
    for (let round = 0; round < rounds; round++)
      for (const [index, items] of built) {
        // One slide only (its number as a fourth argument): opened once, stepped `rounds` times without a reload.
        if (only !== null && index !== only - 1) continue;
        if (only === null || round === 0) await openAt(page, app, deck.id, deck.n, index);
        const chart = (await page.locator('.deck-view main [data-current] canvas').count()) > 0;
        if (chart !== (which === 'chart')) continue;
        if (!traced) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
          await browser.startTracing(page, {
            path,
            categories: ['devtools.timeline', 'v8.execute', 'blink', 'cc', 'disabled-by-default-devtools.timeline'],
          });
          traced = true;
        }
        const want = `${index + 1} / ${deck.n}`;
        const line: string[] = [];
        for (let s = 1; s <= items; s++) {
          const ms = await timeStep(page, 'ArrowRight', want, s === items ? 'all' : String(s), 'presenter');
          times.push(ms);
          line.push(ms.toFixed(1));
        }
        for (let s = items - 1; s >= 0; s--) {
          const ms = await timeStep(page, 'ArrowLeft', want, String(s), 'presenter');
          times.push(ms);
          line.push(ms.toFixed(1));
        }
        console.log(`slide ${index + 1}: ${line.join(' ')}`);
        for (let t = 0; t < 200 && (app.hub.current.index !== index || app.hub.current.step !== 0); t++) await page.waitForTimeout(10);
      }
    if (traced) {
      await browser.stopTracing();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(ROOT, 'out/bench/build.cpuprofile'), JSON.stringify(profile));
    }
    await ctx.close();
    times.sort((a, b) => a - b);
    console.log(
      `${times.length} steps: p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(1)} ms`,
    );
    const events = readTraceEvents(path);
    const threads = threadNames(events);
    const sums = new Map<string, { n: number; ms: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || threads.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
      const s = sums.get(e.name) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += e.dur / 1000;
      sums.set(e.name, s);
    }
    console.log(`\nrenderer main thread, per step (${times.length} steps):`);
    for (const [name, s] of [...sums.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40))
      console.log(`${(s.ms / times.length).toFixed(2).padStart(8)} ms ${(s.n / times.length).toFixed(1).padStart(7)}  ${name}`);
    console.log(`\n${keysOnDrawingPage(events, threads)}`);
    console.log(`\ntrace: ${path}`);
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
