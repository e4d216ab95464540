/**
 * The slide editor (编辑): texts, order and visibility of slides saved at once, followed live by a second
 * window, kept over a reload; undo/redo with Ctrl+Z / Ctrl+Shift+Z; a stale edit from a second window
 * refused as a conflict; bad input refused with a message and nothing lost.
 * Every test restores the deck it changes: the worker's store is shared by all its tests.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import type { Deck, Figure } from '../src/shared/types';
import { getDeck } from '../src/main/store/decks';
import { historyState, undoDeck, updateSlide } from '../src/main/store/slide-edits';
import { listFigures } from '../src/main/store/figures';
import { formatFigureFull } from '../src/shared/format';
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
    // Each edit comes with its event (shared/deck-patch.ts): no window reads the deck again to show it.
    const reads: string[] = [];
    const countReads = (name: string) => (r: Request) => void (r.url().endsWith('/api/briefing.open') && reads.push(name));
    page.on('request', countReads('editor'));
    audience.on('request', countReads('audience'));

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
    await page.getByRole('button', { name: '上移', exact: true }).click();
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
    expect(reads).toEqual([]);

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

test('the chart’s own title: edited in 编辑, drawn in every window, undone and redone; an empty one refused, nothing lost', async ({
  page,
  app,
  context,
}) => {
  const original = getDeck(app.store.db, 1)!;
  const chartAt = original.slides.findIndex((s) => s.chart) + 1;
  const chart = original.slides[chartAt - 1].chart!;
  const stored = () => getDeck(app.store.db, 1)!.slides[chartAt - 1].chart!;
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, chartAt);
    await expect(counter(audience)).toHaveText(`${chartAt} / ${original.slides.length}`);
    const field = page.getByLabel('图表标题', { exact: true });
    await expect(field).toHaveValue(chart.title);
    await setField(page, '图表标题', '新的图表标题：年均增速');
    await expect(page.getByTestId('editor-status')).toContainText(`修改第 ${chartAt} 页的图表`);
    await expect(page.locator('.preview .chart-title')).toHaveText('新的图表标题：年均增速');
    await expect(stage(audience).locator('.chart-title')).toHaveText('新的图表标题：年均增速');
    // Only the title changed: the kind, the points and the key message are as they were.
    expect(stored()).toEqual({ ...chart, title: '新的图表标题：年均增速' });

    // Ctrl+Z (outside the fields) undoes it in every window; Ctrl+Shift+Z redoes it.
    await list(page)
      .locator(`button[data-index="${chartAt - 1}"]`)
      .focus();
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(chart.title);
    await expect(stage(audience).locator('.chart-title')).toHaveText(chart.title);
    await page.keyboard.press('Control+Shift+Z');
    await expect(field).toHaveValue('新的图表标题：年均增速');
    await expect(stage(audience).locator('.chart-title')).toHaveText('新的图表标题：年均增速');

    // An empty title is refused by name; the stored one stays, the typed text stays in the field.
    await setField(page, '图表标题', '   ');
    await expect(page.locator('#edit-chart-title-error')).toContainText('图表标题不能为空');
    expect(stored().title).toBe('新的图表标题：年均增速');
  } finally {
    await audience.close();
    restore(app, original);
  }
});

test('two fields left one after the other while the first is still saving: both saved, neither a conflict', async ({ page, app }) => {
  const original = getDeck(app.store.db, 1)!;
  await app.open(page);
  try {
    await openEditor(page, 3);
    // The first save stays on its way for 600 ms (a busy machine): the second field is left meanwhile, its
    // editing begun on the version that first save replaces. It is this window's own edit, not another's.
    let held = false;
    await page.route('**/api/slide.update', async (route) => {
      if (!held) {
        held = true;
        await new Promise((r) => setTimeout(r, 600));
      }
      await route.continue();
    });
    await setField(page, '标题', '先改的标题');
    await setField(page, '讲稿', '随后改的讲稿。');
    await expect(page.getByTestId('editor-status')).toContainText('讲稿');
    await expect(page.locator('#edit-notes-error')).toHaveCount(0);
    const slide = getDeck(app.store.db, 1)!.slides[2];
    expect([slide.title, slide.notes]).toEqual(['先改的标题', '随后改的讲稿。']);
  } finally {
    await page.unroute('**/api/slide.update');
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

test('a window that missed an edit reads the deck again instead of patching it: it shows both edits', async ({ page, app, context }) => {
  const original = getDeck(app.store.db, 1)!;
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, 3);
    await expect(counter(audience)).toHaveText(`3 / ${original.slides.length}`);
    const reads: string[] = [];
    audience.on('request', (r) => void (r.url().endsWith('/api/briefing.open') && reads.push(r.url())));
    // Slide 4 changes behind the hub's back (no event): no window holds its new version.
    const next = original.slides[3];
    updateSlide(app.store.db, next.id, next.version, { title: '别处改的第四页标题' });
    await setField(page, '标题', '编辑器改的第三页标题');
    await expect(stage(audience)).toContainText('编辑器改的第三页标题');
    // The patch named slide 4 at a version the audience did not hold: it read the whole deck again.
    expect(reads).toHaveLength(1);
    await audience.keyboard.press('ArrowRight');
    await expect(counter(audience)).toHaveText(`4 / ${original.slides.length}`);
    await expect(stage(audience)).toContainText('别处改的第四页标题');
  } finally {
    await audience.close();
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

/** Three figures of the bundled report that make one chart (same unit, kind and period), and one of another unit. */
function chartFigures(app: App): { three: Figure[]; other: Figure } {
  const all = app.store.db
    .prepare('SELECT id, label, unit, kind, period, value_text AS valueText FROM figures WHERE report_id = 1')
    .all() as Figure[];
  const three = all.find(
    (f) => all.filter((g) => g.unit === f.unit && g.kind === f.kind && g.period === f.period && f.unit === '亿元').length >= 3,
  );
  const group = all.filter((g) => three && g.unit === three.unit && g.kind === three.kind && g.period === three.period).slice(0, 3);
  return { three: group, other: all.find((f) => f.unit === '%')! };
}

/** Search the chart's picker for a figure and pick it. */
async function pick(page: Page, f: Figure): Promise<void> {
  await page.getByTestId('chart-search').fill(f.label);
  await page.getByTestId('chart-picker').locator(`button[data-figure-id="${f.id}"]`).click();
}

test('build a chart from three figures on a text slide: only comparable figures offered, points reordered, kind changed; the audience follows; undo, redo, reload', async ({
  page,
  app,
  context,
}) => {
  const original = getDeck(app.store.db, 1)!;
  const at = original.slides.findIndex((s) => s.layout === 'text' && !s.chart) + 1;
  const { three, other } = chartFigures(app);
  expect(three).toHaveLength(3);
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, at);
    await expect(page.getByTestId('chart-editor')).toContainText('这一页没有图表');
    await pick(page, three[0]);
    await expect(page.getByTestId('chart-points').locator('li')).toHaveCount(1);
    // Now only comparable figures are offered: one of another unit is not in the list.
    await page.getByTestId('chart-search').fill(other.label);
    await expect(page.getByTestId('chart-picker').locator(`button[data-figure-id="${other.id}"]`)).toHaveCount(0);
    await pick(page, three[1]);
    await pick(page, three[2]);
    await expect(page.getByTestId('chart-points').locator('li')).toHaveCount(3);
    // The first point goes last; the chart becomes a bar chart across.
    await page.getByRole('button', { name: `下移“${three[0].label}”` }).click();
    await page.getByRole('button', { name: `下移“${three[0].label}”` }).click();
    await page.getByTestId('chart-type').selectOption('hbar');
    await expect(page.getByTestId('editor-status')).toContainText('图表');
    const chart = () => getDeck(app.store.db, 1)!.slides[at - 1].chart;
    await expect.poll(() => chart()?.type).toBe('hbar');
    // The moves and the type are saved one after another: the order may land after the type.
    await expect
      .poll(() => chart()?.series.map((p) => ('figureId' in p ? p.figureId : 0)))
      .toEqual([three[1].id, three[2].id, three[0].id]);
    // The preview and the audience window draw it.
    await expect(page.locator('.preview canvas')).toHaveCount(1);
    await expect(counter(audience)).toHaveText(`${at} / ${original.slides.length}`);
    await expect(stage(audience).locator('canvas')).toHaveCount(1);
    await page.screenshot({ path: 'test-results/editor-chart-built.png' });

    // Undo the kind, redo it; a reload keeps the chart.
    await list(page)
      .locator(`button[data-index="${at - 1}"]`)
      .focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('chart-type')).toHaveValue('bar');
    await page.keyboard.press('Control+Shift+Z');
    await expect(page.getByTestId('chart-type')).toHaveValue('hbar');
    await page.reload();
    await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
    await openEditor(page, at);
    await expect(page.getByTestId('chart-points').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('chart-points').locator('li').first()).toContainText(three[1].label);

    // Bad input: a figure of another unit (shown with 显示全部数据) is refused by name; nothing changes.
    const before = JSON.stringify(chart());
    await page.getByTestId('chart-all').check();
    await pick(page, other);
    await expect(page.getByTestId('chart-error')).toContainText('单位不一致');
    await expect(page.getByTestId('chart-error')).toContainText(other.label);
    expect(JSON.stringify(chart())).toBe(before);
  } finally {
    await audience.close();
    restore(app, original);
  }
});

test('a number in a title goes in as a figure reference: shown with its value on the slide and in the audience window, kept over a reload', async ({
  page,
  app,
  context,
}) => {
  const original = getDeck(app.store.db, 1)!;
  const at = original.slides.findIndex((s) => s.chart) + 1;
  const { three } = chartFigures(app);
  const f = three[0];
  const shown = formatFigureFull(listFigures(app.store.db, 1).find((x) => x.id === f.id)!);
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, at);
    await setField(page, '标题', '利润达到');
    await expect(page.getByTestId('editor-status')).toContainText('标题');
    // The caret was at the end of the title when it was left: the reference goes there.
    await page.getByTestId('insert-ref').locator('summary').click();
    await expect(page.getByTestId('insert-ref').locator('summary')).toContainText('标题');
    await page.getByTestId('ref-search').fill(f.label);
    await page.getByTestId('ref-picker').locator(`button[data-figure-id="${f.id}"]`).click();
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue(`利润达到{{${f.id}}}`);
    await expect(page.locator('.preview h1, .preview h2').first()).toContainText(`利润达到${shown}`);
    await expect(stage(audience)).toContainText(`利润达到${shown}`);
    expect(getDeck(app.store.db, 1)!.slides[at - 1].figureIds).toContain(f.id);
    // The number in the title is traced like any number on a slide: a click shows its source sentence.
    const number = stage(audience).locator(`h1 [data-figure-id="${f.id}"]`);
    await expect(number).toContainText(shown.replace(/[^\d.]/gu, '').slice(0, 3));
    await number.click();
    await expect(audience.getByTestId('trace').getByTestId('trace-value')).toContainText(shown);
    await audience.keyboard.press('Escape');
    await page.reload();
    await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
    await expect(stage(page)).toContainText(`利润达到${shown}`);
  } finally {
    await audience.close();
    restore(app, original);
  }
});

test('new blank slide and section divider; drag and Alt+arrows reorder in the overview; every window follows', async ({
  page,
  app,
  context,
}) => {
  const original = getDeck(app.store.db, 1)!;
  const total = original.slides.length;
  await app.open(page);
  const audience = await context.newPage();
  await app.open(audience);
  try {
    await openEditor(page, 2);
    await page.getByTestId('add-blank').click();
    await expect(list(page).locator('li')).toHaveCount(total + 1);
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue('新幻灯片');
    await expect(counter(audience)).toHaveText(`3 / ${total + 1}`);
    await setField(page, '标题', '我的新页');
    await page.getByTestId('add-section').click();
    await expect(list(page).locator('li')).toHaveCount(total + 2);
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue('新章节');
    await expect(page.getByLabel('版式')).toHaveValue('section');
    await expect(stage(audience)).toContainText('新章节');

    // Overview: drag slide 3 (我的新页) onto slide 1's place; then Alt+→ moves it back one.
    await switchView(page, 'overview');
    const card = (i: number) => page.getByTestId('overview').locator('li.item').nth(i);
    await card(2).dragTo(card(0));
    await expect(page.getByTestId('overview-moved')).toContainText('将第 3 页移到第 1 页');
    expect(getDeck(app.store.db, 1)!.slides[0].title).toBe('我的新页');
    await page.getByTestId('overview').locator('button[data-index="0"]').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.getByTestId('overview-moved')).toContainText('将第 1 页移到第 2 页');
    expect(getDeck(app.store.db, 1)!.slides[1].title).toBe('我的新页');
    await expect(page.getByTestId('overview').locator('button[data-index="1"]')).toBeFocused();
  } finally {
    await audience.close();
    restore(app, original);
  }
});

test('screenshots of the editor at 1600×900 and 1280×800; no serious accessibility violation', async ({ page, app }) => {
  await app.open(page);
  // A chart slide (拓展区和发展新区撑起全市工业): the form with its chart editor.
  await openEditor(page, 8);
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
