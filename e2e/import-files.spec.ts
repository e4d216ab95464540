/** 导入报告 from files: a Word document and a text PDF, picked in the dialog, read by the main process. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listReports } from '../src/main/store/reports';
import { allFigures } from '../src/main/store/figures';
import { DECLINE, FENBIE, makeDocx, printPdf, TABLE } from '../test/reader-fixtures';
import { expect, test } from './fixtures';
import { dataView, openData } from './data-helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('a .docx and a PDF picked in 导入报告 fill the review with their figures and name the reader', async ({ page, app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'import-files-'));
  try {
    const pdf = printPdf(dir, 'report', '2017年全市工业经济运行情况', [
      '2017年，全市规模工业增加值增长9.6%，汽车产业下降1.2%，电子信息产业增长28.4%，一段足够长、会在页面上折成两行以上的文字，检验换行处不会多出空格。',
    ]);
    await app.open(page);
    await openData(page);
    await dataView(page).getByRole('button', { name: '导入报告…' }).click();
    const dialog = page.getByTestId('import');
    const review = dialog.getByTestId('import-review');

    // The Word document: text in the box, the reader named, then its figures in the review.
    await dialog.getByLabel('打开文件').setInputFiles({ name: '2016年运行情况.docx', mimeType: DOCX, buffer: await makeDocx() });
    await expect(dialog.getByTestId('import-source')).toContainText('读取方式：Word 文档');
    await expect(dialog.getByRole('textbox', { name: /报告正文/ })).toHaveValue(
      ['2016年全市工业经济运行情况', DECLINE, FENBIE, ...TABLE.map((r) => r.join('\t'))].join('\n'),
    );
    await expect(dialog.getByLabel('标题')).toHaveValue('2016年全市工业经济运行情况');
    await page.screenshot({ path: 'test-results/import-files-text.png' });
    await dialog.getByRole('button', { name: '识别数据' }).click();
    // The decline reads as a decline; each item of the 分别 list has its own subject.
    await expect(review.locator('tbody .num')).toHaveText(['10.3', '下降4.1', '15.2', '7.6', '9', '7', '603.95', '310']);
    await expect(dialog.getByTestId('import-source')).toContainText('读取方式：Word 文档');
    const labels = await review
      .locator('tbody tr td:nth-child(2) input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(labels[1]).toContain('汽车');
    expect(labels.slice(3, 6).map((l, i) => l.includes(['固定资产投资', '社会消费品零售总额', '进出口总值'][i]))).toEqual([
      true,
      true,
      true,
    ]);
    await expect(review.locator('tbody tr').nth(3).locator('td.quote')).toHaveText(FENBIE);
    // 汽车产业下降4.1% has no year in its sentence: its period (inherited) is marked for checking.
    await expect(dialog.getByTestId('import-doubts')).toBeVisible();
    await expect(review.getByLabel('时期（2）')).toHaveClass(/doubt/);
    await expect(review.getByLabel('时期（1）')).not.toHaveClass(/doubt/);

    // Back, then the PDF replaces it: paragraphs joined without stray spaces, the header and page number gone.
    await dialog.getByRole('button', { name: '返回修改正文' }).click();
    await dialog.getByLabel('打开文件').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(dialog.getByTestId('import-source')).toContainText('读取方式：PDF');
    const box = dialog.getByRole('textbox', { name: /报告正文/ });
    await expect(box).toHaveValue(/^2017年全市工业经济运行情况\n2017年，全市规模工业增加值增长9\.6%，汽车产业下降1\.2%/u);
    await expect(box).not.toHaveValue(/重庆市工业经济运行简报|— 1 —/u);
    await expect(box).toHaveValue(/折成两行以上的文字，检验换行处不会多出空格。$/u);
    await dialog.getByLabel('发布单位').fill('重庆市经济和信息化委员会');
    await dialog.getByRole('button', { name: '识别数据' }).click();
    await expect(review.locator('tbody .num')).toHaveText(['9.6', '下降1.2', '28.4']);
    await page.screenshot({ path: 'test-results/import-files-review.png' });

    // Create the report: its figures are stored, each quote at its offsets in the text the PDF reader gave.
    const before = listReports(app.store.db).length;
    await dialog.getByRole('button', { name: '导入 3 项数据并打开' }).click();
    await expect(dialog).toBeHidden();
    const reports = listReports(app.store.db);
    expect(reports).toHaveLength(before + 1);
    const report = reports.at(-1)!;
    expect(report).toMatchObject({ title: '2017年全市工业经济运行情况', figureCount: 3 });
    const { text } = app.store.db.prepare('SELECT text FROM reports WHERE id = ?').get(report.id) as { text: string };
    const figures = allFigures(app.store.db).filter((f) => f.reportId === report.id);
    expect(figures.map((f) => f.valueText)).toEqual(['9.6', '1.2', '28.4']);
    // Stored signed: the decline is negative, and the new report's slides show it as a decline.
    expect(figures.map((f) => f.value)).toEqual([9.6, -1.2, 28.4]);
    for (const f of figures) expect(text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
    const decline = figures[1]!;
    const shown = page.locator(`[data-figure-id="${decline.id}"]`).first();
    for (let i = 0; i < 20 && !(await shown.isVisible()); i++) await page.keyboard.press('ArrowRight');
    await expect(shown).toContainText('下降1.2%');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a refused file says why and keeps the text typed so far', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  const box = dialog.getByRole('textbox', { name: /报告正文/ });
  await box.fill('已经粘贴的正文：增长10.3%');
  const docx = await makeDocx();
  await dialog.getByLabel('打开文件').setInputFiles({ name: '坏文件.docx', mimeType: DOCX, buffer: docx.subarray(0, 500) });
  await expect(dialog.getByTestId('import-error')).toContainText('文件“坏文件.docx”：不是有效的 Word 文档');
  await expect(box).toHaveValue('已经粘贴的正文：增长10.3%');
});
