/**
 * 3. Slide switch, and the in-page instruments the first-slide and scale sections reuse.
 *
 * Slide switch: a real key press (its event timestamp, so a key waiting behind a busy page counts) →
 * end of the first frame showing the new slide number with every chart of that slide drawn; forth and
 * back over all slides, the keys landing at random points of the frame interval.
 */
import type { Browser, Page } from '@playwright/test';
import { type App, type SlideProbe, newContext, staticServer } from './app';
import { log, row, stats, type Row } from './lib';
import { traced, tracing } from './trace';

export interface SwitchSample {
  /** keydown → first frame showing the new slide number. */
  visible: number;
  /** keydown → first frame with the new slide complete (charts drawn). */
  complete: number;
  slide: number;
  chart: boolean;
}

/**
 * How fast the keys come. `presenter`: a pause of PRESENTER_PAUSE_MS before each press, as when someone
 * speaks to a slide for even a moment; `rapid`: the next press as soon as the last slide is complete,
 * whatever the page is still doing (preparing the next neighbour, for instance).
 */
export type Pace = 'presenter' | 'rapid';
const PRESENTER_PAUSE_MS = 200;

/** The in-page half of one timed switch: armed before the key, resolved with the sample. */
interface Armed {
  __switch?: Promise<{ visible: number; complete: number; chart: boolean }>;
}

/**
 * Time slide switches the way a clicker makes them: each key is real input (CDP Input.dispatchKeyEvent,
 * as a key on the keyboard), and the clock starts at the event's own timestamp, taken when the browser
 * received it, so time the key waits behind a busy main thread counts. The clock stops at the end of
 * the first frame (main-thread rendering) whose rAF saw slide `expect[i]` shown with every chart drawn.
 * The key lands at a random point of the frame interval: the keys are sent from Node, not from a frame.
 */
export async function timeSwitches(page: Page, keys: string[], expect: number[], total: number, pace: Pace): Promise<SwitchSample[]> {
  const out: SwitchSample[] = [];
  for (let i = 0; i < keys.length; i++) {
    await page.evaluate(
      async ({ want, pace, PRESENTER_PAUSE_MS }) => {
        const w = window as unknown as Armed;
        // (Not requestIdleCallback: after real key input Chromium withholds idle periods for seconds.)
        if (pace === 'presenter') await new Promise((r) => setTimeout(r, PRESENTER_PAUSE_MS));
        const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
        // The end of the frame whose rAF is running: a task queued now runs once that frame is rendered.
        const afterFrame = () =>
          new Promise<number>((r) => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => r(performance.now());
            ch.port2.postMessage(0);
          });
        w.__switch = new Promise((resolve, reject) => {
          window.addEventListener(
            'keydown',
            (e) => {
              const t0 = e.timeStamp;
              void (async () => {
                let visible = NaN;
                for (let guard = 0; guard < 1200; guard++) {
                  await frame();
                  const slide = (window as unknown as SlideProbe).__benchSlide(want);
                  const end = await afterFrame();
                  if (slide && Number.isNaN(visible)) visible = end - t0;
                  if (slide?.complete) return resolve({ visible, complete: end - t0, chart: slide.charts > 0 });
                }
                reject(new Error(`slide ${want} never completed`));
              })();
            },
            { capture: true, once: true },
          );
        });
      },
      { want: `${expect[i]} / ${total}`, pace, PRESENTER_PAUSE_MS },
    );
    await page.keyboard.press(keys[i]);
    const s = await page.evaluate(() => (window as unknown as Armed).__switch!);
    out.push({ ...s, slide: expect[i] });
  }
  return out;
}

/**
 * Walk slides as fast as the page allows (synthetic key events, no timing): for the heap check, where
 * only the end state matters. Press `keys` one after another, each time waiting for slide `expect[i]`
 * (1-based) of `total` to be shown complete.
 */
export async function walkSlides(page: Page, keys: string[], expect: number[], total: number): Promise<void> {
  await page.evaluate(
    async ({ keys, expect, total }) => {
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      for (let i = 0; i < keys.length; i++) {
        const want = `${expect[i]} / ${total}`;
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i], bubbles: true, cancelable: true }));
        for (let guard = 0; ; guard++) {
          await frame();
          if ((window as unknown as SlideProbe).__benchSlide(want)?.complete) break;
          if (guard > 1200) throw new Error(`slide ${want} never completed`);
        }
      }
    },
    { keys, expect, total },
  );
}

/** Forth to the last slide and back to the first, repeated until at least `min` switches. */
export function pingPong(total: number, min: number): { keys: string[]; expect: number[] } {
  const keys: string[] = [];
  const expect: number[] = [];
  let at = 1;
  let dir = 1;
  while (keys.length < min) {
    if (at === total) dir = -1;
    if (at === 1) dir = 1;
    at += dir;
    keys.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
    expect.push(at);
  }
  return { keys, expect };
}

/** Open the app page on slide `index` (0-based) of `deckId` and wait until that slide is shown. */
export async function openAt(page: Page, app: App, deckId: number, total: number, index: number, path = '/'): Promise<void> {
  app.hub.act({ type: 'open', deckId, total, index });
  await page.goto(app.url(path));
  await page
    .getByTestId('slide-number')
    .filter({ hasText: `${index + 1} / ${total}` })
    .waitFor({ timeout: 60_000 });
}

/**
 * `path`: the audience view (/) or the presenter view (/presenter, whose current slide is timed).
 * `judged`: held to the target (a presenter's click on the slides the room sees). The other rows
 * are reported: keys sent as fast as slides complete (a throughput test: each switch leaves a neighbour
 * to prepare), and the presenter's own view (which tells the hub before painting, so that the audience
 * window, another process, starts first).
 */
const SWITCH_RUNS: {
  motion: 'reduce' | 'no-preference';
  pace: Pace;
  id: string;
  label: string;
  path: string;
  judged: boolean;
  share?: number;
}[] = [
  { motion: 'reduce', pace: 'presenter', id: 'switch.reduced', label: 'presenter pace, reduced motion', path: '/', judged: true },
  { motion: 'no-preference', pace: 'presenter', id: 'switch.motion', label: 'presenter pace, motion allowed', path: '/', judged: true },
  { motion: 'reduce', pace: 'rapid', id: 'switch.rapid', label: 'back to back, reduced motion', path: '/', judged: false },
  // Half the switches (a minute saved): reported only, and the bench must stay under ten minutes.
  {
    motion: 'reduce',
    pace: 'presenter',
    id: 'switch.presenter-view',
    label: 'in the presenter view, presenter pace',
    path: '/presenter',
    judged: false,
    share: 0.5,
  },
];

/**
 * The floor of a switch: a page whose key handler does nothing but change the slide number's text,
 * measured by the same harness. What it shows is the wait for the next frame (the key press lands at a
 * random point of the 16.7 ms frame interval) plus the cheapest possible frame.
 */
function switchFloorPage(total: number): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>floor</title>
<body style="margin:0;background:#0b1220;color:#fff;font:48px sans-serif"><article><p data-testid="slide-number">1 / ${total}</p></article>
<script>
let n = 1;
document.body.addEventListener('keydown', (e) => {
  n = Math.min(${total}, Math.max(1, n + (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0)));
  document.querySelector('[data-testid="slide-number"]').textContent = n + ' / ${total}';
});
</script></body></html>`;
}

async function switchFloor(browser: Browser, total: number, switches: number): Promise<SwitchSample[]> {
  const server = await staticServer(new Map([['/floor.html', switchFloorPage(total)]]));
  const ctx = await newContext(browser, { reducedMotion: 'reduce' });
  try {
    const page = await ctx.newPage();
    await page.goto(`${server.origin}/floor.html`);
    const plan = pingPong(total, switches);
    return await timeSwitches(page, plan.keys, plan.expect, total, 'presenter');
  } finally {
    await ctx.close();
    await server.close();
  }
}

export async function benchSwitch(o: { browser: Browser; app: App; deckId: number; total: number; switches: number }): Promise<Row[]> {
  const rows: Row[] = [];
  const floorSamples = await switchFloor(o.browser, o.total, o.switches);
  const floor = {
    name: 'a page that only changes the number (same harness)',
    stats: stats(
      floorSamples.map((s) => s.complete),
      true,
    ),
  };
  log(`switch floor: p50 ${floor.stats.p50?.toFixed(1)} p95 ${floor.stats.p95?.toFixed(1)} ms`);
  for (const run of SWITCH_RUNS) {
    const ctx = await newContext(o.browser, { reducedMotion: run.motion });
    const page = await ctx.newPage();
    await openAt(page, o.app, o.deckId, o.total, 0, run.path);
    const warm = pingPong(o.total, o.total * 2 - 2); // one walk forth and back, not counted (no pauses: it only warms up)
    await timeSwitches(page, warm.keys, warm.expect, o.total, 'rapid');
    const plan = pingPong(o.total, Math.ceil(o.switches * (run.share ?? 1)));
    const walk = () => timeSwitches(page, plan.keys, plan.expect, o.total, run.pace);
    let samples: SwitchSample[];
    if (tracing()) {
      const t = await traced(o.browser, page, run.id, walk);
      samples = t.result;
      log(`trace of the switches (${run.label}): ${t.summary}`);
    } else samples = await walk();
    await ctx.close();
    const complete = samples.map((s) => s.complete);
    const charts = samples.filter((s) => s.chart);
    const visible = stats(
      samples.map((s) => s.visible),
      true,
    );
    const chartStats = stats(
      charts.map((s) => s.complete),
      true,
    );
    const plain = stats(
      samples.filter((s) => !s.chart).map((s) => s.complete),
      true,
    );
    log(`switch (${run.label}): p50 ${stats(complete, true).p50?.toFixed(1)} p95 ${stats(complete, true).p95?.toFixed(1)} ms`);
    rows.push(
      row({
        id: run.id,
        group: 'Slide switch',
        name: `slide switch, ${run.label} (${samples.length} switches)`,
        unit: 'ms',
        stats: stats(complete, true),
        floor,
        ...(run.judged ? { target: { value: 16.7, direction: 'max' as const, on: 'p95' as const, text: 'p95 ≤ 16.7 ms' } } : {}),
        note:
          `floor p50 ${floor.stats.p50?.toFixed(1)} / p95 ${floor.stats.p95?.toFixed(1)} ms; ` +
          `new number first painted: p50 ${visible.p50?.toFixed(1)} / p95 ${visible.p95?.toFixed(1)} ms; ` +
          `chart slides (${charts.length}) complete p50 ${chartStats.p50?.toFixed(1)} / p95 ${chartStats.p95?.toFixed(1)} ms; ` +
          `other slides p50 ${plain.p50?.toFixed(1)} / p95 ${plain.p95?.toFixed(1)} ms`,
        extra: {
          pace: run.pace,
          visible,
          chartSlides: chartStats,
          otherSlides: plain,
          slowest: [...samples].sort((a, b) => b.complete - a.complete).slice(0, 8),
        },
      }),
    );
  }
  return rows;
}
