/**
 * A KPI's big number always fits its card: a long value ("11017.39亿元" in a row of three) is set smaller,
 * with its unit, instead of running past the card's edge; values that fit keep their full size.
 */
import { getDeck } from '../src/main/store/decks';
import { undoEdit, updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
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
