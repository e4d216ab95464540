/**
 * Headless export for batch use (the CLI's export-pdf): the store behind the loopback web bridge, the
 * built print page in a Chromium found on the machine, page.pdf(), then finishPdf(). Everything that can
 * be checked cheaply (layout, target folder, browser, built renderer) is checked before any work starts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPrintLayout, printQuery, PRINT_LAYOUTS, PRINT_PAGE, PRINT_READY, type PrintLayout, type PrintManifest } from '../../shared/print';
import { createHandlers } from '../api/handlers';
import { openStore } from '../store';
import { startBridge } from '../web/server';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { ExportError } from './errors';
import { finishPdf } from './finish';
import { openTarget } from './target';

export interface ExportOptions {
  layout: string;
  out: string;
  dbPath: string;
  seedBundles: string[];
  /** out/renderer, holding print.html. */
  rendererDir: string;
  internal?: boolean;
  chromium?: string;
  env?: NodeJS.ProcessEnv;
  /** How long the print page may take to load fonts and draw charts (ms). */
  readyTimeoutMs?: number;
  version?: string;
}

export interface ExportResult {
  path: string;
  bytes: number;
  pages: number | null;
  ms: number;
}

type Playwright = typeof import('playwright-core');

/** playwright-core when installed on its own, else the copy @playwright/test brings. */
async function loadPlaywright(): Promise<Playwright> {
  try {
    return await import('playwright-core');
  } catch {
    try {
      return (await import('@playwright/test')) as unknown as Playwright;
    } catch {
      throw new ExportError('缺少 playwright-core：请先运行 npm install');
    }
  }
}

function playwrightBrowser(pw: Playwright): string | undefined {
  try {
    return pw.chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function checkLayout(layout: string): PrintLayout {
  if (!isPrintLayout(layout)) throw new ExportError(`未知的版式：${layout}（可选：${PRINT_LAYOUTS.join('、')}）`);
  return layout;
}

export async function exportPdf(o: ExportOptions): Promise<ExportResult> {
  const started = Date.now();
  const layout = checkLayout(o.layout);
  const pw = await loadPlaywright();
  const executablePath = findChromium({ flag: o.chromium, env: o.env, playwrightPath: () => playwrightBrowser(pw) });
  const target = openTarget(o.out);
  if (!existsSync(join(o.rendererDir, PRINT_PAGE))) {
    await target.discard();
    throw new ExportError(`找不到打印页面 ${join(o.rendererDir, PRINT_PAGE)}：请先运行 npm run build`);
  }
  const cleanup: (() => Promise<void> | void)[] = [() => target.discard()];
  try {
    const store = openStore(o.dbPath, { seedBundles: o.seedBundles });
    cleanup.unshift(() => store.close());
    const bridge = await startBridge({ handlers: createHandlers(store, o.version ?? '0.0.0'), rendererDir: o.rendererDir });
    cleanup.unshift(() => bridge.close());
    let browser: Awaited<ReturnType<Playwright['chromium']['launch']>>;
    try {
      browser = await pw.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (e) {
      throw new ExportError(`无法启动浏览器 ${executablePath}：${(e as Error).message.split('\n')[0]}`);
    }
    cleanup.unshift(() => browser.close());
    const page = await browser.newPage(layout === 'slides' ? { viewport: { width: 1280, height: 720 } } : { viewport: { width: 794, height: 1123 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const query = printQuery({ layout, internal: !!o.internal });
    await page.goto(`${bridge.origin}/${PRINT_PAGE}?${query}&token=${bridge.token}`);
    const timeout = o.readyTimeoutMs ?? 30_000;
    let manifest: PrintManifest;
    try {
      manifest = await Promise.race([
        page.evaluate(
          // Runs in the page: globalThis is its window, where print/main.ts put the promise.
          (key) => (globalThis as unknown as Record<string, Promise<PrintManifest> | undefined>)[key] ?? Promise.reject(new Error('打印页面没有启动')),
          PRINT_READY,
        ),
        new Promise<never>((_, bad) => setTimeout(() => bad(new Error(`打印页面在 ${timeout / 1000} 秒内没有就绪`)), timeout).unref()),
      ]);
    } catch (e) {
      const detail = (e as Error).message.replace(/^.*?Error: /s, '').split('\n')[0];
      throw new ExportError(`无法生成 PDF：${detail}${pageErrors.length ? `（页面错误：${pageErrors[0]}）` : ''}`);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const bytes = await finishPdf(pdf, manifest, { expectedPages: manifest.expectedPages });
    await target.commit(bytes);
    return { path: target.path, bytes: bytes.length, pages: manifest.expectedPages, ms: Date.now() - started };
  } finally {
    for (const step of cleanup) await Promise.resolve(step()).catch(() => {});
  }
}
