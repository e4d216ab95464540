/**
 * Headless export for batch use (the CLI's export-pdf): the store behind the loopback web bridge, the
 * built print page in a Chromium found on the machine (driven over a DevTools pipe, see cdp.ts),
 * Page.printToPDF, then finishPdf(). The bridge's token never appears on Chromium's command line (which
 * any local user can read with ps): the browser starts on about:blank, and the print page is opened over
 * the pipe with the token in a request header. The export bridge answers only the channels the print
 * page reads, so nothing can write to the store through it while it runs.
 *
 * One browser and one store open serve every layout of a batch (exportPdfs), printed in one page or two at
 * once (printPages): a page loads for its first layout and is laid out again for each next one it takes
 * (PRINT_RELAYOUT), and no file is written unless every layout printed. What can be checked
 * without a browser (layouts, target files, the browser's path, the built renderer) is checked before
 * anything starts; then Chromium is launched first, since its start is the longest wait, and the store,
 * the bridge and pdf-lib are loaded and opened while it starts (print-bridge.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import {
  isPrintLayout,
  printQuery,
  PRINT_LAYOUTS,
  PRINT_PAGE,
  PRINT_READY,
  PRINT_RELAYOUT,
  printWindowSize,
  type PrintLayout,
  type PrintManifest,
} from '../../shared/print';
import type { Store } from '../store';
import { type Cdp, evaluate, launchHeadless } from './cdp';
import { exportBrowserArgs, findChromium } from './chromium';
import { ExportError } from './errors';
import { defaultCacheDir, exportProfile } from './profile';
import { fileGuesses, memoryGuesses, type PageGuesses, printNumbered, type PrintSurface } from './contents-pages';
import { openTarget, type Target } from './target';
import { mark, PAGE_TIMINGS, traceBrowserCpu, tracePage, tracing } from './trace';

interface CommonOptions {
  /** Opens the store to print from (the CLI: openDefaultStore); closed when the export ends. */
  openStore: () => Store | Promise<Store>;
  /** out/renderer, holding print.html. */
  rendererDir: string;
  internal?: boolean;
  /** 期号 of the 公文 masthead (brief-gongwen); absent = 1. */
  issue?: number;
  /** The report to print, by id or key; none: the last opened, else the first (as the app). */
  report?: string;
  chromium?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the kept browser profile lives (profile.ts); null: a temporary profile. Default: the user's cache folder. */
  cacheDir?: string | null;
  /** How long the print page may take to load fonts and draw charts (ms). */
  readyTimeoutMs?: number;
  version?: string;
}

export interface ExportOptions extends CommonOptions {
  layout: string;
  out: string;
}

/** One file of a batch: a layout and the file it goes to. */
export interface PdfJob {
  layout: string;
  out: string;
}

export interface BatchOptions extends CommonOptions {
  jobs: readonly PdfJob[];
  /** How many print pages print the batch at once; default printPages(jobs, this machine's processors). */
  pages?: number;
}

export interface ExportResult {
  layout: PrintLayout;
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

/**
 * How many print pages a batch of `layouts` prints in at once: two where the machine has two processors or
 * more, else one (each page's renderer prints on one main thread; a page more costs its own load: scripts,
 * fonts and data, about 0.3–0.5 s of CPU).
 */
export function printPages(layouts: number, processors: number): number {
  return Math.max(1, Math.min(2, layouts, processors));
}

/** One layout to PDF: unchanged for a single file, the same as a batch of one. */
export async function exportPdf(o: ExportOptions): Promise<ExportResult> {
  const { layout, out, ...common } = o;
  const [r] = await exportPdfs({ ...common, jobs: [{ layout, out }] });
  return r as ExportResult;
}

export async function exportPdfs(o: BatchOptions): Promise<ExportResult[]> {
  const started = Date.now();
  mark('start');
  if (o.jobs.length === 0) throw new ExportError('没有要导出的版式');
  const layouts = o.jobs.map((j) => checkLayout(j.layout));
  const executablePath = findChromium({ flag: o.chromium, env: o.env, playwrightPath: playwrightBrowser });
  const targets: Target[] = [];
  const cleanup: (() => Promise<void> | void)[] = [() => Promise.all(targets.map((t) => t.discard())).then(() => {})];
  try {
    for (const job of o.jobs) {
      const target = openTarget(job.out);
      if (targets.some((t) => t.path === target.path)) {
        await target.discard();
        throw new ExportError(`两个版式不能写入同一个文件：${target.path}`);
      }
      targets.push(target);
    }
    const { width, height } = printWindowSize(layouts[0] as PrintLayout);
    const cacheDir = o.cacheDir === undefined ? defaultCacheDir(homedir(), process.platform, process.env) : o.cacheDir;
    const guesses = cacheDir === null ? memoryGuesses() : fileGuesses(cacheDir);
    // A profile kept between exports (profile.ts). The page the browser opens with is the print page's: its
    // renderer starts with the browser (a page opened later started its own after launch, ~0.4 s later
    // ready), and --incognito puts that window off the record, so nothing of the export stays in the profile.
    const launching = launchHeadless(executablePath, exportBrowserArgs({ width, height }), 'about:blank', 30_000, {
      profile: exportProfile(cacheDir),
    }).catch((e: Error) => {
      throw new ExportError(`无法启动浏览器 ${executablePath}：${e.message.split('\n')[0]}`);
    });
    launching.catch(() => {}); // awaited below, once the store is open
    mark('launch spawned');
    const closeLaunched = () => launching.then((b) => b.close()).catch(() => {});
    cleanup.unshift(closeLaunched);
    // pdf-lib and the handlers take a while to load: both load while Chromium starts.
    const finishing = import('./finish');
    finishing.catch(() => {});
    const serving = import('./print-bridge');
    const store = await o.openStore();
    cleanup.unshift(() => store.close());
    mark('store open');
    const { reportToPrint, startPrintBridge, TOKEN_HEADER } = await serving;
    // Resolved here: each page then prints exactly this report or fails.
    const report = reportToPrint(store, o.report);
    // After the arguments are checked (a bad path or report is named first, built or not).
    if (!existsSync(join(o.rendererDir, PRINT_PAGE)))
      throw new ExportError(`找不到打印页面 ${join(o.rendererDir, PRINT_PAGE)}：请先运行 npm run build`);
    const bridge = await startPrintBridge(store, o.rendererDir, o.version ?? '0.0.0');
    cleanup.unshift(() => bridge.close());
    mark('bridge');
    const browser = await launching;
    mark('launched');
    const page = { internal: !!o.internal, reportId: report.id, ...(o.issue ? { issue: o.issue } : {}) };
    const { finishPdf, destinationPages } = await finishing;
    // Each print page opens for its first layout and is laid out again for its next ones (PRINT_RELAYOUT), so
    // its scripts, styles, fonts and data load once. A batch prints in printPages(…) pages at once, each taking
    // the next layout not yet taken: a page printing holds its renderer's main thread, and the other page lays
    // out, draws and prints meanwhile on another processor. Each PDF is finished while the next prints.
    const finished: Promise<{ bytes: Uint8Array; manifest: PrintManifest }>[] = [];
    let next = 0;
    const printIn = async (session: Promise<string>, sized: boolean) => {
      let i = next++;
      if (i >= layouts.length) return;
      const print = printer(
        browser.cdp,
        await session,
        { [TOKEN_HEADER]: bridge.token },
        o.readyTimeoutMs ?? 30_000,
        destinationPages,
        guesses,
      );
      for (let first = true; i < layouts.length; i = next++, first = false) {
        const layout = layouts[i] as PrintLayout;
        const query = printQuery({ layout, ...page });
        // `sized`: the browser's own page, at its first layout's window size already (--window-size).
        const { pdf, manifest } = await (first
          ? print.open(`${bridge.origin}/${PRINT_PAGE}?${query}`, sized ? undefined : printWindowSize(layout))
          : print.relayout(query, printWindowSize(layout)));
        mark(`printed ${layout}`);
        const done = finishPdf(pdf, manifest, { expectedPages: manifest.expectedPages, noYield: true }).then((bytes) => {
          mark(`finished ${layout}`);
          return { bytes, manifest };
        });
        done.catch(() => {}); // awaited below, after every layout printed
        finished[i] = done;
      }
    };
    const pages = Math.max(1, Math.min(o.pages ?? printPages(layouts.length, availableParallelism()), layouts.length));
    const others = Array.from({ length: pages - 1 }, () => browser.openPage());
    await Promise.all([printIn(Promise.resolve(browser.session), true), ...others.map((s) => printIn(s, false))]);
    if (tracing) await traceBrowserCpu(browser.cdp);
    // Every layout is printed: the browser closes while the files are finished and written.
    const closing = browser.close();
    closing.catch(() => {});
    cleanup[cleanup.indexOf(closeLaunched)] = () => closing;
    const printed = await Promise.all(finished);
    // Every file is filled before any is renamed into place: a batch that fails writes none.
    await Promise.all(printed.map((p, i) => (targets[i] as Target).write(p.bytes)));
    for (const t of targets) await t.publish();
    mark('committed');
    const ms = Date.now() - started;
    return printed.map((p, i) => ({
      layout: layouts[i] as PrintLayout,
      path: (targets[i] as Target).path,
      bytes: p.bytes.length,
      pages: p.manifest.expectedPages,
      ms,
    }));
  } finally {
    for (const step of cleanup) await Promise.resolve(step()).catch(() => {});
    mark('cleaned');
  }
}

interface Printed {
  pdf: Uint8Array;
  manifest: PrintManifest;
}

/**
 * The print page in `session`: `open` loads it at `url`, `relayout` lays it out again for another layout
 * at another window size; each waits for the manifest, then prints (twice for a brief's contents).
 */
function printer(
  cdp: Cdp,
  session: string,
  tokenHeader: Record<string, string>,
  timeout: number,
  destinationPages: (pdf: Uint8Array, opts: { noYield: boolean }) => Promise<Record<string, number>>,
  guesses: PageGuesses,
): {
  open(url: string, size?: { width: number; height: number }): Promise<Printed>;
  relayout(query: string, size: { width: number; height: number }): Promise<Printed>;
} {
  const pageErrors: string[] = [];
  cdp.on('Runtime.exceptionThrown', (p, s) => {
    if (s === session)
      pageErrors.push(
        String((p.exceptionDetails as { exception?: { description?: string }; text?: string })?.exception?.description ?? ''),
      );
  });
  cdp.send('Runtime.enable', {}, session).catch(() => {});
  /** The manifest `waiting` gives, or an error naming why the page cannot print. */
  const ready = async (waiting: Promise<PrintManifest | undefined>, layout: string): Promise<PrintManifest> => {
    let manifest: PrintManifest | undefined;
    try {
      manifest = await Promise.race([
        waiting,
        new Promise<never>((_, bad) => setTimeout(() => bad(new Error(`打印页面在 ${timeout / 1000} 秒内没有就绪`)), timeout).unref()),
      ]);
      if (!manifest) throw new Error('打印页面没有返回版面信息');
    } catch (e) {
      const detail = (e as Error).message.replace(/^.*?Error: /s, '').split('\n')[0];
      throw new ExportError(
        `无法生成 PDF：${detail}${pageErrors.length ? `（页面错误：${(pageErrors[0] as string).split('\n')[0]}）` : ''}`,
      );
    }
    mark(`ready ${layout}`);
    if (tracing) await evaluate<string>(cdp, session, PAGE_TIMINGS).then(tracePage, () => {});
    return manifest;
  };
  const surface: PrintSurface = {
    async print(draft) {
      const { data } = await cdp.send<{ data: string }>(
        'Page.printToPDF',
        { preferCSSPageSize: true, printBackground: !draft, generateTaggedPDF: !draft, displayHeaderFooter: false },
        session,
      );
      return Buffer.from(data, 'base64');
    },
    run: (script) => evaluate(cdp, session, script),
  };
  const numbered = (pdf: Uint8Array) => destinationPages(pdf, { noYield: true });
  const printReady = async (manifest: PrintManifest, query: string): Promise<Printed> => ({
    pdf: await printNumbered(surface, manifest, query, guesses, numbered),
    manifest,
  });
  return {
    async open(url, size) {
      // The token goes with every request of this page, in a header, and nowhere else. Both commands go at
      // once (the session runs them in order); the navigation waits for the header's answer, which comes once
      // the page's renderer applies it: a navigation sent with them loaded print.html with the token and,
      // now and then, a script of it without.
      mark('navigating');
      // A page opened after launch is given its layout's window size first, as relayout() does.
      await Promise.all([
        cdp.send('Network.enable', {}, session),
        cdp.send('Network.setExtraHTTPHeaders', { headers: tokenHeader }, session),
        size && cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1, mobile: false }, session),
      ]);
      await cdp.send('Page.navigate', { url }, session);
      mark('navigated');
      const query = new URL(url).search.slice(1);
      return printReady(await ready(evaluate<PrintManifest | undefined>(cdp, session, READY_EXPRESSION), layoutOf(url)), query);
    },
    async relayout(query, size) {
      // The window at the layout's size, as a page opened for it would be (charts measure their boxes).
      await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1, mobile: false }, session);
      const call = `window[${JSON.stringify(PRINT_RELAYOUT)}](${JSON.stringify(query)})`;
      return printReady(await ready(evaluate<PrintManifest | undefined>(cdp, session, call), layoutOf(query)), query);
    },
  };
}

const layoutOf = (query: string) => /layout=([\w-]+)/.exec(query)?.[1] ?? '';

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
