/**
 * BRIEFING_EXPORT_TRACE=1: the exporter prints when each step ended, in ms since the process started
 * (`export-pdf +412 ms (this process's CPU 230 ms) launched`), to stderr. How the profile of a cold export was taken; silent otherwise.
 */
import { performance } from 'node:perf_hooks';
import type { Cdp } from './cdp';

export const tracing = !!process.env.BRIEFING_EXPORT_TRACE;

export const mark: (step: string) => void = tracing
  ? (step) => {
      const { user, system } = process.cpuUsage();
      process.stderr.write(
        `export-pdf +${performance.now().toFixed(0)} ms (this process's CPU ${((user + system) / 1000).toFixed(0)} ms) ${step}\n`,
      );
    }
  : () => {};

/** Run in the print page once ready: its clock's origin, and when each of its requests started and ended. */
export const PAGE_TIMINGS = `JSON.stringify({
  origin: performance.timeOrigin,
  now: performance.now(),
  navigation: (() => { const n = performance.getEntriesByType('navigation')[0]; return n ? [['fetchStart', n.fetchStart], ['responseStart', n.responseStart], ['responseEnd', n.responseEnd], ['domInteractive', n.domInteractive], ['domContentLoaded', n.domContentLoadedEventEnd], ['load', n.loadEventEnd]] : []; })(),
  requests: performance.getEntriesByType('resource').map((e) => [e.name.replace(/^.*[/]/, '').slice(0, 40), e.startTime, e.responseEnd]),
  marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]),
})`;

/** The print page's timings (PAGE_TIMINGS) on this process's clock: what it fetched, when, and when it was ready. */
export function tracePage(json: string): void {
  const page = JSON.parse(json) as {
    origin: number;
    now: number;
    navigation?: [string, number][];
    requests: [string, number, number][];
    marks?: [string, number][];
  };
  const at = (ms: number) => `+${(page.origin - performance.timeOrigin + ms).toFixed(0)}`;
  process.stderr.write(`export-pdf   page navigation ${at(0)} ms${(page.navigation ?? []).map(([k, v]) => `, ${k} ${at(v)}`).join('')}\n`);
  for (const [name, start, end] of page.requests) process.stderr.write(`export-pdf   page request ${at(start)}–${at(end)} ms ${name}\n`);
  for (const [name, t] of page.marks ?? []) process.stderr.write(`export-pdf   page step ${at(t)} ms ${name}\n`);
  process.stderr.write(`export-pdf   page ready ${at(page.now)} ms\n`);
}

/**
 * The browser's CPU time so far by process type (renderer, browser, gpu, utility), as Chromium counts it: what
 * a paired comparison of two builds reads on a loaded machine, where wall-clock times mostly measure the load.
 */
export async function traceBrowserCpu(cdp: Cdp): Promise<void> {
  try {
    const { processInfo } = await cdp.send<{ processInfo: { type: string; cpuTime: number }[] }>('SystemInfo.getProcessInfo');
    const by = new Map<string, number>();
    for (const p of processInfo) by.set(p.type, (by.get(p.type) ?? 0) + p.cpuTime);
    const total = [...by.values()].reduce((a, b) => a + b, 0);
    // Each renderer apart, busiest first: a batch printing in two pages has two that matter, and a lane's time is its own.
    const renderers = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => (p.cpuTime * 1000).toFixed(0))
      .sort((a, b) => Number(b) - Number(a));
    mark(
      `browser CPU ${(total * 1000).toFixed(0)} ms (${[...by].map(([k, v]) => `${k} ${(v * 1000).toFixed(0)}`).join(', ')}; renderers ${renderers.join(' + ')})`,
    );
  } catch (e) {
    mark(`browser CPU unknown: ${(e as Error).message}`);
  }
}
