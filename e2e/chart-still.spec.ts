/**
 * A chart at rest is shown as a still of its canvas (src/renderer/charts/still.ts): the slide switch then
 * has no canvas to hand over. A still must never show anything but the canvas's current pixels. While a
 * presenter steps through a chart's build, its still waits until the chart has rested.
 */
import { getDeck } from '../src/main/store/decks';
import { updateSlide } from '../src/main/store/slide-edits';
import { expect, test } from './fixtures';
import { goToSlide, stage } from './helpers';

declare global {
  interface Window {
    __still?: { frames: number; stillFrames: number; mismatches: number; stop: boolean };
  }
}

test('a chart at rest shows a still of exactly its canvas; a redraw never lets an old still show', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const at = deck.slides.findIndex((s) => s.chart);
  await app.open(page);
  await goToSlide(page, at + 1);
  const drawing = stage(page).locator('[data-chart-drawing]');
  await expect(drawing).toHaveAttribute('role', 'img');
  await expect(drawing.locator('img.still.shown')).toHaveCount(1);
  const firstUrl = await drawing.locator('img.still').getAttribute('src');

  // Every frame from now on: if a still is shown, compare it with the canvas, pixel by pixel.
  await page.evaluate(() => {
    const probe = { frames: 0, stillFrames: 0, mismatches: 0, stop: false };
    window.__still = probe;
    const scratch = document.createElement('canvas');
    const tick = () => {
      if (probe.stop) return;
      probe.frames++;
      const box = document.querySelector('.deck-view main [data-current] [data-chart-drawing]');
      const img = box?.querySelector<HTMLImageElement>('img.still.shown');
      const canvas = box?.querySelector('canvas');
      if (img && canvas && img.complete) {
        probe.stillFrames++;
        scratch.width = img.naturalWidth;
        scratch.height = img.naturalHeight;
        const ctx = scratch.getContext('2d', { willReadFrequently: true })!;
        ctx.clearRect(0, 0, scratch.width, scratch.height);
        ctx.drawImage(img, 0, 0);
        const a = ctx.getImageData(0, 0, scratch.width, scratch.height).data;
        const b = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        // Same size, and every opaque pixel the same (semi-transparent edges may round differently
        // through PNG's unpremultiplied alpha).
        let bad = scratch.width !== canvas.width || scratch.height !== canvas.height ? 1 : 0;
        for (let p = 0; !bad && p < a.length; p += 4)
          if (
            b[p + 3] === 255 &&
            (Math.abs(a[p] - b[p]) > 2 || Math.abs(a[p + 1] - b[p + 1]) > 2 || Math.abs(a[p + 2] - b[p + 2]) > 2 || a[p + 3] !== 255)
          )
            bad++;
        if (bad) probe.mismatches++;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await expect.poll(() => page.evaluate(() => window.__still!.stillFrames)).toBeGreaterThan(2);

  // Another theme recolours the chart: the canvas redraws, the old still goes, a new one comes.
  await page.mouse.move(800, 880);
  await page.mouse.move(810, 885);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'paper');
  await expect
    .poll(() =>
      drawing
        .locator('img.still.shown')
        .getAttribute('src')
        .catch(() => null),
    )
    .not.toBe(firstUrl);
  await expect(drawing.locator('img.still.shown')).toHaveCount(1);

  // The pointer over the chart shows the live canvas (for its tooltips); leaving shows a still again.
  await drawing.hover();
  await expect(drawing.locator('canvas')).toBeVisible();
  await expect(drawing.locator('img.still.shown')).toHaveCount(0);
  await page.mouse.move(5, 5);
  await expect(drawing.locator('img.still.shown')).toHaveCount(1);

  const probe = await page.evaluate(() => ((window.__still!.stop = true), window.__still!));
  expect(probe.stillFrames).toBeGreaterThan(2);
  expect(probe.mismatches).toBe(0);

  // Back to the default theme, for the tests that follow in this worker's browser.
  await page.mouse.move(800, 880);
  await page.mouse.move(810, 885);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
});

test('the still of a chart prepared off stage never shows through the slide on stage', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  // A slide followed by a chart slide: the chart's slot comes after it, painted over it if anything in it shows.
  const before = deck.slides.findIndex((s, i) => !s.chart && deck.slides[i + 1]?.chart);
  expect(before).toBeGreaterThanOrEqual(0);
  await app.open(page);
  await goToSlide(page, before + 1);
  // The next slide is prepared: its chart drawn and its still ready to stand in for the canvas.
  const offstage = page.locator('.deck-view main .slot:not([data-current])');
  await expect(offstage.locator('img.still.shown')).not.toHaveCount(0);
  const shown = await offstage.evaluateAll((slots) =>
    slots.flatMap((slot) =>
      Array.from(slot.querySelectorAll('*'))
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => el.tagName.toLowerCase() + '.' + el.className),
    ),
  );
  expect(shown, 'elements of slides off stage that are visible').toEqual([]);
});

test('a chart being built keeps its live canvas between clicks: its still comes once it has rested', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const at = deck.slides.findIndex((s) => s.chart && s.chart.series.length > 1);
  const slide = deck.slides[at]!;
  updateSlide(app.store.db, slide.id, slide.version, { build: 'items' });
  try {
    await app.open(page);
    await goToSlide(page, at + 1);
    const drawing = stage(page).locator('[data-chart-drawing]');
    await expect(stage(page).locator('article')).toHaveAttribute('data-shown', '0');
    await expect(drawing.locator('img.still.shown')).toHaveCount(1);
    // From the click on: when a still of the new drawing shows (the page's own clock).
    await page.evaluate(() => {
      const w = window as unknown as { __stillAt: Promise<number> };
      w.__stillAt = new Promise((resolve) => {
        addEventListener(
          'keydown',
          (e) => {
            const t0 = e.timeStamp;
            const box = document.querySelector('.deck-view main [data-current] [data-chart-drawing]')!;
            let gone = false;
            const tick = () => {
              const shown = box.querySelector('img.still.shown');
              if (!shown) gone = true;
              if (gone && shown) resolve(performance.now() - t0);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    });
    await page.keyboard.press('ArrowRight');
    await expect(stage(page).locator('article')).toHaveAttribute('data-shown', '1');
    const after = await page.evaluate(() => (window as unknown as { __stillAt: Promise<number> }).__stillAt);
    // STEP_REST_MS (charts/still.ts): a presenter's next click within it finds no still work under way.
    expect(after).toBeGreaterThanOrEqual(950);
    await expect(drawing.locator('img.still.shown')).toHaveCount(1);
    await page.keyboard.press('ArrowLeft');
    await expect(stage(page).locator('article')).toHaveAttribute('data-shown', '0');
  } finally {
    const now = getDeck(app.store.db, 1)!.slides[at]!;
    updateSlide(app.store.db, now.id, now.version, { build: 'none' });
  }
});
