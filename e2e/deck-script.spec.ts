/**
 * A report in traditional characters (辽宁 2019 一季度, from a Hong Kong site) is framed in them on its slides: 數據來源
 * under a chart, 數據截至 and 第 N 頁 in print; switched back to a simplified report, 数据来源 again. The app's own
 * words (the data view's buttons, the switcher) stay in the UI language throughout (#19).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { getDeck, listDecks } from '../src/main/store/decks';
import { listReports } from '../src/main/store/reports';
import { dataView, openData } from './data-helpers';
import { expect, test } from './fixtures';
import { counter, stage } from './helpers';

const TEXT = readFileSync(join(__dirname, '../test/corpus/liaoning-2019-q1-industry-traditional.txt'), 'utf8');
const TITLE = '遼寧一季度工業經濟運行情況';
const SHOTS = join(__dirname, '../test-results/deck-script');

async function goTo(page: Page, index: number, total: number): Promise<void> {
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${index + 1} / ${total}`);
}

test('a traditional report’s chart slide says 數據來源; the UI and a simplified report stay simplified', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  await dialog.getByRole('textbox', { name: /报告正文/ }).fill(TEXT);
  await dialog.getByLabel('标题').fill(TITLE);
  await dialog.getByLabel('发布单位').fill('遼寧省統計局');
  await dialog.getByLabel('发布日期').fill('2019-05-07');
  await dialog.getByLabel('数据时期').fill('2019年一季度');
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await dialog.getByRole('button', { name: /^导入 \d+ 项数据并打开$/ }).click();
  await expect(dialog).toBeHidden();

  const report = listReports(app.store.db).find((r) => r.title === TITLE)!;
  const deck = getDeck(app.store.db, listDecks(app.store.db, report.id)[0].id)!;
  const chart = deck.slides.findIndex((s) => s.layout === 'chart' && s.chart);
  expect(chart).toBeGreaterThan(0);
  await goTo(page, chart, deck.slides.length);
  await expect(stage(page)).toContainText('數據來源：遼寧省統計局，2019年5月7日');
  await expect(stage(page)).not.toContainText('数据来源');
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(350);
  await stage(page).screenshot({ path: join(SHOTS, 'liaoning-chart.png') });

  // The app's own words stay simplified: the switcher's title and its buttons.
  const button = page.getByTestId('reports-button');
  await button.focus();
  await button.press('Enter');
  const switcher = page.getByRole('dialog', { name: '选择报告' });
  await expect(switcher).toBeVisible();
  const chongqing = listReports(app.store.db)[0];
  await page
    .getByTestId('report-item')
    .filter({ has: page.getByRole('heading', { name: chongqing.title, exact: true }) })
    .getByRole('button', { name: '打开' })
    .click();
  await expect(switcher).toBeHidden();

  // Back on the simplified report: 数据来源 again, on its first chart slide.
  const cq = getDeck(app.store.db, listDecks(app.store.db, chongqing.id)[0].id)!;
  const cqChart = cq.slides.findIndex((s) => s.layout === 'chart' && s.chart);
  await goTo(page, cqChart, cq.slides.length);
  await expect(stage(page)).toContainText('数据来源：');
  await expect(stage(page)).not.toContainText('數據來源');
});
