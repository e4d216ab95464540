/** The foundation, as a user sees it: the bundled briefing loads, keys navigate, charts draw, numbers match the store. */
import { formatFigureFull } from '../src/shared/format';
import { listFigures } from '../src/main/store/figures';
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { canvasInk, counter, goToSlide, stage } from './helpers';

test('the app loads the bundled briefing on its title slide, in the bundled font', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  await expect(counter(page)).toHaveText(`1 / ${deck.slides.length}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('创新能力增强');
  await expect(page.getByText('重庆市经济和信息化委员会')).toBeVisible();
  // The Chinese text is drawn with the bundled Noto Sans SC, not a system fallback (this machine has none).
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded');
    return { loaded: faces.length, check: document.fonts.check('700 48px "Noto Sans SC"', '创新能力增强') };
  });
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.check).toBe(true);
  expect(errors).toEqual([]);
});

test('every bundled font face names one file, WOFF2: the WOFF fallbacks are not shipped', async ({ page, app }) => {
  await app.open(page);
  const srcs = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule).map((r) => r.style.getPropertyValue('src')),
    ),
  );
  expect(srcs.length).toBeGreaterThan(180); // ~100 unicode-range slices in each of two weights
  for (const src of srcs) expect(src).toMatch(/^url\("?[^")]+\.woff2"?\) format\("woff2"\)$/);
});

test('the commonest font files load with the page, before its data, and each is fetched once', async ({ page, app }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.url().endsWith('.woff2') && fonts.push(new URL(r.url()).pathname));
  await app.open(page);
  await expect(counter(page)).toBeVisible();
  const timing = await page.evaluate(async () => {
    await document.fonts.ready;
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
      (l) => new URL(l.href).pathname,
    );
    const start = (path: string) => entries.find((e) => new URL(e.name).pathname === path)?.startTime ?? NaN;
    // The page's first script (the boot chunk: it is what asks for the slide's data and fonts), in full.
    const script = entries.find((e) => /\/assets\/transport-[\w-]+\.js$/.test(e.name))?.responseEnd ?? NaN;
    return { preloaded, starts: preloaded.map(start), script };
  });
  // Both weights of the ten commonest slices and of Latin: any Chinese slide needs them.
  expect(timing.preloaded.length).toBe(22);
  for (const weight of ['400', '700'])
    for (const slice of ['110', '119', 'latin']) expect(timing.preloaded.some((p) => p.includes(`-${slice}-${weight}-normal-`))).toBe(true);
  // Asked for by the HTML, not by laid-out text: before the page's first script has even arrived.
  for (const t of timing.starts) expect(t).toBeLessThan(timing.script);
  // A preload that does not match its @font-face (crossorigin, URL) would be fetched a second time.
  expect(fonts.length).toBeGreaterThanOrEqual(timing.preloaded.length); // the listener saw them
  expect(new Set(fonts).size).toBe(fonts.length);
});

test('a page served with its first answer shows that slide before it opens the deck on the hub or builds its control bar', async ({
  page,
  app,
}) => {
  // The first frame whose slide is shown with every font in: when it was, and whether the control bar existed then.
  await page.addInitScript(`window.__firstShown = new Promise((resolve) => {
    const tick = () => {
      const n = [...document.querySelectorAll('[data-testid="slide-number"]')].find((e) => e.checkVisibility());
      if (n && document.fonts.status === 'loaded') resolve({ at: performance.now(), bar: !!document.querySelector('[data-testid="reports-button"]') });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });`);
  expect(app.hub.current.deckId).toBeNull(); // nothing opened yet: the page's answer is the hub's next state
  await app.open(page);
  // The request goes all the same: the hub opens the deck, and the bar is built.
  await expect.poll(() => app.hub.current.deckId).toBe(1);
  await expect(page.getByTestId('reports-button')).toBeAttached();
  const { shown, opened } = await page.evaluate(async () => {
    const shown = await (window as unknown as { __firstShown: Promise<{ at: number; bar: boolean }> }).__firstShown;
    const open = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      e.name.includes('/api/briefing.open'),
    );
    return { shown, opened: open?.startTime ?? NaN };
  });
  expect(shown.bar, 'the control bar (hidden until the pointer moves) is not built for the first frame').toBe(false);
  expect(opened, 'the first briefing.open goes once the slide is shown').toBeGreaterThan(shown.at);
});

test('keys move through the deck: arrows, PageUp/PageDown, Space, Home and End', async ({ page, app }) => {
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await expect(counter(page)).toHaveText(`1 / ${n}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${n}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`1 / ${n}`);
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`2 / ${n}`);
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`2 / ${n}`);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`${n} / ${n}`);
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(counter(page)).toHaveText(`${n} / ${n}`);
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`1 / ${n}`);
  await page.keyboard.press('ArrowLeft'); // before the start: stays
  await expect(counter(page)).toHaveText(`1 / ${n}`);
});

test('the headline slide shows the store’s figures, each as the store formats it', async ({ page, app }) => {
  await app.open(page);
  const figures = listFigures(app.store.db, 1);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const deck = getDeck(app.store.db, 1)!;
  const kpiIndex = deck.slides.findIndex((s) => s.layout === 'kpi');
  for (let i = 0; i < kpiIndex; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck.slides[kpiIndex].title);

  const shown = await page
    .locator('[data-figure-id]:visible')
    .evaluateAll((els) => els.map((el) => ({ id: Number(el.getAttribute('data-figure-id')), text: el.textContent?.trim() })));
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const { id, text } of shown) expect(text, `figure ${id}`).toBe(formatFigureFull(byId.get(id)!));
  const shownIds = new Set(shown.map((s) => s.id));
  for (const key of [
    'industrial-output',
    'scale-output',
    'scale-output-growth',
    'scale-profit',
    'industrial-investment',
    'software-revenue',
  ])
    expect(shownIds.has(byKey.get(key)!.id), key).toBe(true);
  // The values a reader sees, spelled out.
  await expect(stage(page).locator(`[data-figure-id="${byKey.get('industrial-output')!.id}"]`)).toHaveText('预计2.45万亿元');
  await expect(stage(page).locator(`[data-figure-id="${byKey.get('scale-output')!.id}"]`)).toHaveText('2.14万亿元');
  await expect(stage(page).locator(`[data-figure-id="${byKey.get('scale-output-growth')!.id}"]`)).toHaveText('18.6%');
});

/** In the page: the bitmap widths `c` had other than a new canvas's and its width now (see the test below). */
function otherWidths(c: HTMLCanvasElement): (string | null)[] {
  const w = window as unknown as { __resized: { canvas: HTMLCanvasElement; from: string | null }[] };
  return w.__resized.filter((r) => r.canvas === c && r.from !== null && r.from !== '300' && r.from !== String(c.width)).map((r) => r.from);
}

test('a chart is sized once, at the size its slide lays it out: not drawn again a frame later', async ({ page, app }) => {
  // Every change of a canvas's bitmap size, with the size it replaced (Chart.js sets width and height).
  await page.addInitScript(() => {
    const w = window as unknown as { __resized: { canvas: HTMLCanvasElement; from: string | null }[] };
    w.__resized = [];
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof HTMLCanvasElement && r.attributeName === 'width') w.__resized.push({ canvas: r.target, from: r.oldValue });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['width'], attributeOldValue: true });
  });
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  for (const [i, slide] of deck.slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
    if (!slide.chart) continue;
    const canvas = stage(page).locator('canvas');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The chart on stage had its bitmap at one size only: the widths it replaced are a new canvas's (none,
    // or the default 300) or its own (set again). A chart first sized by its on-screen, scaled box and
    // then by its layout box was allocated and drawn twice.
    const replaced = await canvas.evaluate(otherWidths);
    expect(replaced, `slide ${i + 1}: bitmap widths replaced`).toEqual([]);
  }
  // The first slide shown is a chart (a reload): created before the stage's first resize callback, it
  // must still be sized once, at the pixels it is shown at.
  const first = deck.slides.findIndex((s) => s.chart);
  await goToSlide(page, first + 1);
  await expect(counter(page)).toHaveText(`${first + 1} / ${deck.slides.length}`);
  await expect.poll(() => app.hub.current.index).toBe(first);
  await page.reload();
  const canvas = stage(page).locator('canvas');
  await expect(canvas).toHaveAttribute('data-drawn', 'true');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await canvas.evaluate(otherWidths), 'first slide: bitmap widths replaced').toEqual([]);
  const { bitmap, shown } = await canvas.evaluate((c: HTMLCanvasElement) => ({
    bitmap: c.width,
    shown: Math.round(c.getBoundingClientRect().width * devicePixelRatio),
  }));
  expect(Math.abs(bitmap - shown), `first slide: ${bitmap} px bitmap for ${shown} device px`).toBeLessThanOrEqual(2);
});

test('each chart is drawn from store data and is not blank', async ({ page, app }, testInfo) => {
  // 31 slides, each with a full-page screenshot: past the default 30 s on a busy two-core machine.
  test.setTimeout(120_000);
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const figures = new Map(listFigures(app.store.db, 1).map((f) => [f.id, f]));
  let charts = 0;
  for (const [i, slide] of deck.slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
    await page.screenshot({ path: testInfo.outputPath(`slide-${String(i + 1).padStart(2, '0')}.png`) });
    if (!slide.chart) continue;
    charts++;
    // Shown as the live canvas or as its still (chart-still.spec.ts); the canvas is drawn either way.
    const drawing = stage(page).locator('[data-chart-drawing]');
    await expect(drawing).toBeVisible();
    await expect(drawing).toHaveAccessibleName(/\S/);
    const canvas = stage(page).locator('canvas');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    const ink = await canvasInk(canvas);
    expect(ink.painted / ink.total, `slide ${i + 1} chart ink`).toBeGreaterThan(0.02);
    expect(ink.colours, `slide ${i + 1} chart colours`).toBeGreaterThan(5);
    // Drawn at the pixels it is shown at (the stage is scaled to the window), not at 1920-wide layout size.
    const { bitmap, shown } = await canvas.evaluate((c: HTMLCanvasElement) => ({
      bitmap: c.width,
      shown: c.getBoundingClientRect().width * devicePixelRatio,
    }));
    expect(Math.abs(bitmap - shown), `slide ${i + 1} canvas ${bitmap} px for ${shown.toFixed(0)} device px`).toBeLessThanOrEqual(2);
    // The chart's text alternative lists the plotted figures with the store's values, under named columns.
    const table = stage(page).getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['项目', '图中数值', '原文数值']);
    const rows = await table.getByRole('row').count();
    expect(rows, `slide ${i + 1}: a header row, then a row per plotted item`).toBeGreaterThan(slide.chart.series.length);
    await expect(table.getByRole('rowheader')).toHaveCount(rows - 1);
    for (const point of slide.chart.series) {
      if (!('figureId' in point)) continue;
      const cell = stage(page).locator(`table [data-figure-id="${point.figureId}"]`);
      await expect(cell).toHaveText(formatFigureFull(figures.get(point.figureId)!));
    }
  }
  expect(charts).toBeGreaterThan(0);
});
