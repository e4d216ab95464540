/**
 * A KPI's big number always fits its card: a long value ("11017.39亿元" in a row of three) is set smaller,
 * with its unit, instead of running past the card's edge; values that fit keep their full size.
 */
import { getDeck } from '../src/main/store/decks';
import { undoEdit, updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { undoDeck, updateSlide } from '../src/main/store/slide-edits';
import { expect, test } from './fixtures';
import { goToSlide, stage } from './helpers';

test('a long KPI value is scaled to fit its card, unit included; a short one keeps its size', async ({ app, page }) => {
  const profit = listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!;
  const slide = getDeck(app.store.db, 1)!.slides.findIndex((s) => s.layout === 'kpi' && s.figureIds.includes(profit.id));
  await app.open(page);
  await goToSlide(page, slide + 1);
  const card = (id: number) => stage(page).locator('.kpi', { has: page.locator(`[data-figure-id="${id}"]`) });
  const measure = (id: number) =>
    card(id).evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(el).paddingRight);
      const fig = el.querySelector('.fig.big')!.getBoundingClientRect();
      const number = parseFloat(getComputedStyle(el.querySelector('.fig.big .number')!).fontSize);
      return { overflow: fig.right - (box.right - pad), number };
    });
  const before = await measure(profit.id);
  expect(before.overflow).toBeLessThanOrEqual(0);

  const edit = updateFigure(app.store.db, profit.id, profit.version, { valueText: '11017.39' }, '检验长数值');
  try {
    await page.reload();
    await expect(stage(page).locator(`[data-figure-id="${profit.id}"]`).first()).toContainText('11017.39');
    const after = await measure(profit.id);
    expect(after.overflow, 'the value ends inside the card').toBeLessThanOrEqual(0);
    expect(after.number).toBeLessThan(before.number);
    await expect(card(profit.id).locator('.fig.big .unit')).toHaveText('亿元');
    await page.screenshot({ path: 'test-results/kpi-fit-long-value.png' });
  } finally {
    undoEdit(app.store.db, edit.id);
  }
});

test('a KPI slide with one card shows it as a big number, centred and set larger than in a row', async ({ app, page }) => {
  const slides = getDeck(app.store.db, 1)!.slides;
  const index = slides.findIndex((s) => s.layout === 'kpi' && (s.body.kpis?.length ?? 0) >= 2 && !s.hidden);
  const slide = slides[index];
  const [first] = slide.body.kpis!;
  await app.open(page);
  await goToSlide(page, index + 1);
  const card = stage(page).locator('.kpi', { has: page.locator(`[data-figure-id="${first.figureId}"]`) });
  const measure = () =>
    card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const slideBox = el.closest('.kpi-slide')!.getBoundingClientRect();
      const number = parseFloat(getComputedStyle(el.querySelector('.fig.big .number')!).fontSize);
      return { left: box.left - slideBox.left, right: slideBox.right - box.right, width: box.width / slideBox.width, number };
    });
  const inRow = await measure();

  const edit = updateSlide(app.store.db, slide.id, slide.version, { kpis: [first] });
  try {
    await page.reload();
    await goToSlide(page, index + 1);
    await expect(stage(page).locator('.kpi')).toHaveCount(1);
    const alone = await measure();
    expect(Math.abs(alone.left - alone.right), 'centred').toBeLessThanOrEqual(2);
    expect(alone.width, 'narrower than the slide, wider than a third').toBeGreaterThan(0.4);
    expect(alone.width).toBeLessThan(0.7);
    expect(alone.number, 'set larger than in a row of cards').toBeGreaterThan(inRow.number);
    await page.screenshot({ path: 'test-results/kpi-solo.png' });
  } finally {
    undoDeck(app.store.db, edit.deck.id);
  }
});
