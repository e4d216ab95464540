/**
 * `npx tsx bench/profile-first.ts [app|floor|chart] [runs]`: where the first chart slide's time goes. Loads
 * the page as the first-slide bench's cold reduced-motion row does (a fresh context, the hub already at
 * the slide), under a Chromium trace with V8's sampling profiler, and prints, from navigation start to the
 * end of the first complete frame: every request (sent → finished), the renderer main thread's top-level
 * tasks over 1 ms in order, its busy time by kind, and the JavaScript self time by script and by function.
 * The trace of the last run is kept in out/bench/trace-first-<page>.json. A diagnosis tool, not a measure:
 * tracing slows the page down.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { SECURITY_HEADERS } from '../src/main/web/server';
import {
  FONTS_READY,
  firstDeck,
  firstPaintOf,
  firstPaintProbe,
  firstSlideCondition,
  launch,
  servedFrameKey,
  newContext,
  persistentContext,
  snapshot,
  startApp,
  staticHtml,
  staticServer,
  toSamePath,
} from './app';
import { CHART_FLOOR_DRAWN, CHART_FLOOR_PAGE, chartFloorFiles } from './chart-floor';
import { openAt } from './deck';
import { reportGeometry } from './first-slide';
import { ROOT, RENDERER_DIR } from './lib';
import { readTraceEvents } from './trace';
import { SourceMapConsumer } from 'source-map-js';
import { existsSync } from 'node:fs';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike dur, not stretched while the thread waits for a CPU. */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; requestId?: string; frame?: string } };
}
interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const which = (process.argv[2] ?? 'app') as 'app' | 'floor' | 'chart';
const runs = Number(process.argv[3] ?? 1);
/** PROFILE_WARM=1: the loads go to one profile on disk that has loaded the page twice before (the warm row). */
const warmRun = process.env.PROFILE_WARM === '1';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-profile-'));
  const db = join(dir, 'seeded.sqlite');
  openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  const app = await startApp(db);
  const browser = await launch();
  const out = join(ROOT, 'out/bench');
  mkdirSync(out, { recursive: true });
  try {
    const deckRow = firstDeck(app.store.db);
    const index = getDeck(app.store.db, deckRow.id)!.slides.findIndex((s) => s.chart);
    const want = `${index + 1} / ${deckRow.n}`;
    const appCondition = `(() => { const s = window.__benchSlide(${JSON.stringify(want)}); return !!s && s.charts > 0 && s.complete && ${FONTS_READY}; })()`;
    // As the bench's first-slide rows do: a session before, whose window reported its geometry, so main serves the
    // next app page its first frame and its chart's picture (PROFILE_SERVED=0: profile the page without them).
    const served =
      which === 'app' &&
      process.env.PROFILE_SERVED !== '0' &&
      (await reportGeometry({ browser, app, deckId: deckRow.id, total: deckRow.n }, index));
    if (which === 'app') console.log(`main's first frame and chart picture served: ${served ? 'yes' : 'no'}`);
    let url = app.url('/');
    let condition = served ? firstSlideCondition(want, servedFrameKey(app)) : appCondition;
    let server: { origin: string; close(): Promise<void> } | undefined;
    if (which !== 'app') {
      const ctx0 = await newContext(browser, { reducedMotion: 'reduce' });
      const p0 = await ctx0.newPage();
      await p0.addInitScript(firstPaintProbe(appCondition));
      await openAt(p0, app, deckRow.id, deckRow.n, index);
      await firstPaintOf(p0, 'the page the floor is saved from');
      const html = staticHtml(await snapshot(p0, { onlyShownSlide: true }), toSamePath);
      await ctx0.close();
      server = await staticServer(
        new Map([['/slide.html', html], ...(await chartFloorFiles(html, app.store, deckRow.id, index))]),
        SECURITY_HEADERS,
      );
      url = which === 'floor' ? `${server.origin}/slide.html` : `${server.origin}${CHART_FLOOR_PAGE}`;
      condition =
        which === 'floor'
          ? `document.body && Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0) && ${FONTS_READY}`
          : `document.body && ${CHART_FLOOR_DRAWN} && ${FONTS_READY}`;
    }
    const profile = warmRun ? await persistentContext({ reducedMotion: 'reduce' }) : undefined;
    const open = async () => {
      const ctx = profile?.context ?? (await newContext(browser, { reducedMotion: 'reduce' }));
      const page = await ctx.newPage();
      return { page, close: () => (profile ? page.close() : ctx.close()) };
    };
    for (let w = 0; profile && w < 2; w++) {
      const { page, close } = await open();
      await page.addInitScript(firstPaintProbe(condition));
      if (which === 'app') app.hub.act({ type: 'open', deckId: deckRow.id, total: deckRow.n, index });
      await page.goto(url);
      await firstPaintOf(page, which);
      await close();
    }
    for (let r = 0; r < runs; r++) {
      const { page, close } = await open();
      await page.addInitScript(firstPaintProbe(condition));
      const path = join(out, `trace-first-${which}.json`);
      const trace = process.env.PROFILE_TRACE !== '0';
      const cdp = trace ? await page.context().newCDPSession(page) : undefined;
      await cdp?.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
      if (which === 'app') app.hub.act({ type: 'open', deckId: deckRow.id, total: deckRow.n, index });
      await page.goto(url);
      const ms = await firstPaintOf(page, which);
      await new Promise((ok) => setTimeout(ok, 300));
      if (cdp) await saveTrace(cdp, path);
      const timing = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .map((e) => [e.startTime, e.requestStart, e.responseStart, e.responseEnd, e.name] as const),
      );
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(1)}`));
      await close();
      console.log(`marks: ${marks.join(', ')}`);
      console.log(`\n=== ${warmRun ? 'warm ' : ''}${which} run ${r + 1}: first complete frame at ${ms.toFixed(1)} ms ===`);
      console.log('resource timing (start, request, response, end):');
      for (const [a, b, c, d, n] of timing)
        if (a <= ms) console.log(`  ${[a, b, c, d].map((x) => x.toFixed(1).padStart(7)).join(' ')}  ${short(n)}`);
      if (trace) report(path, ms);
    }
    await server?.close();
    await profile?.close();
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'blink.user_timing',
  'loading',
  // PROFILE_SAMPLES=0: no V8 sampling (it slows the page down by half again); the task list stays.
  ...(process.env.PROFILE_SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
];

/** End the trace begun on `cdp` and write it to `path`. */
async function saveTrace(cdp: CDPSession, path: string): Promise<void> {
  const complete = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream!)));
  await cdp.send('Tracing.end');
  const handle = await complete;
  const parts: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle });
    parts.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  writeFileSync(path, parts.join(''));
}

const short = (u: unknown) =>
  String(u ?? '')
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/\?token=\w+/, '?token=…')
    .slice(0, 70);

/**
 * A page that moved to a new renderer process (its Cross-Origin-Opener-Policy) may have none of its own
 * navigationStart in the trace (warm loads: the process was up before tracing reached it): the navigation
 * began in the old process (a navigationStart of the main frame with no URL yet), and the page runs in the
 * process the browser committed it to (FrameCommittedInBrowser).
 */
function navigationInOldProcess(events: TraceEvent[]): TraceEvent | undefined {
  const committed = events
    .filter(
      (e) =>
        e.name === 'FrameCommittedInBrowser' && /^http:/.test(String(e.args?.data?.url)) && typeof e.args?.data?.processId === 'number',
    )
    .at(-1);
  if (!committed) return undefined;
  const started = events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        e.ts <= committed.ts &&
        e.args?.data?.documentLoaderURL === '' &&
        e.args?.data?.isOutermostMainFrame === true,
    )
    .at(-1);
  return started && { ...started, pid: committed.args!.data!.processId as number };
}

function report(path: string, firstMs: number): void {
  const events = readTraceEvents<TraceEvent>(path);
  // The renderer that ran the page: the navigationStart mark of its document.
  const navs = events.filter((e) => e.name === 'navigationStart' && /^http:/.test(String(e.args?.data?.documentLoaderURL)));
  const nav = navs.at(-1) ?? navigationInOldProcess(events);
  if (!nav) throw new Error('no navigationStart in the trace');
  const t0 = nav.ts;
  const end = t0 + firstMs * 1000;
  const rel = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const main = events.find((e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain')!;

  // Requests: sent → response → finish, by requestId.
  const reqs = new Map<string, { url: string; sent: number; resp?: number; fin?: number; prio?: unknown }>();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId || (e.pid !== nav.pid && !String(reqs.get(d.requestId)?.url ?? d.url).startsWith('http://127.'))) continue;
    if (e.name === 'ResourceSendRequest') reqs.set(d.requestId, { url: String(d.url), sent: e.ts, prio: d.priority });
    const r = reqs.get(d.requestId);
    if (!r) continue;
    if (e.name === 'ResourceReceiveResponse') r.resp = e.ts;
    if (e.name === 'ResourceFinish') r.fin = e.ts;
  }
  console.log('requests (ms from navigation start: sent, response, finished):');
  for (const r of [...reqs.values()]
    .filter((r) => r.sent >= t0 - 5e5 && /^(https?|blob|data):/.test(r.url))
    .sort((a, b) => a.sent - b.sent))
    console.log(
      `  ${rel(r.sent)} ${r.resp ? rel(r.resp) : '      -'} ${r.fin ? rel(r.fin) : '      -'}  ${String(r.prio ?? '').padEnd(8)} ${short(r.url)}`,
    );

  // Main thread top-level tasks.
  const CONTAINERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'SequenceManager::DoIdleWork']);
  const xs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= t0 && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  console.log('main thread, top-level events > 1 ms (start, duration, name, detail):');
  const totals = new Map<string, number>();
  let until = 0;
  let busy = 0;
  let cpu = 0;
  for (const e of xs) {
    if (CONTAINERS.has(e.name)) continue;
    if (e.ts < until) continue;
    until = e.ts + e.dur!;
    busy += e.dur!;
    cpu += e.tdur ?? 0;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur!);
    if (e.dur! > 1000) {
      const d = e.args?.data as Record<string, unknown> | undefined;
      const detail = d?.url ?? d?.functionName ?? (d?.type as string | undefined) ?? d?.frame ?? '';
      console.log(`  ${rel(e.ts)} ${(e.dur! / 1000).toFixed(1).padStart(6)}  ${e.name.padEnd(24)} ${short(detail)}`);
    }
  }
  // Thread time is what a loaded machine stretches least: the figure to compare two builds by when it is busy.
  console.log(`main thread CPU ${(cpu / 1000).toFixed(1)} ms (thread time of the same tasks)`);
  console.log(`main thread busy ${(busy / 1000).toFixed(1)} ms of ${firstMs.toFixed(0)} ms; by kind:`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);

  // V8 samples of that renderer, within the window.
  const nodes = new Map<number, CpuNode>();
  const self = new Map<number, number>();
  for (const e of events.filter((e) => e.pid === nav.pid && e.name === 'ProfileChunk')) {
    const d = e.args?.data as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  }
  let clock = 0;
  const profiles = events.filter((e) => e.pid === nav.pid && e.name === 'Profile');
  clock = (profiles[0]?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  for (const e of events.filter((e) => e.pid === nav.pid && e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
    const d = e.args?.data as { cpuProfile?: { samples?: number[] }; timeDeltas?: number[] } | undefined;
    const samples = d?.cpuProfile?.samples ?? [];
    const deltas = d?.timeDeltas ?? [];
    samples.forEach((s, i) => {
      clock += deltas[i] ?? 0;
      if (clock < t0 || clock > end) return;
      self.set(s, (self.get(s) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
    });
  }
  // Built with `npx electron-vite build --sourcemap`: frames named by their source file, line and function.
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapped = (c: CpuNode['callFrame']): string | null => {
    const file = (c.url ?? '').replace(/^https?:\/\/[^/]+\//, '');
    if (!file.startsWith('assets/')) return null;
    if (!maps.has(file)) {
      const m = join(RENDERER_DIR, file + '.map');
      maps.set(file, existsSync(m) ? new SourceMapConsumer(JSON.parse(readFileSync(m, 'utf8'))) : null);
    }
    const p = maps.get(file)?.originalPositionFor({ line: c.lineNumber + 1, column: c.columnNumber });
    return p?.source
      ? `${p.name ?? c.functionName} ${p.source.replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '')}:${p.line}`
      : null;
  };
  const bySource = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, us] of self) {
    const c = nodes.get(id)?.callFrame;
    if (!c) continue;
    const u = (c.url ?? '').split('/').pop() || `(${c.functionName || 'program'})`;
    byUrl.set(u, (byUrl.get(u) ?? 0) + us);
    const m = mapped(c);
    const f = m ?? `${c.functionName || '(anon)'} ${u}:${c.lineNumber}:${c.columnNumber}`;
    const src = m
      ? m
          .split(' ')[1]
          .replace(/:\d+$/, '')
          .replace(/^(~[^/]+).*/, '$1')
      : u;
    bySource.set(src, (bySource.get(src) ?? 0) + us);
    byFn.set(f, (byFn.get(f) ?? 0) + us);
  }
  // Inclusive ("total") time of our own functions: each sample counts once for every distinct frame of src/ on its stack.
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const m = mapped(n.callFrame);
      if (m && m.includes(' src/') && !seen.has(m)) {
        seen.add(m);
        inclusive.set(m, (inclusive.get(m) ?? 0) + us);
      }
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(
    `V8 samples, self time by script:\n${top(byUrl, 10)}\nby source:\n${top(bySource, 25)}\nby function:\n${top(byFn, 40)}\nour functions, inclusive:\n${top(inclusive, 40)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
