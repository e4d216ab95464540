/**
 * 导入报告: the 数据时期 field follows the report's own period (as `cli import` stores it), not its first year; 发布单位
 * and 发布日期 what its opening says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listReports } from '../src/main/store/reports';
import { expect, test } from './fixtures';
import { dataView, openData } from './data-helpers';

const QINGHAI = readFileSync(join(__dirname, '../test/corpus/qinghai-2022-05-industry.txt'), 'utf8');

test('the as-of of the 青海 1-5月 report is its period, not the year of its dateline', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  const asOf = dialog.getByLabel('数据时期');

  await dialog.getByRole('textbox', { name: /报告正文/ }).fill(QINGHAI);
  // The first year the text writes is its dateline's (2022年07月03日): the report is about 1-5月 of 2022.
  await expect(asOf).toHaveValue('2022年1-5月');
  const shown = await asOf.inputValue();
  // Who published it and when, as its opening says: the agency the figures came from and the dateline's date.
  await expect(dialog.getByLabel('发布单位')).toHaveValue('青海省统计局');
  await expect(dialog.getByLabel('发布日期')).toHaveValue('2022-07-03');
  await page.screenshot({ path: 'test-results/import-as-of.png' });
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await expect(dialog.getByTestId('import-review').locator('tbody tr').first()).toBeVisible();
  const count = await dialog.getByTestId('import-review').locator('tbody tr').count();
  await dialog.getByRole('button', { name: `导入 ${count} 项数据并打开` }).click();
  await expect(dialog).toBeHidden();
  expect(listReports(app.store.db).at(-1)).toMatchObject({
    title: QINGHAI.split('\n')[0],
    asOf: shown,
    organisation: '青海省统计局',
    published: '2022-07-03',
  });
});

test('a typed as-of stays, and is the period of figures whose text names none', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  const text = dialog.getByRole('textbox', { name: /报告正文/ });
  await text.fill('全市规模工业增加值增长10.3%。');
  await dialog.getByLabel('数据时期').fill('2016年1-7月');
  await text.fill('全市规模工业增加值增长10.3%，比2015年提高1.2个百分点。');
  await expect(dialog.getByLabel('数据时期')).toHaveValue('2016年1-7月');
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await expect(dialog.getByTestId('import-review').getByLabel('时期（1）')).toHaveValue('2016年1-7月');
});
