/** Importing a report from the data view: paste (or open a file), review, import, present its deck. */
import { getDeck, listDecks } from '../src/main/store/decks';
import { listReports } from '../src/main/store/reports';
import { expect, test } from './fixtures';
import { dataView, openData } from './data-helpers';
import { counter, stage } from './helpers';

const TEXT = `重庆工业经济2016年稳中有进
2016年，全市规模工业增加值增长10.3%，规模工业总产值2.3万亿元。
汽车产业
汽车产量突破310万辆，占全国的1/9。`;

test('pasted text → review → import: the new report opens with its drafted deck and figures', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  await expect(dialog).toBeVisible();

  // A file no encoding explains (GBK cut by a stray byte) is refused with a message; nothing is read.
  await dialog
    .getByLabel('打开文件')
    .setInputFiles({ name: '旧报告.txt', mimeType: 'text/plain', buffer: Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xff]) });
  await expect(dialog.getByTestId('import-error')).toContainText('文件“旧报告.txt”：无法识别文件的文字编码');
  await expect(dialog.getByRole('textbox', { name: /报告正文/ })).toHaveValue('');

  await dialog.getByRole('textbox', { name: /报告正文/ }).fill(TEXT);
  await expect(dialog.getByLabel('标题')).toHaveValue('重庆工业经济2016年稳中有进');
  await expect(dialog.getByLabel('数据时期')).toHaveValue('2016年');
  await dialog.getByLabel('发布单位').fill('重庆市经济和信息化委员会');
  await dialog.getByLabel('发布日期').fill('2017-01-20');
  await dialog.getByRole('button', { name: '识别数据' }).click();

  const review = dialog.getByTestId('import-review');
  await expect(review.locator('tbody tr')).toHaveCount(4);
  await expect(review.locator('tbody .num')).toHaveText(['10.3', '2.3', '310', '1/9']);
  for (const box of await review.locator('tbody input[type="checkbox"]').all()) await expect(box).toBeChecked();
  // The value is not editable; the label is.
  await expect(review.getByRole('textbox', { name: '数值（1）' })).toHaveCount(0);
  await review.getByRole('textbox', { name: '名称（3）' }).fill('汽车产量');

  const before = listReports(app.store.db).length;
  await dialog.getByRole('button', { name: '导入 4 项数据并打开' }).click();
  await expect(dialog).toBeHidden();

  // The new report's deck is showing, from its title slide.
  const reports = listReports(app.store.db);
  expect(reports).toHaveLength(before + 1);
  const report = reports.at(-1)!;
  expect(report).toMatchObject({ title: '重庆工业经济2016年稳中有进', organisation: '重庆市经济和信息化委员会', figureCount: 4 });
  const deck = getDeck(app.store.db, listDecks(app.store.db, report.id)[0].id)!;
  await expect(counter(page)).toHaveText(`1 / ${deck.slides.length}`);
  await expect(page).toHaveTitle(`${deck.title} — 简报台`);
  const autoSlide = deck.slides.findIndex((s) => s.title === '汽车产业');
  for (let i = 0; i < autoSlide; i++) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${autoSlide + 1} / ${deck.slides.length}`);
  await expect(stage(page)).toContainText('310万辆');

  // Its figures are in the data view, the corrected label with them; the picker goes back to the first report.
  await openData(page);
  await expect(page.getByTestId('report-picker')).toHaveValue(String(report.id));
  await expect(page.getByTestId('data-count')).toHaveText('显示 4 项，共 4 项');
  await expect(page.getByTestId('figure-table').getByRole('button', { name: '汽车产量', exact: true })).toBeVisible();
  await page.getByTestId('report-picker').selectOption(String(reports[0].id));
  await expect(page.getByTestId('data-count')).toHaveText(`显示 63 项，共 63 项`);
});
