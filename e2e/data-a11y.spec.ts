/** axe-core on the data view: the table, a selected figure with an error, checks, history, the import review. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { correct, dataView, newestEntry, openData, selectFigure } from './data-helpers';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

test('the data view, with a finding, history, an error and the import review', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.open(page);
  await openData(page);
  expect(await seriousViolations(page), 'table').toEqual([]);

  await selectFigure(page, '规模工业利润');
  await correct(page, '1390', '无障碍检查');
  await expect(page.getByTestId('checks').locator('li')).toHaveCount(2);
  await correct(page, 'abc', '无障碍检查');
  await expect(page.getByTestId('edit-error')).toBeVisible();
  expect(await seriousViolations(page), 'figure, error, checks, history').toEqual([]);
  await newestEntry(page, '规模工业利润').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('checks')).toContainText('未发现问题');

  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  await dialog.getByRole('textbox', { name: /报告正文/ }).fill('2016年，全市规模工业增加值增长10.3%，规模工业总产值2.3万亿元。');
  expect(await seriousViolations(page), 'import text').toEqual([]);
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await expect(dialog.getByTestId('import-review')).toBeVisible();
  expect(await seriousViolations(page), 'import review').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(dataView(page)).toBeVisible();
});
