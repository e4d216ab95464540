/**
 * BENCH_TRACE=1: a Chromium performance trace (CDP Tracing, through Playwright's browser.startTracing) of
 * the slide switches, saved to out/bench/, and a summary of where the renderer's main thread spent its
 * time: total duration of the top-level trace events by name.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ROOT } from './lib';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export const tracing = () => process.env.BENCH_TRACE === '1';

export async function traced<T>(browser: Browser, page: Page, name: string, f: () => Promise<T>): Promise<{ result: T; summary: string }> {
  const dir = join(ROOT, 'out/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `trace-${name}.json`);
  await browser.startTracing(page, {
    path,
    categories: ['devtools.timeline', 'v8.execute', 'blink', 'loading', 'disabled-by-default-devtools.timeline'],
  });
  const result = await f();
  await browser.stopTracing();
  return { result, summary: `${path}\n${summarize(path)}` };
}

/** Main-thread time by top-level event name, largest first. */
export function summarize(path: string, top = 12): string {
  const events = readTraceEvents(path);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return '(no renderer main thread in the trace)';
  const CONTAINERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'SequenceManager::DoIdleWork']);
  const xs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && !CONTAINERS.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  const totals = new Map<string, { ms: number; n: number; max: number }>();
  let end = 0;
  for (const e of xs) {
    if (e.ts < end) continue; // nested inside the previous top-level event
    end = e.ts + e.dur!;
    const t = totals.get(e.name) ?? { ms: 0, n: 0, max: 0 };
    t.ms += e.dur! / 1000;
    t.n++;
    t.max = Math.max(t.max, e.dur! / 1000);
    totals.set(e.name, t);
  }
  const span = xs.length ? (xs[xs.length - 1].ts - xs[0].ts) / 1000 : 0;
  return [
    `renderer main thread, ${span.toFixed(0)} ms traced; top-level events:`,
    ...[...totals.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, t]) => `  ${name.padEnd(28)} ${t.ms.toFixed(1).padStart(9)} ms  n=${t.n}  max ${t.max.toFixed(1)} ms`),
  ].join('\n');
}

/** The events of a trace file Chromium wrote (an object with traceEvents, or a bare array). */
export function readTraceEvents<E = TraceEvent>(path: string): E[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: E[] } | E[];
  return Array.isArray(raw) ? raw : raw.traceEvents;
}

/** Each thread's name by "pid:tid", from the trace's metadata events. */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  return names;
}
