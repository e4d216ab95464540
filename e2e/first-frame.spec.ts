/**
 * The first frame as HTML (src/main/web/first-frame.ts, issue #24): once a window has shown a chart slide,
 * the next app page opening that very slide under the same key carries the window's rendering of it, its
 * chart main's picture, and shows it before any script has run; the app mounts under it and removes it once
 * its own slide is complete. Real Chromium over the loopback bridge, real store and hub.
 *
 * Correctness first: after a figure is corrected (here through the bridge, as another window or the data
 * desk sends it), the old frame is never served again: the first frame on screen shows the new number, or
 * there is no served frame.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { readGeometry } from '../src/main/store/window-geometry';
import { slideLink } from '../src/renderer/state/deep-link';
import { deckWindowUrl } from '../src/main/windows/security';
import { expect, test, type App } from './fixtures';
import { stage, bridgeCall } from './helpers';

/** The app page as main serves it now. */
const servedPage = async (app: App): Promise<string> => (await fetch(`${app.bridge.origin}/?token=${app.bridge.token}`)).text();
const hasFrame = (html: string) => html.includes('<div id="first-frame"');

/**
 * Before any page script, at every frame until the live slide is complete: what the page shows. `first`: the
 * first frame with a slide on screen — 'frame' (main's served frame, its slide's text) or 'live'.
 */
const WATCH = `(() => {
  const text = (el) => (el ? (el.textContent || '').replace(/\\s+/g, ' ').trim() : null);
  window.__seen = { first: null, frameText: null, frameTexts: [], frames: 0, served: null };
  // Parsed, before any of the page's scripts has run: whether main served a frame.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.__seen.served = !!document.getElementById('first-frame');
  });
  const tick = () => {
    const frame = document.getElementById('first-frame');
    const shown = frame && frame.checkVisibility();
    const live = document.querySelector('#app .deck-view main [data-current] article');
    const liveDone = live && live.querySelector('canvas[data-drawn="true"]');
    if (shown) {
      window.__seen.frames++;
      // A frame may be painted while the page is still being parsed: each text seen, the last the whole frame's.
      const t = text(frame.querySelector('[data-current] article'));
      if (t !== window.__seen.frameText) window.__seen.frameTexts.push(t);
      window.__seen.frameText = t;
      window.__seen.first ??= 'frame';
    } else if (live) window.__seen.first ??= 'live';
    if (!(liveDone && !frame)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Seen {
  first: 'frame' | 'live' | null;
  /** The served frame's slide text in its last frame on screen (the whole frame). */
  frameText: string | null;
  /** Every text it showed (a page painted while parsed shows a beginning of it first). */
  frameTexts: (string | null)[];
  frames: number;
  served: boolean | null;
}

/** The live slide's text, once it is complete and the served frame gone. */
async function liveText(page: Page): Promise<string> {
  await expect(stage(page).locator('canvas[data-chart-type]')).toHaveAttribute('data-drawn', 'true');
  await expect(page.locator('#first-frame')).toHaveCount(0);
  return stage(page)
    .locator('article')
    .evaluate((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** A new page opened on the hub's slide, watched from its first frame. */
async function openWatched(page: Page, app: App): Promise<{ seen: Seen; live: string }> {
  await page.addInitScript(WATCH);
  await app.open(page);
  const live = await liveText(page);
  return { seen: (await page.evaluate('window.__seen')) as Seen, live };
}

/** Every text the served frame showed was the live slide's, or a beginning of it (a frame painted while parsed). */
function onlyLiveText(seen: Seen, live: string): void {
  for (const t of seen.frameTexts) if (t !== null) expect(live.startsWith(t), `served frame text "${t}" is the live slide's`).toBe(true);
}

/** The deck's first chart slide open on the hub, and a window's frame of it served (a window shown it, main drew its chart). */
async function primed(app: App, page: Page): Promise<{ deckId: number; index: number }> {
  const deck = getDeck(app.store.db, 1)!;
  const index = deck.slides.findIndex((s) => s.chart);
  app.hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
  await app.open(page);
  await liveText(page);
  // The window reports its geometry once settled; main then draws the chart for it, off the open path.
  await expect.poll(() => readGeometry(app.store.db), { timeout: 15_000 }).toMatchObject({ windowWidth: 1600, windowHeight: 900, dpr: 1 });
  await expect.poll(async () => hasFrame(await servedPage(app)), { timeout: 60_000 }).toBe(true);
  return { deckId: deck.id, index };
}

test('a warm reopen shows the served first frame, then the live slide with the same text and pixels', async ({
  page,
  app,
  browser,
}, info) => {
  test.setTimeout(120_000);
  await primed(app, page);
  const again = await page.context().newPage();
  const { seen, live } = await openWatched(again, app);
  expect(seen.served).toBe(true);
  expect(seen.first, 'the first frame with a slide is the served one').toBe('frame');
  expect(seen.frameText, 'the served frame shows the slide the live page then shows').toBe(live);
  onlyLiveText(seen, live);
  // The served page carries no script of its own (the CSP's script-src stays 'self'): in its body only the
  // first answer's data block, and no event attribute in the frame.
  const body = (await servedPage(app)).split(/<body[^>]*>/)[1]!;
  expect(body.match(/<script[^>]*>/g)).toEqual(['<script type="application/json" id="first-open">']);
  expect(/<div id="first-frame"[\s\S]*$/.exec(body)![0]).not.toMatch(/\son[a-z]+=/i);
  // The frame's own font slices are preloaded from the head.
  const head = (await servedPage(app)).split('</head>')[0]!;
  const preloads = head.match(/<link rel="preload" as="font"/g)?.length ?? 0;
  console.log(`font slices preloaded with the frame: ${preloads}`);
  expect(preloads).toBeGreaterThan(0);
  // Its module script is the boot chunk, which loads the app's entry only once the frame is on screen
  // (state/first-frame.ts startDeferredEntry): the entry's code ran after the frame's first paint, not before it.
  expect(head).toMatch(
    /<script type="module" crossorigin src="\.\/assets\/transport-[\w-]+\.js" data-entry="\.\/assets\/index-[\w-]+\.js"><\/script>/,
  );
  const order = await again.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { paint: at('first-contentful-paint'), shown: at('briefing-desk.frame-shown'), entry: at('briefing-desk.entry') };
  });
  console.log(
    `served page: first paint ${order.paint?.toFixed(0)} ms, frame shown ${order.shown?.toFixed(0)} ms, entry run ${order.entry?.toFixed(0)} ms`,
  );
  expect(order.paint, 'the served frame was painted').not.toBeNull();
  expect(order.entry, 'the app’s entry ran').not.toBeNull();
  // Unless the wait gave up (FRAME_WAIT_MS: a machine too loaded to paint in time), the entry ran only after a frame
  // with the served slide complete was rendered (the mark is set after that frame; FCP's own time is when the frame
  // was presented, which can come later still).
  if (order.shown !== null) expect(order.shown).toBeLessThan(order.entry!);

  // For a look: the served frame alone (the page's scripts refused: nothing replaces it) and the live slide.
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1600, height: 900 } });
  try {
    const still = await context.newPage();
    await still.route(/\.js(\?|$)/, (route) => route.abort());
    await still.goto(`${app.bridge.origin}/?token=${app.bridge.token}`);
    await expect(still.locator('#first-frame')).toBeVisible();
    await still.waitForFunction(
      () => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0) && document.fonts.status === 'loaded',
    );
    const served = await still.screenshot();
    const livePng = await again.screenshot();
    writeFileSync(info.outputPath('served-frame.png'), served);
    writeFileSync(info.outputPath('live-slide.png'), livePng);
    await info.attach('served-frame.png', { path: info.outputPath('served-frame.png'), contentType: 'image/png' });
    await info.attach('live-slide.png', { path: info.outputPath('live-slide.png'), contentType: 'image/png' });
    // Pixel for pixel, outside the chart (main's picture vs the live canvas: e2e/chart-picture-main.spec.ts).
    const share = await again.evaluate(
      async ([a, b]) => {
        const load = async (png: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${png}`;
          await img.decode();
          const c = new OffscreenCanvas(img.width, img.height);
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, img.width, img.height).data;
        };
        const [x, y] = await Promise.all([load(a), load(b)]);
        const chart = document.querySelector('#app .deck-view main [data-current] canvas[data-chart-type]')!.getBoundingClientRect();
        let off = 0;
        let n = 0;
        for (let i = 0; i < x.length; i += 4) {
          const px = (i / 4) % innerWidth;
          const py = Math.floor(i / 4 / innerWidth);
          if (px >= chart.left - 2 && px <= chart.right + 2 && py >= chart.top - 2 && py <= chart.bottom + 2) continue;
          n++;
          if (Math.max(...[0, 1, 2].map((k) => Math.abs(x[i + k]! - y[i + k]!))) > 8) off++;
        }
        return off / n;
      },
      [served.toString('base64'), livePng.toString('base64')] as const,
    );
    console.log(`served frame vs live slide, outside the chart: ${(share * 100).toFixed(3)} % of pixels differ`);
    expect(share, 'the served frame looks as the live slide').toBeLessThan(0.001);
  } finally {
    await context.close();
  }

  // A window of another size: the frame is served (main cannot tell which) but never shown, and goes. Last:
  // that window reports its own geometry, after which main serves no frame made at 1600 × 900.
  const small = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 720 } });
  try {
    const other = await openWatched(await small.newPage(), app);
    expect(other.seen.served, 'served: main knows no window but the last one').toBe(true);
    expect(other.seen.frames, 'no frame shown in a 1280 × 720 window').toBe(0);
    expect(other.seen.first).toBe('live');
  } finally {
    await small.close();
  }
});

test('after a figure is corrected, the old frame is never shown: the first frame has the new number or none is served', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { index } = await primed(app, page);
  const before = await servedPage(app);
  const oldText = await liveText(page);
  const deck = getDeck(app.store.db, 1)!;
  const point = deck.slides[index]!.chart!.series.find((p) => 'figureId' in p)!;
  const figure = listFigures(app.store.db, deck.reportId).find((f) => 'figureId' in point && f.id === point.figureId)!;
  const old = figure.valueText;
  const corrected = String(Number(old) * 2 + 0.5);
  try {
    await bridgeCall(app.bridge, 'figure.update', {
      figureId: figure.id,
      expectedVersion: figure.version,
      patch: { valueText: corrected },
      reason: '核对原文',
    });
    // At once, on the very next request: the frame of the old number is not served.
    expect(hasFrame(await servedPage(app)), 'no frame served right after the correction').toBe(false);

    // The next window: whatever its first frame, it shows the corrected number.
    const next = await page.context().newPage();
    const { seen, live } = await openWatched(next, app);
    expect(live, 'the live slide shows the corrected number').not.toBe(oldText);
    if (seen.frameText !== null) expect(seen.frameText, 'a served frame shows the corrected number').toBe(live);
    onlyLiveText(seen, live);
    expect(seen.frameText).not.toBe(oldText);
    // That window sends its own frame; once main has drawn the corrected chart, it is served, with the new number.
    await expect.poll(async () => hasFrame(await servedPage(app)), { timeout: 60_000 }).toBe(true);
    const after = await servedPage(app);
    expect(after).not.toBe(before);
    const third = await page.context().newPage();
    const shown = await openWatched(third, app);
    expect(shown.seen.first).toBe('frame');
    expect(shown.seen.frameText).toBe(shown.live);
    onlyLiveText(shown.seen, shown.live);
    expect(shown.seen.frameText).not.toBe(oldText);
    expect(shown.live).toBe(live);
  } finally {
    const now = listFigures(app.store.db, deck.reportId).find((f) => f.id === figure.id)!;
    await bridgeCall(app.bridge, 'figure.update', {
      figureId: figure.id,
      expectedVersion: now.version,
      patch: { valueText: old },
      reason: '还原',
    });
  }
});

test('an edited title holding "</div><script>" is served as text, never as markup', async ({ page, app }) => {
  test.setTimeout(180_000);
  const { index } = await primed(app, page);
  const slide = getDeck(app.store.db, 1)!.slides[index]!;
  // Short enough for one line: main draws a chart whose slide's texts it can lay out (charts/chart-box.ts).
  const evil = '</div><script>window.__pwned=1</script>';
  try {
    await bridgeCall(app.bridge, 'slide.update', { slideId: slide.id, expectedVersion: slide.version, patch: { title: evil } });
    expect(hasFrame(await servedPage(app)), 'another title: another key').toBe(false);
    // A window shows the edited slide and sends its frame; served once main has the chart's picture for its texts.
    const next = await page.context().newPage();
    await next.addInitScript(WATCH);
    await app.open(next);
    await liveText(next);
    await expect.poll(async () => hasFrame(await servedPage(app)), { timeout: 60_000 }).toBe(true);
    const html = await servedPage(app);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;/div&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const third = await page.context().newPage();
    const shown = await openWatched(third, app);
    expect(shown.seen.first).toBe('frame');
    expect(shown.seen.frameText).toContain(evil);
    expect(shown.seen.frameText).toBe(shown.live);
    onlyLiveText(shown.seen, shown.live);
    expect(await third.evaluate('window.__pwned ?? null')).toBeNull();
  } finally {
    const now = getDeck(app.store.db, 1)!.slides[index]!;
    await bridgeCall(app.bridge, 'slide.update', { slideId: now.id, expectedVersion: now.version, patch: { title: slide.title } });
  }
});

/**
 * Before any page script: whether a served frame ever entered the page (every node the parser or a script
 * added, even one removed in the same task), and in how many rendered frames it was on screen.
 */
const PROBE = `(() => {
  window.__frame = { entered: false, shown: 0 };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (n.id === 'first-frame' || n.querySelector?.('#first-frame'))) window.__frame.entered = true;
  }).observe(document, { childList: true, subtree: true });
  const tick = () => {
    const f = document.getElementById('first-frame');
    if (f && f.checkVisibility()) window.__frame.shown++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** `page` at `address` (the bridge's token added to its query), probed from before its first frame. */
async function probed(page: Page, app: App, address: string): Promise<{ entered: boolean; shown: number }> {
  const url = new URL(address, app.bridge.origin);
  url.searchParams.set('token', app.bridge.token);
  await page.addInitScript(PROBE);
  await page.goto(url.toString());
  return probeResult(page);
}

/** What the probe saw, once the page shows its slide and a few frames more (a frame shown late is counted). */
async function probeResult(page: Page): Promise<{ entered: boolean; shown: number }> {
  await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  return (await page.evaluate('window.__frame')) as { entered: boolean; shown: number };
}

test('the presenter window and a window opened on a slide of its own never get the audience’s frame', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { index } = await primed(app, page);
  const total = getDeck(app.store.db, 1)!.slides.length;

  // Electron's presenter window, at the address main gives it (windows/security.ts deckWindowUrl).
  const presenterAddress = deckWindowUrl(`${app.bridge.origin}/`, 'presenter');
  expect(presenterAddress).toBe(`${app.bridge.origin}/?view=presenter#presenter`);
  const presenter = await page.context().newPage();
  expect(await probed(presenter, app, presenterAddress), 'the presenter window').toEqual({ entered: false, shown: 0 });
  await expect(presenter.getByTestId('presenter')).toBeVisible();

  // A copied link to another slide (renderer/state/deep-link.ts slideLink), followed in another tab.
  const link = slideLink(`${app.bridge.origin}/?token=${app.bridge.token}`, index + 1);
  expect(link).toBe(`${app.bridge.origin}/?slide=${index + 2}#/slide/${index + 2}`);
  const linked = await page.context().newPage();
  expect(await probed(linked, app, link), 'a window opened on a slide of its own').toEqual({ entered: false, shown: 0 });
  await expect(linked.getByTestId('slide-number').filter({ visible: true })).toHaveText(`${index + 2} / ${total}`);

  // The control: the plain deck address (on the hub's slide again) is served the frame, and the probe sees it.
  app.hub.act({ type: 'goto', index });
  const deck = await page.context().newPage();
  const plain = await probed(deck, app, '/');
  expect(plain.entered, 'the plain deck view is served the frame').toBe(true);
  expect(plain.shown, 'and shows it').toBeGreaterThan(0);
  // Its address then names its slide, in the query too (renderer/state/deep-link.ts): reloaded on it, it is
  // served no frame (main cannot tell what its hash will open; the hub's slide is still the frame's).
  await expect(deck).toHaveURL(new RegExp(`/\\?slide=${index + 1}#/slide/${index + 1}$`));
  await deck.reload();
  expect(await probeResult(deck), 'a window reloaded at the address it showed').toEqual({ entered: false, shown: 0 });
});
