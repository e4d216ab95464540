/**
 * Traceability: any number on a slide opens its verbatim source sentence, and the Source view shows that
 * sentence highlighted in the whole report text, in view.
 */
import { formatFigureFull } from '../src/shared/format';
import { listFigures } from '../src/main/store/figures';
import { getDeck } from '../src/main/store/decks';
import { getReport } from '../src/main/store/reports';
import { expect, test } from './fixtures';
import { counter, goToSlide, stage } from './helpers';

test('every number on every slide opens its verbatim source sentence', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const byId = new Map(listFigures(app.store.db, 1).map((f) => [f.id, f]));
  const trace = page.getByTestId('trace');
  let traced = 0;
  for (const [i] of deck.slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
    const numbers = stage(page).locator('[data-figure-id][role="button"]');
    for (let k = 0; k < (await numbers.count()); k++) {
      const id = Number(await numbers.nth(k).getAttribute('data-figure-id'));
      const figure = byId.get(id)!;
      await numbers.nth(k).click();
      await expect(trace.getByTestId('trace-quote')).toHaveText(figure.quote);
      await expect(trace.getByTestId('trace-value')).toHaveText(formatFigureFull(figure));
      await expect(trace.getByRole('heading')).toHaveText(figure.label);
      await expect(trace).toContainText(figure.period);
      // The highlighted part of the sentence is the value exactly as the source writes it.
      await expect(trace.locator('[data-testid="trace-quote"] strong')).toHaveText(figure.valueText);
      await page.keyboard.press('Escape');
      await expect(trace).toBeHidden();
      traced++;
    }
  }
  expect(traced).toBeGreaterThan(20);
});

test('the Source view marks the sentence, strongly marks the value, and scrolls it into view', async ({ page, app }, testInfo) => {
  await app.open(page);
  const figures = listFigures(app.store.db, 1);
  const report = getReport(app.store.db, 1)!;
  const deck = getDeck(app.store.db, 1)!;
  // A figure far down the report, so the view has to scroll to it.
  const kpiLate = deck.slides.findLastIndex((s) => s.layout === 'kpi');
  await goToSlide(page, kpiLate + 1);
  await expect(counter(page)).toHaveText(`${kpiLate + 1} / ${deck.slides.length}`);
  const number = stage(page).locator('[data-figure-id][role="button"]').last();
  const id = Number(await number.getAttribute('data-figure-id'));
  const figure = figures.find((f) => f.id === id)!;
  expect(report.text.slice(figure.quoteStart, figure.quoteEnd)).toBe(figure.quote);

  // Keyboard: Tab reaches the number, Enter opens its trace; Esc closes it and hands the keys back to the
  // slides (focus on the stage, not the number: e2e/keys.spec.ts shows Enter then pages); Tab finds it again.
  await number.focus();
  await page.keyboard.press('Enter');
  const trace = page.getByTestId('trace');
  await expect(trace.getByTestId('trace-quote')).toHaveText(figure.quote);
  await expect(trace).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trace).toBeHidden();
  await expect(page.locator('.deck-view main')).toBeFocused();
  await number.focus();
  await page.keyboard.press('Enter');
  await expect(trace).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('trace.png') });

  await trace.getByRole('button', { name: '在原文中查看' }).click();
  const mark = page.getByTestId('source-quote');
  await expect(mark).toHaveText(figure.quote);
  await expect(mark).toBeInViewport({ ratio: 1 });
  await expect(mark.getByTestId('source-value')).toHaveText(figure.valueText);
  await expect(page.getByTestId('source-figure')).toContainText(formatFigureFull(figure));
  // The whole report is there, verbatim.
  expect(await page.getByTestId('source').locator('.text').textContent()).toBe(report.text);
  const scrolled = await page
    .getByTestId('source')
    .locator('main')
    .evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('source.png') });

  // Esc returns to the same slide.
  await page.keyboard.press('Escape');
  await expect(counter(page)).toHaveText(`${kpiLate + 1} / ${deck.slides.length}`);
  await expect(page.getByTestId('source')).toBeHidden();
});

test('the 原文 button opens the whole text at the current slide’s section; the back button returns', async ({ page, app }) => {
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const report = getReport(app.store.db, 1)!;
  const i = deck.slides.findLastIndex((s) => s.sectionId !== null);
  await goToSlide(page, i + 1);
  await page.mouse.move(400, 400);
  await page.getByRole('button', { name: '原文' }).click();
  const section = page.locator(`[data-testid="source"] section[data-section-id="${deck.slides[i].sectionId}"]`);
  await expect(section).toHaveClass(/current/);
  await expect(section).toBeInViewport();
  const s = report.sections.find((x) => x.id === deck.slides[i].sectionId)!;
  await expect(section).toHaveText(report.text.slice(s.start, s.end));
  await expect(page.getByTestId('source-quote')).toHaveCount(0);
  await page.getByRole('button', { name: '返回放映' }).click();
  await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
});
