/**
 * 3b. Build steps and ink, measured the way the slide switch is (deck.ts).
 *
 * Build step: every slide that can build is set to build item by item (in the bench's own store); on each,
 * a real key press (CDP input, clock from the event's own timestamp) steps forth through all its items and
 * back, and the clock stops at the end of the first frame that shows the slide at the new step
 * (`data-shown`), with every chart of it drawn. Presenter's pace, with and without reduced motion: judged
 * against the slide switch's target (p95 ≤ 16.7 ms on the audience window).
 *
 * Ink: the presenter view draws strokes with the pen (real mouse input, a move every 8 ms sent as raw input on
 * its own clock, not each awaited: Chromium hands a page the moves that arrived since its last frame as one
 * pointermove with its coalesced events, as it does a real mouse's); the audience window, another window,
 * counts in each of its frames whether the ink it shows grew.
 * Ink frame rate = frames that drew new ink ÷ the stroke's time on the audience window; judged ≥ 60 fps.
 * Its own frame rate over the same time is reported beside it.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { buildItems } from '../src/shared/builds';
import { getDeck } from '../src/main/store/decks';
import { updateSlide } from '../src/main/store/slide-edits';
import type { PresentationHub } from '../src/main/presentation-hub';
import { newContext, type App, type SlideProbe } from './app';
import { openAt, type Pace } from './deck';
import { openInkPair } from './ink-session';
import { log, row, stats, type Row } from './lib';

const PRESENTER_PAUSE_MS = 200;

interface Armed {
  __step?: Promise<number>;
  __stepParts?: StepParts;
}

/**
 * Where a timed step's time went, on the page's clock from the key's own timestamp: `input`, until the page's
 * first keydown listener ran (the key's way from the browser to a free main thread); `frames`, each frame the
 * page drew until it showed the step: [its begin time (requestAnimationFrame's), the end of its work].
 */
export interface StepParts {
  input: number;
  frames: [number, number][];
}

/** The parts of the step timeStep timed last on `page`. */
export const lastStepParts = (page: Page): Promise<StepParts> => page.evaluate(() => (window as unknown as Armed).__stepParts!);

/**
 * How a timed key is pressed: `held` (the judged rows), released once the page has shown the step, as a
 * presenter's finger (or a remote's button) stays down 50–150 ms, longer than the step's frame; `quick`,
 * Playwright's `press`, keyup sent straight after keydown (the judged rows until session 22). A keyup is a discrete input too: after one, Chromium defers the page's ordinary tasks
 * (timers, posted messages) while a frame is pending (its DeferRendererTasksAfterInput), and after a step that
 * starts a fade a frame is pending (the one that hears the fade's start from the compositor) until the next
 * vsync. A quick keyup that landed between the step's frame and the timer's end-of-frame message (below) held
 * the message back to the end of that next frame: in a trace of the motion row at load 12, 10 of the 11 such
 * forth steps on KPI, text and comparison slides ended after the next frame (median 19.0 ms) though their frame
 * had ended at ~5 ms, and none of the 4 with the feature switched off (`--disable-features=`); steps without a
 * fade (back, chart slides, reduced motion) had no frame pending and were never held. Held (released after the
 * step), no keyup came before the message: 0 of 104 steps held back (load 20).
 */
export type KeyRelease = 'held' | 'quick';

/** One timed key press: keydown → end of the first frame showing slide `want` at `shown`, its charts drawn. */
export async function timeStep(
  page: Page,
  key: string,
  want: string,
  shown: string,
  pace: Pace,
  release: KeyRelease = 'held',
): Promise<number> {
  await page.evaluate(
    async ({ want, shown, pace, PRESENTER_PAUSE_MS }) => {
      const w = window as unknown as Armed;
      if (pace === 'presenter') await new Promise((r) => setTimeout(r, PRESENTER_PAUSE_MS));
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const afterFrame = () =>
        new Promise<number>((r) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r(performance.now());
          ch.port2.postMessage(0);
        });
      const at = () => {
        const n = Array.from(document.querySelectorAll('[data-testid="slide-number"]')).find(
          (e) => e.textContent?.trim() === want && e.checkVisibility({ visibilityProperty: true }),
        );
        return (n?.closest('article') as HTMLElement | null)?.dataset.shown === shown;
      };
      w.__step = new Promise((resolve, reject) => {
        window.addEventListener(
          'keydown',
          (e) => {
            const t0 = e.timeStamp;
            const parts: StepParts = { input: performance.now() - t0, frames: [] };
            w.__stepParts = parts;
            void (async () => {
              for (let guard = 0; guard < 1200; guard++) {
                const begin = await frame();
                const ok = at() && (window as unknown as SlideProbe).__benchSlide(want)?.complete;
                const end = await afterFrame();
                parts.frames.push([begin - t0, end - t0]);
                if (ok) return resolve(end - t0);
              }
              reject(new Error(`slide ${want} never showed step ${shown}`));
            })();
          },
          { capture: true, once: true },
        );
      });
    },
    { want, shown, pace, PRESENTER_PAUSE_MS },
  );
  if (release === 'quick') {
    await page.keyboard.press(key);
    return page.evaluate(() => (window as unknown as Armed).__step!);
  }
  await page.keyboard.down(key);
  try {
    return await page.evaluate(() => (window as unknown as Armed).__step!);
  } finally {
    await page.keyboard.up(key);
  }
}

/** Every slide that can build, set to build (the bench's store only): [index, items]. */
export function setBuilds(db: App['store']['db'], deckId: number): [number, number][] {
  const out: [number, number][] = [];
  getDeck(db, deckId)!.slides.forEach((s, i) => {
    const items = buildItems(s);
    if (items < 1) return;
    if (s.body.build !== 'items') updateSlide(db, s.id, s.version, { build: 'items' });
    out.push([i, items]);
  });
  return out;
}

/**
 * A presenter's jump to slide `index` (the hub's goto): it lands on the slide's first state. Resolves once the
 * page shows the slide at step 0, with `want` (its number as the page writes it) and whether it holds a chart.
 */
export async function jumpTo(page: Page, hub: PresentationHub, index: number, total: number): Promise<{ want: string; chart: boolean }> {
  const want = `${index + 1} / ${total}`;
  hub.act({ type: 'goto', index });
  await page.waitForFunction(
    (want) =>
      Array.from(document.querySelectorAll('[data-testid="slide-number"]')).some(
        (e) =>
          e.textContent?.trim() === want &&
          e.checkVisibility({ visibilityProperty: true }) &&
          (e.closest('article') as HTMLElement | null)?.dataset.shown === '0',
      ),
    want,
    { timeout: 60_000 },
  );
  return { want, chart: (await page.locator('.deck-view main [data-current] canvas').count()) > 0 };
}

/** A slide's steps forth through all its `items` and back to none: [key, the page's `data-shown` after it]. */
export function stepPlan(items: number): [string, string][] {
  const plan: [string, string][] = [];
  for (let s = 1; s <= items; s++) plan.push(['ArrowRight', s === items ? 'all' : String(s)]);
  for (let s = items - 1; s >= 0; s--) plan.push(['ArrowLeft', String(s)]);
  return plan;
}

/** The page paints before it tells the hub: wait until the hub is back at slide `index`, step 0, before the next jump. */
export async function hubAt(page: Page, hub: PresentationHub, index: number): Promise<void> {
  for (let t = 0; t < 200 && (hub.current.index !== index || hub.current.step !== 0); t++) await page.waitForTimeout(10);
}

/**
 * The build-step walk the judged rows time, shared by the comparison and diagnosis tools: the show opened once
 * at the first slide of `built` (`open`, a page load), then each slide jumped to by the hub and stepped forth
 * and back with timed key presses. `onSlide` may skip a slide (false) before its steps; `onStep` gets each.
 */
export async function walkBuilds(o: {
  page: Page;
  hub: PresentationHub;
  built: [number, number][];
  total: number;
  rounds: number;
  open: (index: number) => Promise<void>;
  onSlide?: (slide: { index: number; want: string; chart: boolean; round: number }) => boolean | Promise<boolean>;
  /** Each timed step: `i` its place in the slide's plan (0: the first after the jump), `round` from 0. */
  onStep: (step: { index: number; chart: boolean; round: number; i: number; ms: number }) => void | Promise<void>;
  /** Before each step's presenter's pause (e.g. to read a counter that onStep reads again). */
  beforeStep?: () => Promise<void>;
  /** How the keys are pressed (timeStep's default if unset). */
  release?: KeyRelease;
}): Promise<void> {
  // The show is opened once, as a presenter opens it: each slide is then jumped to by the hub (the presenter's
  // goto, which lands on its first state), not by loading the page again. Loaded anew for every slide, the
  // first steps of each met the load's own aftermath (scripts, requests, the deferred control bar), which no
  // presenter's click meets in a show: in a trace of the motion row, the first two or three steps of every
  // slide took 17–36 ms and the rest 4–10 ms.
  await o.open(o.built[0]![0]);
  for (let round = 0; round < o.rounds; round++)
    for (const [index, items] of o.built) {
      const { want, chart } = await jumpTo(o.page, o.hub, index, o.total);
      if (o.onSlide && !(await o.onSlide({ index, want, chart, round }))) continue;
      for (const [i, [key, shown]] of stepPlan(items).entries()) {
        await o.beforeStep?.();
        await o.onStep({ index, chart, round, i, ms: await timeStep(o.page, key, want, shown, 'presenter', o.release) });
      }
      await hubAt(o.page, o.hub, index);
    }
}

export async function benchBuilds(o: { browser: Browser; app: App; deckId: number; total: number; rounds: number }): Promise<Row[]> {
  const built = setBuilds(o.app.store.db, o.deckId);
  const rows: Row[] = [];
  for (const motion of ['reduce', 'no-preference'] as const) {
    const ctx = await newContext(o.browser, { reducedMotion: motion });
    const page = await ctx.newPage();
    const samples: { ms: number; chart: boolean }[] = [];
    await walkBuilds({
      page,
      hub: o.app.hub,
      built,
      total: o.total,
      rounds: o.rounds,
      open: (index) => openAt(page, o.app, o.deckId, o.total, index),
      onStep: ({ ms, chart }) => void samples.push({ ms, chart }),
    });
    await ctx.close();
    const all = stats(
      samples.map((s) => s.ms),
      true,
    );
    const charts = stats(
      samples.filter((s) => s.chart).map((s) => s.ms),
      true,
    );
    const other = stats(
      samples.filter((s) => !s.chart).map((s) => s.ms),
      true,
    );
    const label = motion === 'reduce' ? 'reduced motion' : 'motion allowed';
    log(`build step (${label}): p50 ${all.p50?.toFixed(1)} p95 ${all.p95?.toFixed(1)} ms`);
    rows.push(
      row({
        id: `build.${motion === 'reduce' ? 'reduced' : 'motion'}`,
        group: 'Build step',
        name: `build step on the audience window, presenter pace, ${label} (${samples.length} steps on ${built.length} slides)`,
        unit: 'ms',
        stats: all,
        target: { value: 16.7, direction: 'max', on: 'p95', text: 'p95 ≤ 16.7 ms' },
        note:
          `chart slides p50 ${charts.p50?.toFixed(1)} / p95 ${charts.p95?.toFixed(1)} ms (n=${charts.n}); ` +
          `KPI, text and comparison slides p50 ${other.p50?.toFixed(1)} / p95 ${other.p95?.toFixed(1)} ms (n=${other.n})`,
        extra: { chartSlides: charts, otherSlides: other },
      }),
    );
  }
  return rows;
}

interface SocketProbe {
  __socketProbe?: { sent: Map<number, number>; rtts: number[] };
}

interface InkProbe {
  __inkFrames?: { t: number; points: number }[];
  __inkStop?: boolean;
  /**
   * The recording loop running now: a loop left from the stroke before (its last frame still to come when the
   * next stroke started recording) stops instead of recording every frame a second time.
   */
  __inkRun?: object;
}

/** The ink points the audience window shows on its current slide (InkLayer's `data-points`). */
const shownPoints = (audience: Page): Promise<number> =>
  audience.evaluate(() => Number(document.querySelector<HTMLElement>('[data-testid="ink"]')?.dataset.points ?? 0));

/**
 * Wait until the audience window shows `n` ink points (`at least`: n or more). A timeout says how many it
 * shows, so a stroke that lost points (fewer) tells apart from one that met ink left from before (more).
 */
async function awaitPoints(audience: Page, n: number, what: string, atLeast = true): Promise<void> {
  try {
    await audience.waitForFunction(
      ({ n, atLeast }) => {
        const shown = Number(document.querySelector<HTMLElement>('[data-testid="ink"]')?.dataset.points ?? 0);
        return atLeast ? shown >= n : shown === n;
      },
      { n, atLeast },
    );
  } catch (e) {
    const shown = await shownPoints(audience).catch(() => NaN);
    throw new Error(
      `${what}: the audience window shows ${shown} ink points, not ${atLeast ? 'at least ' : ''}${n}: ${String(e).split('\n')[0]}`,
    );
  }
}

/**
 * E in the presenter view, then wait until the audience window has heard the erase from the hub. Pressed and
 * gone on (a next stroke, the presenter page closed) the erase could still be on its way — behind the end of a
 * stroke the audience had not shown yet — and reach the hub after the next stroke began, erasing it.
 */
export async function eraseInk(presenter: Page, audience: Page): Promise<void> {
  await presenter.keyboard.press('e');
  await awaitPoints(audience, 0, 'ink erased (E)', false);
}

/** One stroke of `moves` pointer moves, a move every `everyMs`, drawn in `presenter`; the audience's frames recorded. */
export async function inkStroke(
  presenter: Page,
  audience: Page,
  moves: number,
  everyMs: number,
): Promise<{ inkFps: number; fps: number; points: number; rtt: number; requests: number }> {
  // The presenter's actions to the hub: HTTP requests (resource timings) or messages on the presentation
  // socket (lib/api-socket.ts), each timed from its sending to its answer.
  await presenter.evaluate(() => {
    performance.clearResourceTimings();
    const w = window as unknown as SocketProbe;
    if (!w.__socketProbe) {
      const probe: NonNullable<SocketProbe['__socketProbe']> = { sent: new Map(), rtts: [] };
      w.__socketProbe = probe;
      const send = WebSocket.prototype.send;
      const seen = new WeakSet<WebSocket>();
      const idOf = (data: unknown) => Number(/^\{"id":(\d+)/.exec(typeof data === 'string' ? data : '')?.[1] ?? NaN);
      WebSocket.prototype.send = function (this: WebSocket, data) {
        probe.sent.set(idOf(data), performance.now());
        if (!seen.has(this)) {
          seen.add(this);
          this.addEventListener('message', (e) => {
            const t = probe.sent.get(idOf(e.data));
            if (t !== undefined) probe.rtts.push(performance.now() - t);
          });
        }
        return send.call(this, data);
      };
    }
    w.__socketProbe.rtts = [];
    w.__socketProbe.sent.clear();
  });
  // The slide may hold earlier strokes: this one is done on the audience window once it shows all of its
  // points on top of those (waiting for `moves + 1` in all passed at once from the second stroke on).
  const before = await shownPoints(audience);
  await audience.evaluate(() => {
    const w = window as unknown as InkProbe;
    const ink = document.querySelector<HTMLCanvasElement>('[data-testid="ink"]')!;
    const frames: { t: number; points: number }[] = [];
    const run = {};
    w.__inkFrames = frames;
    w.__inkStop = false;
    w.__inkRun = run;
    const tick = (t: number) => {
      if (w.__inkRun !== run) return;
      frames.push({ t, points: Number(ink.dataset.points ?? 0) });
      if (!w.__inkStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await presenter.locator('.presenter .current [data-testid="ink"]').boundingBox())!;
  const at = (i: number) => ({ x: box.x + box.width * (0.1 + (0.8 * i) / moves), y: box.y + box.height * (0.5 + 0.3 * Math.sin(i / 9)) });
  await presenter.mouse.move(at(0).x, at(0).y);
  await presenter.mouse.down();
  // A mouse reports on its own clock, not when the page has taken its last move: each move goes to the browser
  // as raw input on time (CDP, not awaited one by one). Awaited, they landed one a presenter frame at most, and
  // fewer on a busy machine (40.8 a second in a trace at load 10): the bench measured its own feed.
  const cdp = await presenter.context().newCDPSession(presenter);
  const sent: Promise<unknown>[] = [];
  const start = performance.now();
  for (let i = 1; i <= moves; i++) {
    const wait = start + i * everyMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { x, y } = at(i);
    sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 }));
  }
  await Promise.all(sent);
  await cdp.detach();
  await presenter.mouse.move(at(moves).x, at(moves).y);
  await presenter.mouse.up();
  await awaitPoints(audience, before + moves + 1, `a stroke of ${moves + 1} points drawn in the presenter view`);
  const frames = await audience.evaluate(async () => {
    const w = window as unknown as InkProbe;
    await new Promise((r) => requestAnimationFrame(r));
    w.__inkStop = true;
    return w.__inkFrames!;
  });
  // From the first frame that drew some of this stroke to the frame that drew its last point.
  const first = frames.findIndex((f, i) => i > 0 && f.points > frames[0]!.points);
  const last = frames.findIndex((f) => f.points === frames.at(-1)!.points);
  const span = frames.slice(Math.max(0, first - 1), last + 1);
  const grew = span.filter((f, i) => i > 0 && f.points > span[i - 1]!.points).length;
  const ms = span.at(-1)!.t - span[0]!.t;
  // The presenter's actions sent to the hub during the stroke: how many, and their median round trip.
  const rtts = await presenter.evaluate(() => [
    ...performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('present.act'))
      .map((e) => e.duration),
    ...(window as unknown as SocketProbe).__socketProbe!.rtts,
  ]);
  return {
    inkFps: (grew * 1000) / ms,
    fps: ((span.length - 1) * 1000) / ms,
    points: span.at(-1)!.points - frames[0]!.points,
    rtt: stats(rtts).median,
    requests: rtts.length,
  };
}

/**
 * A page's main-thread busy time so far, in ms (CDP Performance.getMetrics TaskDuration): what a stroke
 * costs each window, a figure that a busy machine stretches far less than a frame rate.
 */
async function mainThreadMs(ctx: BrowserContext, page: Page): Promise<() => Promise<number>> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export async function benchInk(o: { browser: Browser; app: App; deckId: number; total: number; strokes: number }): Promise<Row[]> {
  const { ctx, audience, presenter } = await openInkPair(o.browser, o.app, o.deckId, o.total);
  const samples: Awaited<ReturnType<typeof inkStroke>>[] = [];
  const busy = { presenter: await mainThreadMs(ctx, presenter), audience: await mainThreadMs(ctx, audience) };
  const busyBefore = { presenter: await busy.presenter(), audience: await busy.audience() };
  for (let i = 0; i < o.strokes; i++) {
    samples.push(await inkStroke(presenter, audience, 150, 8));
    // A slide holds 200 strokes at most: erase now and then.
    if (i % 10 === 9) await eraseInk(presenter, audience);
  }
  const perStroke = {
    presenter: ((await busy.presenter()) - busyBefore.presenter) / o.strokes,
    audience: ((await busy.audience()) - busyBefore.audience) / o.strokes,
  };
  // Heard on the audience window before the page closes: an erase still on its way would erase the first
  // stroke below (the bench's 30 s time-out once: the audience never showed that stroke's 151 points).
  await eraseInk(presenter, audience);
  await presenter.close();
  // The audience window alone: the same strokes fed to the hub from here at 125 Hz (no presenter page
  // drawing on the same machine): what the audience's own drawing costs.
  const alone: number[] = [];
  for (let i = 0; i < Math.min(o.strokes, 10); i++) {
    await audience.evaluate(() => {
      const w = window as unknown as InkProbe;
      const ink = document.querySelector<HTMLCanvasElement>('[data-testid="ink"]')!;
      const frames: { t: number; points: number }[] = [];
      const run = {};
      w.__inkFrames = frames;
      w.__inkStop = false;
      w.__inkRun = run;
      const tick = (t: number) => {
        if (w.__inkRun !== run) return;
        frames.push({ t, points: Number(ink.dataset.points ?? 0) });
        if (!w.__inkStop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const id = 1_000_000 + i;
    o.app.hub.act({ type: 'inkStroke', id, tool: 'pen', colour: 'red', points: [0.1, 0.5] });
    const start = performance.now();
    for (let k = 1; k <= 150; k++) {
      const wait = start + k * 8 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      o.app.hub.act({ type: 'inkExtend', id, points: [0.1 + (0.8 * k) / 150, 0.5 + 0.3 * Math.sin(k / 9)] });
    }
    await awaitPoints(audience, 151, 'a stroke of 151 points fed to the hub');
    const frames = await audience.evaluate(async () => {
      const w = window as unknown as InkProbe;
      await new Promise((r) => requestAnimationFrame(r));
      w.__inkStop = true;
      return w.__inkFrames!;
    });
    const first = frames.findIndex((f, j) => j > 0 && f.points > frames[0]!.points);
    const last = frames.findIndex((f) => f.points === frames.at(-1)!.points);
    const span = frames.slice(Math.max(0, first - 1), last + 1);
    const grew = span.filter((f, j) => j > 0 && f.points > span[j - 1]!.points).length;
    alone.push((grew * 1000) / (span.at(-1)!.t - span[0]!.t));
    o.app.hub.act({ type: 'inkClear', scope: 'slide' });
    await awaitPoints(audience, 0, 'ink erased (hub)', false);
  }
  await ctx.close();
  const ink = stats(samples.map((s) => s.inkFps));
  const fps = stats(samples.map((s) => s.fps));
  log(`ink on the audience window: ${ink.median.toFixed(1)} fps drawing new ink, ${fps.median.toFixed(1)} fps rendered`);
  return [
    row({
      id: 'ink.fps',
      group: 'Ink',
      name: `ink stroke drawn on the audience window from the presenter view (${samples.length} strokes, 125 Hz pointer)`,
      unit: 'fps',
      stats: ink,
      target: { value: 60, direction: 'min', text: '≥ 60 fps' },
      note:
        `frames that drew new ink per second; the audience window rendered ${fps.median.toFixed(1)} fps over the same time ` +
        `(min ${fps.min.toFixed(1)}); ${Math.round(stats(samples.map((s) => s.points)).median)} points a stroke, sent in ` +
        `${Math.round(stats(samples.map((s) => s.requests)).median)} actions to the hub (round trip median ` +
        `${stats(samples.map((s) => s.rtt)).median.toFixed(1)} ms); main thread busy per stroke: presenter ` +
        `${perStroke.presenter.toFixed(0)} ms, audience ${perStroke.audience.toFixed(0)} ms`,
      extra: { rendered: fps, mainThreadPerStroke: perStroke },
    }),
    row({
      id: 'ink.audience-alone',
      group: 'Ink',
      name: `ink stroke on the audience window, fed to the hub at 125 Hz with no presenter page (${alone.length} strokes)`,
      unit: 'fps',
      stats: stats(alone),
      note: 'reported, not judged: the audience window drawing ink while nothing else on the machine draws',
    }),
  ];
}
