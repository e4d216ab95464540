/** Figures as files from the data view: CSV export, a correction imported from CSV, and a bad file refused. */
import { readFileSync } from 'node:fs';
import { listFigures } from '../src/main/store/figures';
import { listEdits, undoEdit } from '../src/main/store/edits';
import { contentHash } from '../test/helpers';
import { dataView, openData } from './data-helpers';
import { expect, test } from './fixtures';

test('export CSV, import a corrected CSV and see the table change; a bad file changes nothing', async ({ page, app }) => {
  await app.open(page);
  await openData(page);

  const download = page.waitForEvent('download');
  await dataView(page).getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain(',1380,亿元,');

  // A bad file first: an unknown unit, named by row and column; nothing changes.
  const before = contentHash(app.store.db);
  await page.getByTestId('corrections-file').setInputFiles({
    name: '错误.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(',1380,亿元,', ',1390,磅,')),
  });
  await expect(page.getByTestId('file-error')).toContainText('“单位”列（unit）：未知的单位“磅”');
  expect(contentHash(app.store.db)).toBe(before);

  await page.getByTestId('corrections-file').setInputFiles({
    name: '更正.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(',1380,亿元,', ',1390,亿元,')),
  });
  await expect(page.getByTestId('file-message')).toContainText('更正 1 项');
  const profit = listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!;
  expect(profit.valueText).toBe('1390');
  await expect(dataView(page).getByTestId('figure-table')).toContainText('1390亿元');

  // Leave the worker's store as it was for the tests that follow.
  undoEdit(app.store.db, listEdits(app.store.db, { figureId: profit.id })[0].id);
});
