/**
 * `npx tsx bench/profile-build.ts [motion|reduce] [chart|other] [rounds] [slide|-] [loaded] [quick|held]`: where a build
 * step's time goes on the audience window. Sets the bench store's slides to build and walks the show as the
 * build-step bench does (builds-ink.ts walkBuilds: opened once, each slide jumped to by the hub), steps each chart
 * (or other) slide forth and back at a presenter's pace under a Chromium trace, and prints each step's time, its
 * parts (timeStep's StepParts: input, the first frame, later frames), the renderer main thread's time by trace
 * event, per step, how many keys met a page still drawing (keysOnDrawingPage), and which steps' end-of-frame
 * message a keyup held back (keyupsBeforeEnd), and for the steps over 16.7 ms the main thread's wall against CPU time. `loaded`: under the bench's loaded condition (bench/load.ts);
 * `quick` or `held`: how the keys are pressed (timeStep's KeyRelease). The steps' parts are kept in
 * out/bench/build-steps.json, the trace in
 * out/bench/trace-build.json, V8's CPU profile of the page in out/bench/build.cpuprofile. A diagnosis tool, not a measure: tracing slows the page down.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { firstDeck, launch, newContext, startApp } from './app';
import { lastStepParts, setBuilds, walkBuilds, type StepParts } from './builds-ink';
import { openAt } from './deck';
import { ROOT } from './lib';
import { startSpinner } from './load';
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

/**
 * Chromium defers a page's ordinary tasks (timers, posted messages) after a discrete input while a frame is
 * pending. Per step: did its keyup reach the page before the timer's end-of-frame message (builds-ink.ts
 * timeStep), and did that message then run only after the next main frame (held back), not right after the
 * step's frame? Forth and back apart, with the steps' times.
 */
function keyupsBeforeEnd(
  events: readonly TraceEvent[],
  threads: Map<string, string>,
  parts: readonly { ms: number; key: 'forth' | 'back' }[],
): string {
  const main = events.filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain').sort((a, b) => a.ts - b.ts);
  const dispatch = (type: string) =>
    main.filter((e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === type);
  const [downs, ups] = [dispatch('keydown'), dispatch('keyup')];
  const frames = main.filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame');
  const messages = main.filter((e) => e.ph === 'X' && e.name === 'MessagePort::Accept');
  const groups = new Map<string, number[]>();
  downs.forEach((k, i) => {
    const p = parts[i];
    const first = frames.find((f) => f.ts > k.ts);
    if (!p || !first) return;
    const end = first.ts + (first.dur ?? 0);
    const next = frames.find((f) => f.ts > end);
    const message = messages.find((m) => m.ts >= end);
    const up = ups.find((u) => u.ts > k.ts);
    if (!message) return;
    const upFirst = up !== undefined && up.ts < message.ts;
    const held = next !== undefined && message.ts > next.ts;
    const g = `${p.key}, keyup ${upFirst ? 'before' : 'after'} the end-of-frame message, which ran ${held ? 'after the next frame' : 'after the step’s frame'}`;
    groups.set(g, [...(groups.get(g) ?? []), p.ms]);
  });
  return [...groups]
    .sort()
    .map(([g, xs]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `${g}: ${s.length} steps, median ${s[s.length >> 1]!.toFixed(1)} max ${s.at(-1)!.toFixed(1)} ms`;
    })
    .join('\n');
}

/**
 * The steps over 16.7 ms: the renderer main thread's time in tasks within each (from the key's timestamp to the
 * step's end), wall against CPU. Wall far above CPU: the thread waited for a CPU (a loaded machine), not on work.
 */
function slowStepsCpu(
  events: readonly TraceEvent[],
  threads: Map<string, string>,
  parts: readonly (StepParts & { ms: number; key: 'forth' | 'back' })[],
): string {
  const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain').sort((a, b) => a.ts - b.ts);
  const downs = main.filter((e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'keydown');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  let n = 0;
  let wall = 0;
  let cpu = 0;
  downs.forEach((k, i) => {
    const p = parts[i];
    if (!p || p.ms <= 16.7) return;
    const t0 = k.ts - p.input * 1000;
    const t1 = t0 + p.ms * 1000;
    for (const t of tasks.filter((t) => t.ts + (t.dur ?? 0) > t0 && t.ts < t1)) {
      wall += Math.min(t.ts + (t.dur ?? 0), t1) - Math.max(t.ts, t0);
      cpu += (t as TraceEvent & { tdur?: number }).tdur ?? 0;
    }
    n++;
  });
  return n
    ? `steps over 16.7 ms: ${n}; the main thread in tasks within each, on average ${(wall / n / 1000).toFixed(1)} ms wall, ${(cpu / n / 1000).toFixed(1)} ms CPU`
    : 'no step over 16.7 ms';
}

/**
 * The steps' time by part (bench/builds-ink.ts's StepParts), forth and back apart: the key's way to the page
 * (input), the wait for the first frame to begin, and the steps shown only in a second frame or later.
 */
function stepParts(parts: readonly (StepParts & { ms: number; key: 'forth' | 'back' })[]): string {
  const q = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? `p50 ${s[s.length >> 1]!.toFixed(1)} p95 ${s[Math.floor(s.length * 0.95)]!.toFixed(1)}` : '–';
  };
  const out: string[] = [];
  for (const key of ['forth', 'back'] as const) {
    const xs = parts.filter((p) => p.key === key);
    if (!xs.length) continue;
    const late = xs.filter((p) => p.frames.length > 1);
    out.push(
      `${key} (${xs.length} steps): total ${q(xs.map((p) => p.ms))} ms; input ${q(xs.map((p) => p.input))} ms; ` +
        `first frame's vsync time (rAF's: before the key when the frame is drawn at once) ${q(xs.map((p) => p.frames[0]![0]))} ms; from it to the frame's end ` +
        `${q(xs.map((p) => p.frames[0]![1] - p.frames[0]![0]))} ms; shown only in a later frame: ${late.length} ` +
        `(total ${q(late.map((p) => p.ms))} ms)`,
    );
    const slow = xs.filter((p) => p.ms > 12);
    for (const p of slow)
      out.push(
        `  slow ${p.ms.toFixed(1)} ms: input ${p.input.toFixed(1)}, frames ${p.frames.map(([b, e]) => `${b.toFixed(1)}→${e.toFixed(1)}`).join(', ')}`,
      );
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const motion = process.argv[2] === 'reduce' ? 'reduce' : 'no-preference';
  const which = process.argv[3] === 'other' ? 'other' : 'chart';
  const rounds = Number(process.argv[4] ?? 1);
  const only = /^\d+$/.test(process.argv[5] ?? '') ? Number(process.argv[5]) : null;
  // The bench's loaded condition (bench/load.ts): a busy-looping thread per CPU while the steps are traced.
  const spinner = process.argv.includes('loaded') ? startSpinner() : null;
  // `quick` or `held`: how the keys are pressed (timeStep's KeyRelease; its default if neither).
  const release = (['quick', 'held'] as const).find((r) => process.argv.includes(r));
  const dir = mkdtempSync(join(tmpdir(), 'briefing-profile-build-'));
  const db = join(dir, 'seeded.sqlite');
  openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  const app = await startApp(db);
  const browser = await launch();
  try {
    const deck = firstDeck(app.store.db);
    // One slide only (its number as a fourth argument): opened once, stepped `rounds` times.
    const built = setBuilds(app.store.db, deck.id).filter(([index]) => only === null || index === only - 1);
    const ctx = await newContext(browser, { reducedMotion: motion });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    mkdirSync(join(ROOT, 'out/bench'), { recursive: true });
    const path = join(ROOT, 'out/bench/trace-build.json');
    const times: number[] = [];
    const parts: (StepParts & { ms: number; key: 'forth' | 'back' })[] = [];
    let traced = false;
    let line: string[] = [];
    // As the judged rows walk the show (bench/builds-ink.ts): opened once, each slide jumped to by the hub.
    await walkBuilds({
      page,
      hub: app.hub,
      built,
      total: deck.n,
      rounds,
      release,
      open: (index) => openAt(page, app, deck.id, deck.n, index),
      onSlide: async ({ chart }) => {
        if (line.length) console.log(line.join(' '));
        line = [];
        if (chart !== (which === 'chart')) return false;
        if (!traced) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
          await browser.startTracing(page, {
            path,
            categories: [
              'devtools.timeline',
              'v8.execute',
              'blink',
              'cc',
              'benchmark',
              'input',
              'latencyInfo',
              'disabled-by-default-devtools.timeline',
            ],
          });
          traced = true;
        }
        return true;
      },
      onStep: async ({ index, i, ms }) => {
        if (i === 0) line.push(`slide ${index + 1}:`);
        times.push(ms);
        parts.push({ ms, key: i < built.find(([n]) => n === index)![1] ? 'forth' : 'back', ...(await lastStepParts(page)) });
        line.push(ms.toFixed(1));
      },
    });
    if (line.length) console.log(line.join(' '));
    if (traced) {
      await browser.stopTracing();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(ROOT, 'out/bench/build.cpuprofile'), JSON.stringify(profile));
    }
    await ctx.close();
    console.log(`\n${stepParts(parts)}`);
    writeFileSync(join(ROOT, 'out/bench/build-steps.json'), JSON.stringify(parts));
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
    console.log(`\n${keyupsBeforeEnd(events, threads, parts)}`);
    console.log(slowStepsCpu(events, threads, parts));
    console.log(`\ntrace: ${path}`);
  } finally {
    await spinner?.stop();
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
