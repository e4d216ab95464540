/**
 * Correcting figures in the data view: the slides and charts follow at once, undo restores, the audit
 * history keeps both; invalid values and stale edits are refused with the API's own message.
 * Every test restores what it changes: the worker's store is shared by all its tests.
 */
import { formatFigureFull } from '../src/shared/format';
import { getDeck } from '../src/main/store/decks';
import { undoEdit, updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { expect, test } from './fixtures';
import { correct, dataView, editForm, history, newestEntry, openData, selectFigure, switchView } from './data-helpers';
import { counter, stage } from './helpers';

const figureByKey = (db: Parameters<typeof listFigures>[0], key: string) => listFigures(db, 1).find((f) => f.key === key)!;

test('a correction shows on the KPI slide and in the chart; undo restores it; the history shows both', async ({ page, app }) => {
  const profit = figureByKey(app.store.db, 'scale-profit');
  const growth = figureByKey(app.store.db, 'scale-output-growth');
  const deck = getDeck(app.store.db, 1)!;
  const kpi = deck.slides.findIndex((s) => s.layout === 'kpi' && s.figureIds.includes(profit.id));
  const chart = deck.slides.findIndex((s) => s.chart?.series.some((p) => 'figureId' in p && p.figureId === growth.id));
  await app.open(page);
  await openData(page);

  // 规模工业利润 1380 → 1390: the form's notice, the table row, then the KPI slide (reached from "slides showing it").
  await selectFigure(page, '规模工业利润');
  await correct(page, '1390', '据统计年报更正');
  await expect(page.getByTestId('data-notice')).toHaveText('已保存：规模工业利润 1380亿元 → 1390亿元');
  await expect(page.getByTestId('detail-value')).toHaveText('1390亿元');
  await expect(newestEntry(page, '规模工业利润')).toContainText('1380亿元 → 1390亿元');
  await expect(newestEntry(page, '规模工业利润')).toContainText('据统计年报更正');
  await page
    .getByTestId('figure-slides')
    .getByRole('button', { name: new RegExp(`^第 ${kpi + 1} 页`) })
    .click();
  await expect(counter(page)).toHaveText(`${kpi + 1} / ${deck.slides.length}`);
  await expect(stage(page).locator(`[data-figure-id="${profit.id}"]`).first()).toContainText('1390');

  // 规模工业产值年均增长 18.6 → 18.9: the chart's data table follows.
  await openData(page);
  await selectFigure(page, '规模工业产值年均增长');
  await correct(page, '18.9', '核对原始数据');
  await expect(page.getByTestId('detail-value')).toHaveText('18.9%');
  await page
    .getByTestId('figure-slides')
    .getByRole('button', { name: new RegExp(`^第 ${chart + 1} 页`) })
    .click();
  await expect(counter(page)).toHaveText(`${chart + 1} / ${deck.slides.length}`);
  const cell = stage(page).locator(`table [data-figure-id="${growth.id}"]`);
  await expect(cell).toHaveText('18.9%');
  await expect(cell.locator('xpath=ancestor::tr')).toContainText('18.9%');

  // Undo both (newest first is not required: each is the newest edit of its own figure).
  await openData(page);
  for (const [label, restored] of [
    ['规模工业利润', '1380亿元'],
    ['规模工业产值年均增长', '18.6%'],
  ] as const) {
    const entry = newestEntry(page, label);
    await entry.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByTestId('data-notice')).toHaveText(`已撤销：${label} 恢复为 ${restored}`);
    // The history keeps the edit (marked undone) and the undo (reason “撤销：…”), newest first; no further undo.
    await expect(newestEntry(page, label)).toContainText(`撤销：`);
    await expect(newestEntry(page, label).getByRole('button', { name: '撤销' })).toHaveCount(0);
    await expect(history(page).locator('li').filter({ hasText: '已撤销' }).filter({ hasText: label })).not.toHaveCount(0);
  }
  await expect(history(page).locator('li').filter({ hasText: '据统计年报更正' })).toHaveCount(2);
  expect(figureByKey(app.store.db, 'scale-profit')).toMatchObject({ valueText: '1380', value: 1380 });
  expect(figureByKey(app.store.db, 'scale-output-growth')).toMatchObject({ valueText: '18.6', value: 18.6 });

  // And the slides show the original values again.
  await switchView(page, 'deck');
  await page.keyboard.press('Home');
  for (let i = 0; i < chart; i++) await page.keyboard.press('ArrowRight');
  await expect(stage(page).locator(`table [data-figure-id="${growth.id}"]`)).toHaveText(formatFigureFull(growth));
});

test('an invalid value or a missing reason shows the API message beside the field, and nothing changes', async ({ page, app }) => {
  const before = figureByKey(app.store.db, 'scale-profit');
  await app.open(page);
  await openData(page);
  await selectFigure(page, '规模工业利润');
  const historyCount = await history(page).locator('li').count();

  await correct(page, 'abc', '测试');
  const error = editForm(page).getByTestId('edit-error');
  await expect(error).toHaveText('数值“abc”无法识别：请写成 2.45、1380、1/3 或“翻了一番”这样的形式');
  await expect(editForm(page).getByLabel('数值', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editForm(page).getByLabel('数值', { exact: true })).toHaveAttribute('aria-describedby', 'edit-error');

  await editForm(page).getByLabel('数值', { exact: true }).fill('1390');
  await editForm(page).getByLabel('修改原因（必填）').fill('  ');
  await editForm(page).getByRole('button', { name: '保存更正' }).click();
  await expect(error).toHaveText('请填写修改原因');
  await expect(editForm(page).getByLabel('修改原因（必填）')).toHaveAttribute('aria-invalid', 'true');

  await editForm(page).getByLabel('单位').selectOption('亿元');
  await editForm(page).getByLabel('数值', { exact: true }).fill('1380');
  await editForm(page).getByLabel('修改原因（必填）').fill('无改动');
  await editForm(page).getByRole('button', { name: '保存更正' }).click();
  await expect(error).toHaveText('没有任何改动');

  expect(figureByKey(app.store.db, 'scale-profit')).toEqual(before);
  await expect(history(page).locator('li')).toHaveCount(historyCount);
  await expect(page.getByTestId('detail-value')).toHaveText('1380亿元');
  await expect(dataView(page).getByTestId('data-notice')).toHaveCount(0);
});

test('an edit made elsewhere meanwhile is a conflict, shown with a refresh, never an overwrite', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await selectFigure(page, '汽车产业年产量');
  const f = listFigures(app.store.db, 1).find((x) => x.label === '汽车产业年产量')!;
  // Another window (or the CLI) saves first.
  const other = updateFigure(app.store.db, f.id, f.version, { valueText: '305' }, '另一位同事');
  try {
    await correct(page, '310', '我的更正');
    const conflict = page.getByTestId('edit-conflict');
    await expect(conflict).toContainText('数据项已被他人修改');
    expect(listFigures(app.store.db, 1).find((x) => x.id === f.id)!.valueText).toBe('305');
    await conflict.getByRole('button', { name: '刷新为最新数据' }).click();
    await expect(conflict).toBeHidden();
    await expect(editForm(page).getByLabel('数值', { exact: true })).toHaveValue('305');
    await expect(newestEntry(page, '汽车产业年产量')).toContainText('另一位同事');
  } finally {
    undoEdit(app.store.db, other.id);
  }
});
