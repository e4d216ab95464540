/**
 * `npx tsx bench/profile-pdf.ts [layout] [db]`: where the print page's time goes, against its static floor.
 * Loads print.html for the layout as the exporter does (one page, ready, then Page.printToPDF), then the
 * static copy of that page (no script), each under a Chromium trace, and prints the renderer main thread's
 * busy time by top-level event name and the JavaScript self time by function. A diagnosis tool, not a
 * measure: tracing slows the page down.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { PRINT_READY, printWindowSize, type PrintLayout } from '../src/shared/print';
import { launch, snapshot, startApp, staticHtml, toRendererFile } from './app';
import { ROOT } from './lib';
import { readTraceEvents, threadNames, type TraceEvent } from './trace';

const layout = (process.argv[2] ?? 'brief') as PrintLayout;
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

const CONTAINERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'SequenceManager::DoIdleWork']);

/** The busiest renderer main thread's top-level events by name (a navigation to the bridge changes process). */
function summarize(path: string, top = 20): string {
  const events = readTraceEvents<TraceEvent>(path);
  const mains = [...threadNames(events).entries()].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const byThread = mains.map((key) => {
    const xs = events
      .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined && !CONTAINERS.has(e.name))
      .sort((a, b) => a.ts - b.ts);
    const totals = new Map<string, number>();
    let end = 0;
    let busy = 0;
    for (const e of xs) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur as number);
      busy += e.dur as number;
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur as number));
    }
    return {
      busy,
      totals,
      xs,
      tops: xs.filter((e, i) => i === 0 || e.ts >= (xs[i - 1] as TraceEvent).ts + ((xs[i - 1] as TraceEvent).dur as number)),
    };
  });
  const main = byThread.sort((a, b) => b.busy - a.busy)[0];
  if (process.env.PROFILE_TIMELINE && main) {
    const t0 = Math.min(...main.xs.map((e) => e.ts));
    const sends = events.filter((e) => e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish');
    const lines = [
      ...main.tops
        .filter((e) => (e.dur as number) > 4000)
        .map((e) => [e.ts, `task ${e.name} ${((e.dur as number) / 1000).toFixed(1)} ms`] as const),
      ...sends.map(
        (e) =>
          [
            e.ts,
            `${e.name} ${String((e.args as { data?: { url?: string } })?.data?.url ?? '')
              .replace(/^.*[/]/, '')
              .slice(0, 40)}`,
          ] as const,
      ),
    ].sort((a, b) => a[0] - b[0]);
    for (const [ts, text] of lines) if (ts >= t0) console.log(`${((ts - t0) / 1000).toFixed(0).padStart(6)} ${text}`);
  }
  if (!main) return '(no renderer main thread)';
  return [
    `renderer main thread busy ${(main.busy / 1000).toFixed(0)} ms; top-level events:`,
    ...[...main.totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, us]) => `${(us / 1000).toFixed(1).padStart(9)} ms  ${n}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-profile-pdf-'));
  const db = process.argv[3] ?? join(dir, 'seeded.sqlite');
  if (!process.argv[3]) openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  const out = join(ROOT, 'out/bench');
  mkdirSync(out, { recursive: true });
  const app = await startApp(db);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: printWindowSize(layout) });
    const appTrace = join(out, `trace-print-${layout}.json`);
    await browser.startTracing(page, { path: appTrace, categories: CATEGORIES });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(app.url(`/print.html?layout=${layout}`));
    await page.evaluate((key) => (globalThis as unknown as Record<string, Promise<unknown>>)[key], PRINT_READY);
    const tReady = Date.now();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(out, `print-${layout}.cpuprofile`), JSON.stringify(profile));
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const tPrinted = Date.now();
    await browser.stopTracing();
    const html = join(dir, `print-${layout}.html`);
    writeFileSync(html, staticHtml(await snapshot(page), toRendererFile));
    await page.close();
    console.log(`app: ready ${tReady - t0} ms, printed ${tPrinted - tReady} ms\n${summarize(appTrace, 20)}\n`);
    const floor = await browser.newPage({ viewport: printWindowSize(layout) });
    const floorTrace = join(out, `trace-print-${layout}-floor.json`);
    await browser.startTracing(floor, { path: floorTrace, categories: CATEGORIES });
    const f0 = Date.now();
    await floor.goto(pathToFileURL(html).href);
    await floor.evaluate(() => document.fonts.ready);
    const fReady = Date.now();
    await floor.pdf({ preferCSSPageSize: true, printBackground: true });
    const fPrinted = Date.now();
    await browser.stopTracing();
    console.log(`floor: ready ${fReady - f0} ms, printed ${fPrinted - fReady} ms\n${summarize(floorTrace, 20)}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

void main();
