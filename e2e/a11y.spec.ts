/** Automated accessibility checks (axe-core) on each view: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { OPEN_PRINT_DIALOG } from '../src/shared/exports';
import { expect, test, type App } from './fixtures';
import { counter, goToSlide, stage } from './helpers';

async function seriousViolations(page: Page) {
  // Colours mid-transition are not the page's: axe once read a fading-in ".on" button's contrast (a clean clone, session 24).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => {})),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

test('the deck view: title, KPI, chart, comparison and text slides', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const layouts = ['title', 'kpi', 'chart', 'comparison', 'text', 'section'] as const;
  for (const layout of layouts) {
    const i = deck.slides.findIndex((s) => s.layout === layout);
    expect(i, layout).toBeGreaterThanOrEqual(0);
    await goToSlide(page, i + 1);
    await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
    if (deck.slides[i].chart) await expect(stage(page).locator('canvas')).toHaveAttribute('data-drawn', 'true');
    expect(await seriousViolations(page), `slide ${i + 1} (${layout})`).toEqual([]);
  }
});

/** To the first KPI slide (its numbers are traceable). */
async function toKpiSlide(page: Page, app: App): Promise<void> {
  await goToSlide(page, getDeck(app.store.db, 1)!.slides.findIndex((s) => s.layout === 'kpi') + 1);
}

test('the trace popover and the go-to prompt', async ({ page, app }) => {
  await app.open(page);
  await toKpiSlide(page, app);
  await stage(page).locator('[data-figure-id][role="button"]').first().click();
  await expect(page.getByTestId('trace')).toBeVisible();
  expect(await seriousViolations(page), 'trace popover').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page), 'go-to prompt').toEqual([]);
});

test('the overview', async ({ page, app }) => {
  await app.open(page);
  await page.keyboard.press('o');
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the source view', async ({ page, app }) => {
  await app.open(page);
  await toKpiSlide(page, app);
  await stage(page).locator('[data-figure-id][role="button"]').first().click();
  await page.getByRole('button', { name: '在原文中查看' }).click();
  await expect(page.getByTestId('source-quote')).toBeInViewport();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the presenter view, with its backup figures and key help', async ({ page, app }) => {
  await app.open(page, '/presenter');
  // The first chart slide (slide 5): its backup figures.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter')).toBeVisible();
  expect(await seriousViolations(page), 'presenter view').toEqual([]);
  await page.getByTestId('backup-toggle').click();
  expect(await seriousViolations(page), 'backup figures').toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toBeVisible();
  expect(await seriousViolations(page), 'key help').toEqual([]);
});

test('the report switcher, with a confirmation open, in both themes', async ({ page, app }) => {
  await app.open(page);
  for (const theme of ['projector', 'paper']) {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
      await page.getByTestId('theme-toggle').focus();
      await page.keyboard.press('Enter');
    }
    const button = page.getByTestId('reports-button');
    await button.focus();
    await button.press('Enter');
    const dialog = page.getByRole('dialog', { name: '选择报告' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '删除' }).first().click();
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    expect(await seriousViolations(page), theme).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('the export dialog, with a 公文 layout ticked and a bad 期号, in both themes', async ({ page, app }) => {
  await app.open(page);
  for (const theme of ['projector', 'paper']) {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
      await page.getByTestId('theme-toggle').focus();
      await page.keyboard.press('Enter');
    }
    const button = page.getByTestId('export-button');
    await button.focus();
    await button.press('Enter');
    const dialog = page.getByRole('dialog', { name: '导出' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Word 简报（公文版式）' }).check();
    await dialog.getByTestId('export-issue').fill('0');
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page), theme).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('the dialog in print mode (文件 → 打印…), with the 公文 layout chosen and a bad 期号, in both themes', async ({ page, app }) => {
  await app.open(page);
  for (const theme of ['projector', 'paper']) {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) {
      await page.getByTestId('theme-toggle').focus();
      await page.keyboard.press('Enter');
    }
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), OPEN_PRINT_DIALOG);
    const dialog = page.getByRole('dialog', { name: '打印', exact: true });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: '简报（公文版式，GB/T 9704）' }).check();
    await dialog.getByTestId('export-issue').fill('0');
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page), theme).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
