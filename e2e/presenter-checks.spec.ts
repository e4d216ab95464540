/** The presenter sees whether the figures behind the deck are consistent before leaders ask. */
import { listFigures } from '../src/main/store/figures';
import { listEdits, undoEdit, updateFigure } from '../src/main/store/edits';
import { expect, test } from './fixtures';

test('the presenter view shows the consistency findings, and they follow a correction', async ({ page, app }) => {
  await app.open(page, '/presenter');
  const badge = page.getByTestId('presenter').getByTestId('checks-badge');
  await expect(badge).toHaveText('一致性检查：未发现问题');

  const profit = listFigures(app.store.db, 1).find((f) => f.key === 'scale-profit')!;
  updateFigure(app.store.db, profit.id, profit.version, { valueText: '1390' }, '测试');
  try {
    await page.reload();
    await page.getByTestId('slide-number').filter({ visible: true }).first().waitFor();
    // The quote no longer holds 1390, and the notes still say 1380亿元.
    await expect(badge).toHaveText('一致性检查：2 项待核');
  } finally {
    undoEdit(app.store.db, listEdits(app.store.db, { figureId: profit.id })[0].id);
  }
});
