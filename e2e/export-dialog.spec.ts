/**
 * The export dialog (导出…): every format as a tick, several ticked for one batch, a 期号 field only while a
 * 公文 layout is ticked (checked before anything is sent), then the files written. The bridge here is the
 * real `npm run web -- --export-dir DIR` (src/main/web/serve.ts in its own process, over a temporary store),
 * so the batch is real: PDFs printed by headless Chromium, .pptx/.docx built from the store; the files are
 * then read. The worker's usual bridge has no exporter: the dialog shows its message and nothing is written.
 * The menu's 打印… opens the same dialog in print mode (its window event, as the desktop menu sends it).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { bundledReports } from '../src/main/paths';
import { OPEN_EXPORT_DIALOG, OPEN_PRINT_DIALOG } from '../src/shared/exports';
import { PRINT_LAYOUTS } from '../src/shared/print';
import { openStore } from '../src/main/store';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
let dir: string;
let out: string;
let web: ChildProcess;
let bridge: { origin: string; token: string };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-export-dialog-'));
  out = join(dir, 'out');
  mkdirSync(out);
  const db = join(dir, 'store.sqlite');
  openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  web = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main/web/serve.ts', '--db', db, '--export-dir', out], {
    cwd: ROOT,
    env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Its one line on stdout: the address with the token.
  const url = await new Promise<string>((res, rej) => {
    let buf = '';
    web.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(buf);
      if (m) res(m[1] as string);
    });
    web.on('exit', (code) => rej(new Error(`npm run web exited (${code})`)));
  });
  const u = new URL(url);
  bridge = { origin: u.origin, token: u.searchParams.get('token') as string };
});

test.afterAll(async () => {
  if (web.exitCode === null) {
    const exited = new Promise((res) => web.once('exit', res));
    web.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function openDialog(page: Page, origin: string, token: string) {
  await page.goto(`${origin}/?token=${token}`);
  await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
  // The control bar wakes on focus (by keyboard, as a user without a mouse does).
  const button = page.getByTestId('export-button');
  await button.focus();
  await button.press('Enter');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('期号 is asked for only with a 公文 layout ticked, and a bad one blocks the export with a message', async ({ page }) => {
  const dialog = await openDialog(page, bridge.origin, bridge.token);
  // The plain brief is ticked to start with: no 期号.
  await expect(dialog.getByRole('checkbox', { name: '简报（A4 文档，附数据表）' })).toBeChecked();
  await expect(dialog.getByTestId('export-issue')).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'Word 简报（公文版式）' }).check();
  const issue = dialog.getByTestId('export-issue');
  await expect(issue).toHaveValue('1');
  for (const bad of ['0', 'abc', '12x', '']) {
    await issue.fill(bad);
    await expect(dialog.getByText('期号应为 1 到 9999 的整数')).toBeVisible();
    await expect(dialog.getByTestId('export-run')).toBeDisabled();
  }
  await issue.fill('12');
  await expect(dialog.getByTestId('export-run')).toBeEnabled();
  await expect(dialog.getByTestId('export-run')).toHaveText('导出 2 个文件…');
  // Nothing ticked: nothing to export.
  await dialog.getByRole('checkbox', { name: 'Word 简报（公文版式）' }).uncheck();
  await dialog.getByRole('checkbox', { name: '简报（A4 文档，附数据表）' }).uncheck();
  await expect(dialog.getByText('请至少勾选一种格式')).toBeVisible();
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(readdirSync(out)).toEqual([]);
});

test('a batch of a 公文 PDF, a 公文 Word brief and the PowerPoint deck, with 期号 12, lands in the folder', async ({ page }) => {
  const dialog = await openDialog(page, bridge.origin, bridge.token);
  await dialog.getByRole('checkbox', { name: '简报（A4 文档，附数据表）' }).uncheck();
  await dialog.getByRole('checkbox', { name: '简报（公文版式，GB/T 9704）' }).check();
  await dialog.getByRole('checkbox', { name: 'Word 简报（公文版式）' }).check();
  await dialog.getByRole('checkbox', { name: 'PowerPoint 演示文稿（原生图表）' }).check();
  await dialog.getByTestId('export-issue').fill('12');
  await page.screenshot({ path: join(ROOT, 'test-results/export-dialog.png') });
  await dialog.getByTestId('export-run').click();
  const result = dialog.getByTestId('export-result');
  await expect(result).toContainText(`已导出到 ${out}`, { timeout: 150_000 });
  await expect(result.locator('li')).toHaveCount(3);
  expect(await result.locator('li.error').allTextContents()).toEqual([]);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(3);
  expect(files.map((f) => f.replace(/^.*-(brief-gongwen\.pdf|docx-gongwen\.docx|pptx\.pptx)$/, '$1')).sort()).toEqual([
    'brief-gongwen.pdf',
    'docx-gongwen.docx',
    'pptx.pptx',
  ]);
  const pdf = join(out, files.find((f) => f.endsWith('.pdf')) as string);
  expect((await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).stdout.replace(/\s+/g, '')).toContain('第12期');
  const docx = await JSZip.loadAsync(readFileSync(join(out, files.find((f) => f.endsWith('.docx')) as string)));
  expect(await docx.file('word/document.xml')?.async('string')).toContain('第12期');
  const pptx = await JSZip.loadAsync(readFileSync(join(out, files.find((f) => f.endsWith('.pptx')) as string)));
  expect(Object.keys(pptx.files).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
  expect(readdirSync(out).filter((f) => f.endsWith('.part') || f.startsWith('.'))).toEqual([]);
});

test('where no files can be written (the plain web bridge), the dialog says so and nothing is written', async ({ page, app }) => {
  const dialog = await openDialog(page, app.bridge.origin, app.bridge.token);
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-error')).toContainText('请在简报台桌面版中导出');
  expect(existsSync(out) && readdirSync(out).length).toBe(3); // the batch above, nothing more
});

test('文件 → 打印… (its window event) opens the dialog in print mode: one print layout, 期号 for 公文; the web bridge names the desktop app', async ({
  page,
  app,
}) => {
  await page.goto(`${app.bridge.origin}/?token=${app.bridge.token}`);
  await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
  // What the desktop menu's 打印… runs in the focused window (main/index.ts openDialog).
  await page.evaluate((name) => window.dispatchEvent(new Event(name)), OPEN_PRINT_DIALOG);
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('heading', { name: '打印', exact: true })).toBeVisible();
  // Every print layout as a radio button, the brief chosen; no office file, no tick box but 内部资料.
  await expect(dialog.getByRole('radio')).toHaveCount(PRINT_LAYOUTS.length);
  await expect(dialog.getByRole('radio', { name: '简报（A4 文档，附数据表）' })).toBeChecked();
  await expect(dialog.getByText('Word 简报')).toHaveCount(0);
  await expect(dialog.getByRole('checkbox')).toHaveCount(1);
  await expect(dialog.getByTestId('export-issue')).toHaveCount(0);
  // Choosing the 公文 layout un-chooses the brief and asks for its 期号, checked as in export mode.
  await dialog.getByRole('radio', { name: '简报（公文版式，GB/T 9704）' }).check();
  await expect(dialog.getByRole('radio', { name: '简报（A4 文档，附数据表）' })).not.toBeChecked();
  await dialog.getByTestId('export-issue').fill('0');
  await expect(dialog.getByTestId('export-run')).toBeDisabled();
  await dialog.getByTestId('export-issue').fill('3');
  await expect(dialog.getByTestId('export-run')).toHaveText('打印…');
  await page.screenshot({ path: join(ROOT, 'test-results/print-dialog.png') });
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-error')).toContainText('请在简报台桌面版中打印');
  // 文件 → 导出… while it is open: the export dialog, every format again.
  await page.evaluate((name) => window.dispatchEvent(new Event(name)), OPEN_EXPORT_DIALOG);
  await expect(dialog.getByRole('heading', { name: '导出', exact: true })).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await expect(dialog.getByRole('checkbox', { name: 'Word 简报（公文版式）' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
