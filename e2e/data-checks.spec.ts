/** Consistency checks in the data view: a correction that breaks a quote shows up, linked to its figure. */
import { listFigures } from '../src/main/store/figures';
import { expect, test } from './fixtures';
import { checks, correct, newestEntry, openData, selectFigure } from './data-helpers';

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
