/**
 * Headless export for batch use (the CLI's export-pdf): the store behind the loopback web bridge, the
 * built print page in a Chromium found on the machine (driven over a DevTools pipe, see cdp.ts),
 * Page.printToPDF, then finishPdf(). The bridge's token never appears on Chromium's command line (which
 * any local user can read with ps): the browser starts on about:blank, and the print page is opened over
 * the pipe with the token in a request header. The export bridge answers only the channels the print
 * page reads, so nothing can write to the store through it while it runs. Everything that can
 * be checked cheaply (layout, target folder, browser, the report, built renderer) is checked before the browser starts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  isPrintLayout,
  printQuery,
  PRINT_LAYOUTS,
  PRINT_PAGE,
  PRINT_READY,
  PRINT_SET_PAGES,
  type PrintLayout,
  type PrintManifest,
} from '../../shared/print';
import { WEB_TOKEN_HEADER } from '../../shared/api';
import { createHandlers } from '../api/handlers';
import type { Store } from '../store';
import { currentReport, findReport, listReports, unknownReportMessage } from '../store/reports';
import { startBridge } from '../web/server';
import { type Cdp, evaluate, launchHeadless } from './cdp';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { ExportError, UnknownReportError } from './errors';
import { openTarget } from './target';

export interface ExportOptions {
  layout: string;
  out: string;
  /** Opens the store to print from (the CLI: openDefaultStore); closed when the export ends. */
  openStore: () => Store;
  /** out/renderer, holding print.html. */
  rendererDir: string;
  internal?: boolean;
  /** 期号 of the 公文 masthead (brief-gongwen); absent = 1. */
  issue?: number;
  /** The report to print, by id or key; none: the last opened, else the first (as the app). */
  report?: string;
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

/** Playwright's own browser, if a Playwright package is installed and has downloaded one (last resort). */
function playwrightBrowser(): string | undefined {
  try {
    const pw = createRequire(__filename)('playwright-core') as typeof import('playwright-core');
    return pw.chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function checkLayout(layout: string): PrintLayout {
  if (!isPrintLayout(layout)) throw new ExportError(`未知的版式：${layout}（可选：${PRINT_LAYOUTS.join('、')}）`);
  return layout;
}

/** What the print page reads; an export bridge answers nothing else (no write reaches the store through it). */
export const PRINT_CHANNELS = ['app.info', 'report.list', 'briefing.open', 'figure.list', 'checks.list'] as const;

/** The window: a 16:9 slide, else an A4 sheet at 96 dpi. */
const viewport = (layout: PrintLayout) => (layout === 'slides' ? { width: 1280, height: 720 } : { width: 794, height: 1123 });

export async function exportPdf(o: ExportOptions): Promise<ExportResult> {
  const started = Date.now();
  const layout = checkLayout(o.layout);
  const executablePath = findChromium({ flag: o.chromium, env: o.env, playwrightPath: playwrightBrowser });
  const target = openTarget(o.out);
  const cleanup: (() => Promise<void> | void)[] = [() => target.discard()];
  try {
    const store = o.openStore();
    cleanup.unshift(() => store.close());
    // Resolved here, before the browser starts: the page then prints exactly this report or fails.
    const report = o.report === undefined ? currentReport(store.db) : findReport(store.db, o.report);
    if (!report && o.report !== undefined) throw new UnknownReportError(unknownReportMessage(o.report, listReports(store.db)));
    if (!report) throw new ExportError(`数据库 ${store.path} 中没有报告，无法导出`);
    if (!existsSync(join(o.rendererDir, PRINT_PAGE)))
      throw new ExportError(`找不到打印页面 ${join(o.rendererDir, PRINT_PAGE)}：请先运行 npm run build`);
    // Read-only handlers on an allowlist of reading channels, whatever way the caller opened the store.
    const handlers = createHandlers({ ...store, readOnly: true }, o.version ?? '0.0.0');
    const bridge = await startBridge({ handlers, rendererDir: o.rendererDir, channels: PRINT_CHANNELS });
    cleanup.unshift(() => bridge.close());
    const url = `${bridge.origin}/${PRINT_PAGE}?${printQuery({ layout, internal: !!o.internal, reportId: report.id, ...(o.issue ? { issue: o.issue } : {}) })}`;
    const { width, height } = viewport(layout);
    const launching = launchHeadless(executablePath, [...CHROMIUM_ARGS, `--window-size=${width},${height}`]).catch((e: Error) => {
      throw new ExportError(`无法启动浏览器 ${executablePath}：${e.message.split('\n')[0]}`);
    });
    cleanup.unshift(() => launching.then((b) => b.close()).catch(() => {}));
    // pdf-lib takes about 0.15 s to load: do it while Chromium starts, and not at all for other CLI verbs.
    const finishing = import('./finish');
    finishing.catch(() => {});
    const { cdp, session } = await launching;
    const pageErrors: string[] = [];
    cdp.on('Runtime.exceptionThrown', (p, s) => {
      if (s === session)
        pageErrors.push(
          String((p.exceptionDetails as { exception?: { description?: string }; text?: string })?.exception?.description ?? ''),
        );
    });
    cdp.send('Runtime.enable', {}, session).catch(() => {});
    // The token goes with every request of this page, in a header, and nowhere else.
    await cdp.send('Network.enable', {}, session);
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { [WEB_TOKEN_HEADER]: bridge.token } }, session);
    await cdp.send('Page.navigate', { url }, session);
    const timeout = o.readyTimeoutMs ?? 30_000;
    let manifest: PrintManifest;
    try {
      manifest = await Promise.race([
        waitReady(cdp, session),
        new Promise<never>((_, bad) => setTimeout(() => bad(new Error(`打印页面在 ${timeout / 1000} 秒内没有就绪`)), timeout).unref()),
      ]);
    } catch (e) {
      const detail = (e as Error).message.replace(/^.*?Error: /s, '').split('\n')[0];
      throw new ExportError(`无法生成 PDF：${detail}${pageErrors.length ? `（页面错误：${pageErrors[0].split('\n')[0]}）` : ''}`);
    }
    const print = async () => {
      const { data } = await cdp.send<{ data: string }>(
        'Page.printToPDF',
        { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, displayHeaderFooter: false },
        session,
      );
      return Buffer.from(data, 'base64');
    };
    const { finishPdf, destinationPages } = await finishing;
    let pdf = await print();
    // The contents' page numbers: where the first print put each section, written in, printed again.
    if (manifest.contentsPages) {
      await evaluate(cdp, session, `window[${JSON.stringify(PRINT_SET_PAGES)}](${JSON.stringify(await destinationPages(pdf))})`);
      pdf = await print();
    }
    const bytes = await finishPdf(pdf, manifest, { expectedPages: manifest.expectedPages });
    await target.commit(bytes);
    return { path: target.path, bytes: bytes.length, pages: manifest.expectedPages, ms: Date.now() - started };
  } finally {
    for (const step of cleanup) await Promise.resolve(step()).catch(() => {});
  }
}

/** Runs in the page: the promise print/main.ts published, once the print page (not the blank one before it) has it. */
const READY_EXPRESSION = `new Promise((ok, bad) => {
  const key = ${JSON.stringify(PRINT_READY)};
  const poll = () => {
    const p = globalThis[key];
    if (p) return p.then(ok, bad);
    if (location.href !== 'about:blank' && document.readyState === 'complete') return bad(new Error('打印页面没有启动'));
    setTimeout(poll, 10);
  };
  poll();
})`;

/** Wait for the print manifest. */
async function waitReady(cdp: Cdp, session: string): Promise<PrintManifest> {
  const manifest = await evaluate<PrintManifest | undefined>(cdp, session, READY_EXPRESSION);
  if (!manifest) throw new Error('打印页面没有返回版面信息');
  return manifest;
}
