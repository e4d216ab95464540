/** Consistency checks in the data view: a correction that breaks a quote shows up, linked to its figure. */
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { historyState, undoDeck } from '../src/main/store/slide-edits';
import { expect, test } from './fixtures';
import { checks, correct, newestEntry, openData, selectFigure, switchView } from './data-helpers';

test('an edit that breaks a quote shows as a finding that selects its figure; undo clears it', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await expect(checks(page)).toContainText('未发现问题');

  await selectFigure(page, '规模工业利润');
  await correct(page, '1390', '测试一致性检查');
  const mismatch = checks(page).locator('li[data-code="quote-mismatch"]');
  await expect(mismatch).toContainText('提示');
  await expect(mismatch).toContainText('“规模工业利润”（1390亿元）与原文不一致：原文写作“1380”');
  await expect(checks(page).locator('li[data-code="stale-notes"]')).toContainText('讲稿仍写作“1380亿元”');
  await expect(checks(page)).toContainText('2 项待核');

  // The finding's link selects the figure's row, even when a filter hid it.
  await page.getByRole('searchbox').fill('渝新欧');
  await mismatch.getByRole('button', { name: '规模工业利润' }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  const row = page.getByTestId('figure-table').getByRole('button', { name: '规模工业利润', exact: true });
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeFocused();
  await expect(page.getByTestId('detail-value')).toHaveText('1390亿元');

  await newestEntry(page, '规模工业利润').getByRole('button', { name: '撤销' }).click();
  await expect(checks(page)).toContainText('未发现问题');
  expect(listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!.valueText).toBe('1380');
});

test('a stale-notes finding is fixed in one click: the old value in the notes becomes the figure’s reference, which follows the figure from then on', async ({
  page,
  app,
}) => {
  const profit = listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!;
  const slideOf = () => getDeck(app.store.db, 1)!.slides.find((s) => s.notes.includes(`{{${profit.id}}}`) || s.notes.includes('1380亿元'))!;
  const notesBefore = slideOf().notes;
  await app.open(page);
  await openData(page);
  try {
    await selectFigure(page, '规模工业利润');
    await correct(page, '1390', '测试讲稿修正');
    const stale = checks(page).locator('li[data-code="stale-notes"]');
    await expect(stale).toContainText('讲稿仍写作“1380亿元”');
    await stale.getByTestId('fix-notes').click();
    await expect(page.getByTestId('fix-result')).toContainText('讲稿');
    await expect(stale).toHaveCount(0);
    const notes = slideOf().notes;
    expect(notes).toBe(notesBefore.replaceAll('1380亿元', `{{${profit.id}}}`));
    expect(slideOf().figureIds).toContain(profit.id);

    // The notes now follow the figure: undoing the correction leaves nothing to find, the reference stays.
    await newestEntry(page, '规模工业利润').getByRole('button', { name: '撤销' }).click();
    await expect(checks(page)).toContainText('未发现问题');
    await switchView(page, 'editor');
    await page
      .getByRole('navigation', { name: '幻灯片列表' })
      .locator(`button[data-index="${slideOf().ord - 1}"]`)
      .click();
    await expect(page.getByLabel('讲稿', { exact: true })).toHaveValue(notes);
  } finally {
    while (historyState(app.store.db, 1).canUndo) undoDeck(app.store.db, 1);
  }
  expect(slideOf().notes).toBe(notesBefore);
  expect(listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!.valueText).toBe('1380');
});
