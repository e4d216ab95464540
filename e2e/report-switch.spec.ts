/**
 * The report on screen drives everything: import a report, switch to it with the switcher (the presenter
 * view follows), print each layout through the app's own print route and with `cli export-pdf --report`,
 * and the PDFs hold that report's title and figures, not the bundled Chongqing report's. A reload keeps
 * it on screen. Then rename it (修改信息), delete it (confirmation, backup) and undo.
 */
import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PRINT_LAYOUTS, PRINT_READY, slidesPerSheet, type PrintLayout, type PrintManifest } from '../src/shared/print';
import { listReports } from '../src/main/store/reports';
import { dataView, openData } from './data-helpers';
import { expect, test } from './fixtures';
import { counter, stage } from './helpers';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
// A title of its own: the worker's store is shared, and data-import.spec.ts imports a report too.
const TITLE = '重庆工业经济2016年运行简析';
const TEXT = `${TITLE}
2016年，全市规模工业增加值增长10.3%，规模工业总产值2.3万亿元。
汽车产业
汽车产量突破310万辆，占全国的1/9。`;
/**
 * The imported report's figures (pdftotext reads a KPI card's number and its unit in layout order, so a
 * unit set apart can land elsewhere: the numbers are checked alone), and what only Chongqing's report holds.
 */
const OURS = ['10.3', '2.3万亿元', '310', '1/9'];
const CHONGQING = ['2.45万亿元', '创新能力增强'];

/** pdftotext of a PDF, without the gaps layout puts between a number and its unit. */
async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', [file, '-'], { maxBuffer: 1 << 24 })).stdout.replace(/\s+/g, '');
}

async function importThroughDialog(page: Page, title = TITLE): Promise<void> {
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  await dialog.getByRole('textbox', { name: /报告正文/ }).fill(TEXT);
  await expect(dialog.getByLabel('标题')).toHaveValue(TITLE);
  await dialog.getByLabel('标题').fill(title);
  await dialog.getByLabel('发布单位').fill('重庆市经济和信息化委员会');
  await dialog.getByLabel('发布日期').fill('2017-01-20');
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await dialog.getByRole('button', { name: /^导入 \d+ 项数据并打开$/ }).click();
  await expect(dialog).toBeHidden();
}

/** The switcher, opened from the deck's control bar by keyboard. */
async function openSwitcher(page: Page) {
  const button = page.getByTestId('reports-button');
  await button.focus();
  await button.press('Enter');
  const dialog = page.getByRole('dialog', { name: '选择报告' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const item = (page: Page, title: string) =>
  page.getByTestId('report-item').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

let dir: string;
test.beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'briefing-report-'))));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('import, switch (the presenter view follows), print every layout of it, reload: the imported report throughout', async ({
  page,
  app,
  context,
}) => {
  test.setTimeout(240_000);
  await app.open(page);
  await importThroughDialog(page);
  await expect(page).toHaveTitle(`${TITLE} — 简报台`);
  const report = listReports(app.store.db).find((r) => r.title === TITLE)!;

  // The presenter view, opened now, follows every switch.
  const presenter = await context.newPage();
  await app.open(presenter, '/presenter');
  await expect(presenter).toHaveTitle(`演讲者视图 — ${TITLE}`);

  // Back to Chongqing with the switcher, and to the imported report again: each row says what it is.
  let dialog = await openSwitcher(page);
  const parts = item(page, TITLE).locator('.part');
  await expect(parts).toHaveText(['重庆市经济和信息化委员会', '2017-01-20', `${report.figureCount} 项数据`, `${report.slideCount} 页`]);
  await expect(item(page, TITLE)).toContainText('正在显示');
  const chongqing = listReports(app.store.db)[0];
  await item(page, chongqing.title).getByRole('button', { name: '打开' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(/^重庆市“十二五”工业和信息化发展简报/);
  await expect(presenter).toHaveTitle('演讲者视图 — 重庆市“十二五”工业和信息化发展简报');
  dialog = await openSwitcher(page);
  await item(page, TITLE).getByRole('button', { name: '打开' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(`${TITLE} — 简报台`);
  await expect(counter(page)).toHaveText(`1 / ${report.slideCount}`);
  await expect(presenter).toHaveTitle(`演讲者视图 — ${TITLE}`);
  await expect(presenter.getByTestId('presenter-position')).toContainText(`/ ${report.slideCount}`);

  // Reload: still the imported report (the store remembers the report last opened).
  await page.reload();
  await counter(page).waitFor();
  await expect(page).toHaveTitle(`${TITLE} — 简报台`);
  await expect(stage(page)).toContainText(TITLE);

  // Every layout through the app's print route: named by key, and (brief) by default, the report on screen.
  const print = await context.newPage();
  const routes = [...PRINT_LAYOUTS.map((l) => [l, `&report=${report.key}`] as const), ['brief', ''] as const];
  for (const [layout, named] of routes) {
    const file = join(dir, `app-${layout}${named ? '' : '-default'}.pdf`);
    await print.setViewportSize(layout === 'slides' ? { width: 1280, height: 720 } : { width: 794, height: 1123 });
    await print.goto(`${app.bridge.origin}/print.html?layout=${layout}${named}&token=${app.bridge.token}`);
    const manifest = await print.evaluate((key) => (window as unknown as Record<string, Promise<PrintManifest>>)[key], PRINT_READY);
    expect(manifest.title).toBe(TITLE);
    await print.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await expectOurs(file, layout);
  }

  // A report that is not there is refused by name, never printed in its place.
  await print.goto(`${app.bridge.origin}/print.html?layout=brief&report=no-such&token=${app.bridge.token}`);
  await expect(print.getByRole('alert')).toContainText('没有报告“no-such”');

  // The CLI on the same store, as an office runs it in batch.
  for (const layout of PRINT_LAYOUTS) {
    const file = join(dir, `cli-${layout}.pdf`);
    const args = ['scripts/cli.mjs', 'export-pdf', '--layout', layout, '--out', file, '--db', app.store.path, '--report', report.key];
    await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    await expectOurs(file, layout);
  }
});

async function expectOurs(file: string, layout: PrintLayout): Promise<void> {
  const text = await pdfText(file);
  expect(text, `${file}: title`).toContain(TITLE);
  // N-up sheets set a KPI's number and unit as separate runs of small type; their numbers must be there.
  for (const s of OURS) expect(text, `${file} (${layout}): ${s}`).toContain(slidesPerSheet(layout) ? s.replace(/[^\d./]+$/u, '') : s);
  for (const s of CHONGQING) expect(text, `${file} (${layout}): not ${s}`).not.toContain(s);
}

test('rename, then delete (confirmation naming it, the window moves on) and undo', async ({ page, app }) => {
  await app.open(page);
  // Its own title: the worker's store may hold the other test's import.
  await importThroughDialog(page, '待改名的报告');
  await expect(page).toHaveTitle('待改名的报告 — 简报台');

  let dialog = await openSwitcher(page);
  await item(page, '待改名的报告').getByRole('button', { name: '修改信息' }).click();
  const input = dialog.getByRole('textbox', { name: '标题' });
  await expect(input).toBeFocused();
  await input.fill('');
  await input.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('请填写标题');
  await input.fill('重庆工业2016');
  await input.press('Enter');
  await expect(item(page, '重庆工业2016')).toBeVisible();
  await expect(page).toHaveTitle('重庆工业2016 — 简报台');
  const renamed = listReports(app.store.db).find((r) => r.title === '重庆工业2016')!;

  // Delete: a confirmation that names it; Esc backs out of it without closing the switcher.
  await item(page, '重庆工业2016').getByRole('button', { name: '删除' }).click();
  const confirm = dialog.getByRole('alertdialog');
  await expect(confirm).toContainText('删除《重庆工业2016》？删除前会自动备份，删除后可以撤销。');
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeVisible();
  await item(page, '重庆工业2016').getByRole('button', { name: '删除' }).click();
  await dialog.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
  await expect(dialog).toBeHidden();

  // The window moved to the other report; the notice offers the undo.
  await expect(page).toHaveTitle(/^重庆市“十二五”工业和信息化发展简报/);
  expect(listReports(app.store.db).map((r) => r.id)).not.toContain(renamed.id);
  const toast = page.getByTestId('report-toast');
  await expect(toast).toContainText('已删除《重庆工业2016》');
  await toast.getByRole('button', { name: '撤销' }).click();
  await expect(toast).toContainText('已恢复《重庆工业2016》');
  await expect(page).toHaveTitle('重庆工业2016 — 简报台');
  expect(listReports(app.store.db).find((r) => r.id === renamed.id)).toEqual(renamed);

  dialog = await openSwitcher(page);
  await expect(item(page, '重庆工业2016')).toContainText('正在显示');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
