/**
 * The one keyboard dispatcher (src/renderer/lib/keyboard.ts): layers over the slides take keys first and
 * Esc closes only the top one; once closed, the keys are the deck's again. The regression of issue 18:
 * after a figure popover, Esc must hand the keys back (Enter/Space/→ page, digits + Enter go to a slide).
 */
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { counter, goToSlide, stage } from './helpers';

test('after a figure popover closes, Enter, Space and → page the deck and digits + Enter go to a slide', async ({ page, app }) => {
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  const kpi = deck.slides.findIndex((s) => s.layout === 'kpi');
  await goToSlide(page, kpi + 1);
  await expect(counter(page)).toHaveText(`${kpi + 1} / ${n}`);
  const numbers = stage(page).locator('[data-figure-id][role="button"]');
  const trace = page.getByTestId('trace');

  // Opened with the mouse, closed with Esc: Enter, Space and → each page on.
  await numbers.first().click();
  await expect(trace).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(trace).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${kpi + 2} / ${n}`);
  await expect(trace).toBeHidden();
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText(`${kpi + 3} / ${n}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${kpi + 4} / ${n}`);
  await expect(trace).toBeHidden();

  // Opened with the keyboard (Tab to the number, Enter), closed with Esc: digits + Enter go to that slide.
  await goToSlide(page, kpi + 1);
  await numbers.first().focus();
  await page.keyboard.press('Enter');
  await expect(trace).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trace).toBeHidden();
  await page.keyboard.type('15');
  await expect(page.getByTestId('typed-number')).toHaveText('→ 15');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`15 / ${n}`);
  await expect(trace).toBeHidden();

  // Closed with its × button: the same.
  await goToSlide(page, kpi + 1);
  await numbers.first().click();
  await trace.getByRole('button', { name: '关闭' }).click();
  await expect(trace).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${kpi + 2} / ${n}`);
  await expect(trace).toBeHidden();

  // Digits typed while a number has focus: Enter is the slide number's, not the number's.
  await goToSlide(page, kpi + 1);
  await numbers.first().focus();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  await expect(trace).toBeHidden();
});

test('Esc closes the top layer only (help, zoom, popover, laser), then shows the overview', async ({ page, app }) => {
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  const view = page.locator('.deck-view');
  const trace = page.getByTestId('trace');
  const zoom = page.getByTestId('zoom');
  const help = page.getByTestId('help');
  const overview = page.getByTestId('overview');

  // A chart slide: laser, then zoom, then help; Esc closes them from the top down.
  const chartAt = deck.slides.findIndex((s) => s.chart);
  await goToSlide(page, chartAt + 1);
  await expect(counter(page)).toHaveText(`${chartAt + 1} / ${n}`);
  await page.keyboard.press('l');
  await expect(view).toHaveClass(/laser/);
  await page.keyboard.press('z');
  await expect(zoom).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  // Under the help (modal), commands do not reach the slides.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  await expect(counter(page)).toHaveText(`${chartAt + 1} / ${n}`);
  await expect(page.getByTestId('screen-cover')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(zoom).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(zoom).toHaveCount(0);
  await expect(view).toHaveClass(/laser/);
  await page.keyboard.press('Escape');
  await expect(view).not.toHaveClass(/laser/);
  await expect(overview).toBeHidden();

  // A popover opened before the laser is still above it (as drawn): Esc closes the popover first.
  const kpi = deck.slides.findIndex((s) => s.layout === 'kpi');
  await goToSlide(page, kpi + 1);
  await stage(page).locator('[data-figure-id][role="button"]').first().click();
  await expect(trace).toBeVisible();
  await page.keyboard.press('l');
  await expect(view).toHaveClass(/laser/);
  await page.keyboard.press('Escape');
  await expect(trace).toBeHidden();
  await expect(view).toHaveClass(/laser/);
  await page.keyboard.press('Escape');
  await expect(view).not.toHaveClass(/laser/);
  await expect(overview).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();

  // The help works in the overview too, listing the keys that work there; Esc closes it, not the overview,
  // and the focused card has focus again, so the arrows still move among the cards.
  const cards = overview.locator('button[data-index]');
  await expect(cards.nth(kpi)).toBeFocused();
  await page.keyboard.press('?');
  await expect(help.locator('tr[data-command]')).toHaveCount(7);
  // Among them the reorder chord the focused card takes (the key table's row for the overview).
  await expect(help.locator('tr[data-command="moveSlide"] kbd')).toHaveText(['Alt+←', 'Alt+→', 'Alt+↑', 'Alt+↓']);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(overview).toBeVisible();
  await expect(cards.nth(kpi)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(kpi + 1)).toBeFocused();
});

test('the presenter view’s keys drive the audience view, through its own layers', async ({ page, context, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  const chartAt = deck.slides.findIndex((s) => s.chart);
  await app.open(page);
  const presenter = await context.newPage();
  await app.open(presenter, '/presenter');
  await expect(counter(presenter)).toHaveText(`1 / ${n}`);

  await presenter.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`2 / ${n}`);
  await presenter.keyboard.type(String(chartAt + 1));
  await presenter.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${chartAt + 1} / ${n}`);
  await presenter.keyboard.press('z');
  await expect(page.getByTestId('zoom')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('screen-cover')).toHaveAttribute('data-screen', 'black');
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('screen-cover')).toHaveCount(0);

  // The help over the presenter view keeps ← from the slides; Esc closes it, the next Esc the zoom.
  await presenter.keyboard.press('?');
  await expect(presenter.getByTestId('help')).toBeVisible();
  await presenter.keyboard.press('ArrowLeft');
  await presenter.keyboard.press('Escape');
  await expect(presenter.getByTestId('help')).toBeHidden();
  await expect(page.getByTestId('zoom')).toBeVisible();
  await presenter.keyboard.press('Escape');
  await expect(page.getByTestId('zoom')).toHaveCount(0);
  await expect(counter(page)).toHaveText(`${chartAt + 1} / ${n}`);
  await presenter.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`${chartAt} / ${n}`);
  await presenter.close();
});
