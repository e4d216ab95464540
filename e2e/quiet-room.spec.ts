/**
 * While presenting, the room sees only the slide: no tooltips on the audience page, the control bar
 * leaves after 2 s even with focus, and the presenter's stopwatch starts at 开始放映, not at page load.
 * The presenter view at the two common laptop/projector sizes, and its backup drawer, looked at.
 */
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { counter, stage } from './helpers';

const SHOTS = '/tmp/h6shots';

test('while presenting the audience DOM has no title tooltips; outside a presentation the quote is there', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const withFigures = deck.slides.findIndex((s) => s.layout === 'kpi');
  await app.open(page);
  await page.keyboard.type(String(withFigures + 1));
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${withFigures + 1} / ${deck.slides.length}`);
  // Before: the numbers carry their source quote as a tooltip (rehearsing at the desk).
  await expect(stage(page).locator('[data-figure-id][title]').first()).toBeAttached();
  await page.keyboard.press('F5');
  await expect.poll(() => app.hub.current.presenting).toBe(true);
  await expect(page.locator('[title]')).toHaveCount(0);
  // Neighbours prepared off stage are quiet too, and so is a slide reached by paging.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${withFigures + 2} / ${deck.slides.length}`);
  await expect(page.locator('[title]')).toHaveCount(0);
  // No hover effect on a number: no underline under the mouse.
  await page.keyboard.press('ArrowLeft');
  const number = stage(page).locator('[data-figure-id][role="button"]').first();
  await number.hover();
  expect(await number.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
  // Tracing stays one deliberate click away.
  await number.click();
  await expect(page.getByTestId('trace-quote')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => app.hub.current.presenting).toBe(false);
  await expect(stage(page).locator('[data-figure-id][title]').first()).toBeAttached();
});

test('the control bar hides after 2 s even when one of its buttons has focus', async ({ page, app }) => {
  await app.open(page);
  const bar = page.locator('nav.controls');
  await page.mouse.move(400, 400);
  await page.mouse.move(420, 420);
  await expect(bar).toHaveCSS('opacity', '1');
  await bar.getByRole('button', { name: '下一页' }).click();
  await expect(counter(page)).toHaveText(/^2 \//);
  await expect(bar.getByRole('button', { name: '下一页' })).toBeFocused();
  const clicked = Date.now();
  await expect(bar).toHaveCSS('opacity', '0', { timeout: 5000 });
  expect(Date.now() - clicked).toBeGreaterThan(1500);
  // The focus went back to the slides: Enter pages, it does not press the hidden button.
  await expect(bar.getByRole('button', { name: '下一页' })).not.toBeFocused();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(/^3 \//);
  // Tab into the bar (keyboard users) shows it again.
  await page.keyboard.press('Tab');
  await expect(bar).toHaveCSS('opacity', '1');
});

test('the stopwatch stays at 00:00 until 开始放映 starts it', async ({ page, context, app }) => {
  const t0 = new Date('2026-03-02T09:30:00+08:00').getTime();
  await context.clock.install({ time: t0 });
  const presenter = await context.newPage();
  await app.open(presenter, '/presenter');
  await app.open(page);
  await context.clock.pauseAt(t0 + 10_000);
  const elapsed = presenter.getByTestId('elapsed');
  await context.clock.runFor(90_000);
  await expect(elapsed).toHaveText('00:00');
  await expect(presenter.getByTestId('timer-toggle')).toHaveText('开始计时');
  // 开始放映 (the hub's present action; the audience page, whose key presses wait for a frame that the
  // paused clock holds back, hears of it too): the presenter's watch starts.
  await presenter.getByRole('button', { name: '开始放映' }).click();
  await expect.poll(() => app.hub.current.presenting).toBe(true);
  await expect(presenter.getByText('放映中')).toBeVisible();
  await context.clock.runFor(61_000);
  await expect(elapsed).toHaveText('01:01');
  // A reload of the presenter window keeps the time.
  await presenter.reload();
  await counter(presenter).waitFor();
  await context.clock.runFor(2_000);
  await expect(elapsed).toHaveText(/^01:0[3-9]$/);
  await presenter.close();
});

test('backup drawer: dark, the current slide’s figures first', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  // A slide in a section with figures besides its own.
  const at = deck.slides.findIndex((s) => s.sectionId !== null && s.figureIds.length > 0 && s.chart);
  const own = deck.slides[at]!.figureIds;
  await app.open(page, '/presenter');
  await page.keyboard.type(String(at + 1));
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${at + 1} / ${deck.slides.length}`);
  await page.getByTestId('backup-toggle').click();
  const ids = await page.locator('[data-backup-figure]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-backup-figure'))));
  expect(ids.length).toBeGreaterThan(own.length);
  expect(ids.slice(0, own.length)).toEqual(own);
  await expect(page.getByTestId('backup-on-slide')).toHaveCount(own.length);
  const bg = await page.getByTestId('backup').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
  await page.screenshot({ path: `${SHOTS}/presenter-backup-dark.png` });
});

for (const [w, h] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the presenter view uses its space at ${w}×${h}`, async ({ page, app }) => {
    const deck = getDeck(app.store.db, 1)!;
    const at = deck.slides.findIndex((s) => s.chart && s.notes.length > 80);
    await page.setViewportSize({ width: w, height: h });
    await app.open(page, '/presenter');
    await page.keyboard.type(String(at + 1));
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`${at + 1} / ${deck.slides.length}`);
    await expect(page.locator('.current canvas').first()).toHaveAttribute('data-drawn', 'true');
    // The current slide and the notes take most of the screen; nothing large stays empty under the slide.
    const slide = (await page.locator('.current .frame').boundingBox())!;
    const notes = (await page.getByTestId('notes').boundingBox())!;
    await page.screenshot({ path: `${SHOTS}/presenter-${w}x${h}.png` });
    expect(slide.width * slide.height).toBeGreaterThan(w * h * 0.3);
    expect(notes.width * notes.height).toBeGreaterThan(w * h * 0.12);
    const body = (await page.locator('[data-testid="presenter"] > .body').boundingBox())!;
    const under = body.y + body.height - Math.max(slide.y + slide.height, notes.y + notes.height);
    expect(under).toBeLessThan(60);
    await page.screenshot({ path: `${SHOTS}/presenter-${w}x${h}.png` });
  });
}
