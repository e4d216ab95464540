/**
 * A corrected figure is visible as corrected (#20): its trace shows the report's words beside the corrected
 * value, with the reason; the presenter's slides mark it discreetly, the audience's do not.
 */
import { getDeck } from '../src/main/store/decks';
import { undoEdit, updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { expect, test } from './fixtures';
import { goToSlide, stage } from './helpers';

test('a corrected figure: the trace shows source and corrected value with the reason; only the presenter sees a mark', async ({
  app,
  page,
  context,
}) => {
  const profit = listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!;
  const slide = getDeck(app.store.db, 1)!.slides.findIndex((s) => s.layout === 'kpi' && s.figureIds.includes(profit.id));
  const edit = updateFigure(app.store.db, profit.id, profit.version, { valueText: '1390' }, '按复核结果更正');
  try {
    await app.open(page);
    await goToSlide(page, slide + 1);
    const number = stage(page).locator(`[data-figure-id="${profit.id}"]`).first();
    await expect(number).toContainText('1390');
    await number.click();
    const trace = page.getByTestId('trace');
    await expect(trace.getByTestId('trace-value')).toHaveText('1390亿元');
    await expect(trace.getByTestId('trace-corrected')).toContainText('已更正');
    await expect(trace.getByTestId('trace-corrected')).toContainText('原文写作 1380亿元');
    await expect(trace.getByTestId('trace-corrected')).toContainText('更正原因：按复核结果更正');
    // The sentence still highlights what the report says.
    await expect(trace.locator('[data-testid="trace-quote"] strong')).toHaveText('1380');
    await page.keyboard.press('Escape');

    const underline = (el: HTMLElement) => getComputedStyle(el.querySelector('.number')!).textDecorationLine;
    expect(await number.evaluate(underline)).toBe('none');
    const presenter = await context.newPage();
    await app.open(presenter, '/presenter');
    const marked = presenter.locator(`[data-testid="presenter"] [data-figure-id="${profit.id}"]`).first();
    await expect(marked).toBeVisible();
    expect(await marked.evaluate(underline)).toBe('underline');
    // An uncorrected figure is not marked.
    const other = presenter.locator(`[data-testid="presenter"] .fig:not(.corrected)`).first();
    expect(await other.evaluate((el) => getComputedStyle(el.querySelector('.number')!).textDecorationLine)).toBe('none');
  } finally {
    undoEdit(app.store.db, edit.id);
  }
});
