/**
 * PDF exports and printing in the desktop app. The print page loads in a hidden, hardened window; the app
 * awaits its manifest (fonts loaded, charts drawn), then prints to PDF or opens the system print dialog.
 * 文件 → 打印… opens the renderer's export dialog in its print mode (one layout, 期号, 内部资料), whose
 * API call (print.open) lands in printWithDialog. All of it is asynchronous: the deck window stays responsive.
 */
import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import {
  PRINT_LAYOUT_NAMES,
  PRINT_LAYOUTS,
  PRINT_PAGE,
  PRINT_READY,
  PRINT_RELAYOUT,
  printWindowSize,
  printQuery,
  type PrintManifest,
  type PrintOptions,
} from '../../shared/print';
import { secureWebPreferences } from '../windows/hardening';
import { rendererEntryUrl } from '../windows/security';
import { memoryGuesses, numberByDraft, printNumbered, type PrintSurface } from './contents-pages';
import { destinationPages, finishPdf } from './finish';
import { openTarget, type Target } from './target';

/** print.html beside the deck's index.html (app://briefing/ or the dev server). */
export function printPageUrl(opts: PrintOptions): string {
  const entry = rendererEntryUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  return new URL(`${PRINT_PAGE}?${printQuery(opts)}`, entry).toString();
}

/** The report a print works on: the one on screen (see index.ts), named in the dialog and the file name. */
export interface PrintedReport {
  id: number;
  title: string;
}

/** Ask which layout (and whether to mark it 内部资料); undefined when cancelled. */
async function chooseLayout(
  parent: BrowserWindow | undefined,
  action: string,
  report: PrintedReport | undefined,
): Promise<PrintOptions | undefined> {
  const options: MessageBoxOptions = {
    type: 'question',
    title: action,
    message: report ? `${action}《${report.title}》：选择版式` : `${action}：选择版式`,
    buttons: [...PRINT_LAYOUTS.map((l) => PRINT_LAYOUT_NAMES[l]), '取消'],
    cancelId: PRINT_LAYOUTS.length,
    defaultId: PRINT_LAYOUTS.indexOf('brief'),
    checkboxLabel: '标注“内部资料”',
    noLink: true,
  };
  const r = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  const layout = PRINT_LAYOUTS[r.response];
  return layout ? { layout, internal: r.checkboxChecked, ...(report ? { reportId: report.id } : {}) } : undefined;
}

/** A hidden window showing the print page, resolved once the page reports ready. */
async function openPrintWindow(opts: PrintOptions): Promise<{ win: BrowserWindow; manifest: PrintManifest }> {
  // electronegativity-reviewed: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the
  // webPreferences come from secureWebPreferences() (contextIsolation, sandbox, no node integration,
  // Auxclick disabled, in web-preferences.ts), which the static scanner cannot follow; test/hardening.test.ts holds them.
  const { width, height } = printWindowSize(opts.layout);
  const win = new BrowserWindow({
    show: false,
    width,
    height,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  try {
    await win.loadURL(printPageUrl(opts));
    const manifest = (await win.webContents.executeJavaScript(`window.${PRINT_READY}`, false)) as PrintManifest;
    return { win, manifest };
  } catch (e) {
    win.destroy();
    throw e;
  }
}

/** Contents numbers remembered for this session's exports (contents-pages.ts). */
const guesses = memoryGuesses();

function surfaceOf(win: BrowserWindow): PrintSurface {
  return {
    print: (draft) =>
      win.webContents.printToPDF(
        draft
          ? { preferCSSPageSize: true, printBackground: false }
          : { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true },
      ),
    run: (script) => win.webContents.executeJavaScript(script, false),
  };
}

/** The window's page as a PDF, the brief's contents numbered (see PRINT_SET_PAGES). */
const printToPdf = (win: BrowserWindow, manifest: PrintManifest, opts: PrintOptions) =>
  printNumbered(surfaceOf(win), manifest, printQuery(opts), guesses, (pdf) => destinationPages(pdf));

/** The print window laid out again for another layout, at its size (PRINT_RELAYOUT): scripts, fonts and data stay loaded. */
async function relayoutPrintWindow(win: BrowserWindow, opts: PrintOptions): Promise<PrintManifest> {
  const { width, height } = printWindowSize(opts.layout);
  win.setContentSize(width, height);
  return (await win.webContents.executeJavaScript(`window.${PRINT_RELAYOUT}(${JSON.stringify(printQuery(opts))})`, false)) as PrintManifest;
}

function reportError(parent: BrowserWindow | undefined, title: string, e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  console.error(`[pdf] ${title}:`, e);
  if (parent) void dialog.showMessageBox(parent, { type: 'error', title, message: title, detail: message });
  else dialog.showErrorBox(title, message);
}

/** A file name from a report title: no path separators or characters Windows refuses. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;
const fileStem = (title: string) => title.replace(UNSAFE_IN_FILE_NAME, ' ').trim().slice(0, 80) || '简报';

/** Print one layout to a PDF at `path` from a hidden window: written to a temporary file, renamed when complete. */
export async function printPdfTo(path: string, opts: PrintOptions): Promise<void> {
  const target = openTarget(path);
  try {
    const { win, manifest } = await openPrintWindow(opts);
    try {
      const pdf = await printToPdf(win, manifest, opts);
      await target.commit(await finishPdf(pdf, manifest, { expectedPages: manifest.expectedPages }));
    } finally {
      win.destroy();
    }
  } finally {
    await target.discard();
  }
}

export async function exportPdfFromApp(parent: BrowserWindow | undefined, report: PrintedReport | undefined): Promise<void> {
  try {
    const opts = await chooseLayout(parent, '导出 PDF', report);
    if (!opts) return;
    const defaultPath = join(app.getPath('documents'), `${fileStem(report?.title ?? '简报')}-${opts.layout}.pdf`);
    const save = { title: '导出 PDF', defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const r = parent ? await dialog.showSaveDialog(parent, save) : await dialog.showSaveDialog(save);
    if (r.canceled || !r.filePath) return;
    await printPdfTo(r.filePath, opts);
  } catch (e) {
    reportError(parent, '无法导出 PDF', e);
  }
}

/** One file of a batch export: the print options (layout, report, 内部资料) and where the PDF goes. */
export interface AppPdfJob {
  options: PrintOptions;
  path: string;
}

/**
 * Several layouts in one go (the export dialog with several layouts ticked): one hidden print window on the
 * store the app already has open, loaded for the first layout and laid out again for each next one
 * (PRINT_RELAYOUT), each printed to PDF; the files are renamed into place only when every layout printed —
 * a batch that fails writes none (an unwritable path fails before the window opens). Errors are thrown to
 * the caller, which shows them; exportPdfFromApp stays as it was.
 */
export async function exportPdfsFromApp(jobs: readonly AppPdfJob[]): Promise<{ path: string; bytes: number }[]> {
  const targets: Target[] = [];
  let win: BrowserWindow | undefined;
  try {
    for (const job of jobs) targets.push(openTarget(job.path));
    const finishing: Promise<Uint8Array>[] = [];
    for (const job of jobs) {
      let manifest: PrintManifest;
      if (win) manifest = await relayoutPrintWindow(win, job.options);
      else ({ win, manifest } = await openPrintWindow(job.options));
      const pdf = await printToPdf(win, manifest, job.options);
      const done = finishPdf(pdf, manifest, { expectedPages: manifest.expectedPages });
      done.catch(() => {}); // awaited below, once every layout printed
      finishing.push(done);
    }
    const printed = await Promise.all(finishing);
    await Promise.all(printed.map((bytes, i) => (targets[i] as Target).write(bytes)));
    for (const t of targets) await t.publish();
    return printed.map((bytes, i) => ({ path: (targets[i] as Target).path, bytes: bytes.length }));
  } finally {
    win?.destroy();
    await Promise.all(targets.map((t) => t.discard()));
  }
}

/**
 * Print one layout (API print.open, the dialog's print mode): the print page as a PDF export prints it (the
 * same window, the contents' page numbers from a first pass), then the system's print dialog. Resolves with
 * printed: false when the user cancels it; a failure is thrown to the dialog, which shows it.
 */
export async function printWithDialog(opts: PrintOptions): Promise<{ printed: boolean }> {
  const { win, manifest } = await openPrintWindow(opts);
  try {
    // No file to check the numbers in afterwards: a draft print says where each section falls.
    if (manifest.contentsPages) await numberByDraft(surfaceOf(win), (pdf) => destinationPages(pdf));
  } catch (e) {
    win.destroy();
    throw e;
  }
  return new Promise((resolve, reject) => {
    win.webContents.print({ silent: false, printBackground: true }, (ok, reason) => {
      win.destroy();
      if (ok) resolve({ printed: true });
      else if (reason === 'cancelled') resolve({ printed: false });
      else reject(new Error(`打印失败：${reason}`));
    });
  });
}
