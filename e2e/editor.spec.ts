/**
 * The slide editor (编辑): texts, order and visibility of slides saved at once, followed live by a second
 * window, kept over a reload; undo/redo with Ctrl+Z / Ctrl+Shift+Z; a stale edit from a second window
 * refused as a conflict; bad input refused with a message and nothing lost.
 * Every test restores the deck it changes: the worker's store is shared by all its tests.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Deck } from '../src/shared/types';
import { getDeck } from '../src/main/store/decks';
import { historyState, undoDeck } from '../src/main/store/slide-edits';
import { expect, test, type App } from './fixtures';
import { switchView } from './data-helpers';
import { counter, stage } from './helpers';

const strip = (d: Deck) => d.slides.map((s) => ({ ...s, version: 0 }));

/** Undo this test's edits until the deck is as it was (the history keeps them all). */
function restore(app: App, original: Deck): void {
  for (let i = 0; i < 100 && JSON.stringify(strip(getDeck(app.store.db, 1)!)) !== JSON.stringify(strip(original)); i++) {
    if (!historyState(app.store.db, 1).canUndo) break;
    undoDeck(app.store.db, 1);
  }
  expect(strip(getDeck(app.store.db, 1)!)).toEqual(strip(original));
}

async function openEditor(page: Page, n: number): Promise<void> {
  await switchView(page, 'editor');
  await expect(page.getByTestId('editor')).toBeVisible();
  await page
    .getByRole('navigation', { name: '幻灯片列表' })
    .locator(`button[data-index="${n - 1}"]`)
    .click();
  await expect(page.getByRole('region', { name: `第 ${n} 页的内容` })).toBeVisible();
}

/** Type into a field and leave it (saved on blur), then wait for the status line. */
async function setField(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

const list = (page: Page) => page.getByRole('navigation', { name: '幻灯片列表' });

test('edit title, key message and notes, reorder and hide; the audience window follows; reload keeps all; undo and redo', async ({
  page,
  app,
  context,
}) => {
  const original = getDeck(app.store.db, 1)!;
  const chartAt = original.slides.findIndex((s) => s.chart && s.chart.takeaway) + 1;
  const chartSlide = original.slides[chartAt - 1];
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, chartAt);
    await expect(counter(audience)).toHaveText(`${chartAt} / ${original.slides.length}`);

    await setField(page, '标题', '新的标题：工业经济稳中有进');
    await expect(page.getByTestId('editor-status')).toContainText('已保存');
    await setField(page, '要点（图表下方的关键信息）', '新的要点');
    await setField(page, '讲稿', '新的讲稿，第一句。');
    await expect(page.getByTestId('editor-status')).toContainText('讲稿');
    // The preview and the other window show it at once.
    await expect(page.locator('.preview')).toContainText('新的标题：工业经济稳中有进');
    await expect(page.locator('.preview')).toContainText('新的要点');
    await expect(stage(audience)).toContainText('新的标题：工业经济稳中有进');
    await expect(stage(audience)).toContainText('新的要点');

    // Move it up one: the list, the counter of the other window follow the slide.
    await page.getByRole('button', { name: '上移' }).click();
    await expect(list(page).locator(`button[data-index="${chartAt - 2}"]`)).toContainText('新的标题');
    await expect(counter(audience)).toHaveText(`${chartAt - 1} / ${original.slides.length}`);

    // Hide the slide after it: marked in the list and the overview, skipped by the show.
    await list(page)
      .locator(`button[data-index="${chartAt - 1}"]`)
      .click();
    await page.getByTestId('edit-hidden').check();
    await expect(list(page).locator(`button[data-index="${chartAt - 1}"]`)).toContainText('已隐藏');
    await list(page)
      .locator(`button[data-index="${chartAt - 2}"]`)
      .click();
    await expect(counter(audience)).toHaveText(`${chartAt - 1} / ${original.slides.length}`);
    await audience.keyboard.press('ArrowRight');
    await expect(counter(audience)).toHaveText(`${chartAt + 1} / ${original.slides.length}`);
    await audience.keyboard.press('ArrowLeft');
    await expect(counter(audience)).toHaveText(`${chartAt - 1} / ${original.slides.length}`);

    // A reload keeps everything (it is in SQLite).
    await page.reload();
    await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
    await openEditor(page, chartAt - 1);
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue('新的标题：工业经济稳中有进');
    await expect(page.getByLabel('讲稿', { exact: true })).toHaveValue('新的讲稿，第一句。');
    await expect(list(page).locator(`button[data-index="${chartAt - 1}"]`)).toContainText('已隐藏');
    await switchView(page, 'overview');
    await expect(page.getByTestId('hidden-mark')).toHaveCount(1);
    await switchView(page, 'editor');

    // Ctrl+Z twice (outside the fields): the hide, then the move, are undone; Ctrl+Shift+Z redoes the move.
    await list(page)
      .locator(`button[data-index="${chartAt - 2}"]`)
      .focus();
    await page.keyboard.press('Control+z');
    await expect(list(page).locator(`button[data-index="${chartAt - 1}"]`)).not.toContainText('已隐藏');
    await page.keyboard.press('Control+z');
    await expect(list(page).locator(`button[data-index="${chartAt - 1}"]`)).toContainText('新的标题');
    await expect(counter(audience)).toHaveText(`${chartAt} / ${original.slides.length}`);
    await page.keyboard.press('Control+Shift+Z');
    await expect(list(page).locator(`button[data-index="${chartAt - 2}"]`)).toContainText('新的标题');
    await expect(page.getByTestId('editor-status')).toContainText('重做');
    const stored = getDeck(app.store.db, 1)!;
    expect(stored.slides[chartAt - 2]).toMatchObject({
      id: chartSlide.id,
      title: '新的标题：工业经济稳中有进',
      notes: '新的讲稿，第一句。',
    });
    expect(stored.slides.every((s) => !s.hidden)).toBe(true);
  } finally {
    await audience.close();
    restore(app, original);
  }
});

test('a stale edit from a second window is refused as a conflict; the typed text stays', async ({ page, app, context }) => {
  const original = getDeck(app.store.db, 1)!;
  await app.open(page);
  const second = await context.newPage();
  await app.open(second);
  try {
    await openEditor(page, 3);
    await openEditor(second, 3);
    // The second window starts editing the title; meanwhile the first saves its own.
    const title2 = second.getByLabel('标题', { exact: true });
    await title2.focus();
    await setField(page, '标题', '第一个窗口的标题');
    await expect(page.getByTestId('editor-status')).toContainText('已保存');
    await title2.fill('第二个窗口的标题');
    await title2.blur();
    await expect(second.locator('#edit-title-error')).toContainText('已在别处修改');
    await expect(title2).toHaveValue('第二个窗口的标题');
    expect(getDeck(app.store.db, 1)!.slides[2].title).toBe('第一个窗口的标题');
  } finally {
    await second.close();
    restore(app, original);
  }
});

test('bad input: an empty title, notes over 10,000 characters, deleting the last slide — each refused with a message, nothing lost', async ({
  page,
  app,
}) => {
  const original = getDeck(app.store.db, 1)!;
  await app.open(page);
  try {
    await openEditor(page, 2);
    await setField(page, '标题', '   ');
    await expect(page.locator('#edit-title-error')).toContainText('标题不能为空');
    await setField(page, '讲稿', '字'.repeat(10_001));
    await expect(page.locator('#edit-notes-error')).toContainText('讲稿过长');
    await expect(page.getByText('10001 / 10000 字')).toBeVisible();
    expect(getDeck(app.store.db, 1)!.slides[1]).toMatchObject({ title: original.slides[1].title, notes: original.slides[1].notes });

    // Delete every slide but one (confirmed each time), then the last one is refused.
    for (let n = original.slides.length; n > 1; n--) {
      await page.getByRole('button', { name: '删除', exact: true }).click();
      await page.getByRole('button', { name: '确定删除' }).click();
      await expect(list(page).locator('li')).toHaveCount(n - 1);
    }
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect(page.getByTestId('editor-actions-error')).toContainText('至少保留一页');
    await expect(list(page).locator('li')).toHaveCount(1);
  } finally {
    restore(app, original);
  }
});

test('screenshots of the editor at 1600×900 and 1280×800; no serious accessibility violation', async ({ page, app }) => {
  await app.open(page);
  await openEditor(page, 6);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="editor"]').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
  await page.screenshot({ path: 'test-results/editor-1600.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/editor-1280.png' });
  // Nothing of the form is cut off sideways at the smaller size.
  const side = await page.locator('.side').boundingBox();
  expect(side && side.x + side.width).toBeLessThanOrEqual(1280);
});
