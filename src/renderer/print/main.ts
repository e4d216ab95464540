// First: sends the page's briefing.open before the shared chunk below is evaluated (early-data.ts).
import './early-data';
/**
 * Entry of print.html (?layout=slides|handout|brief&internal=1). Sets window.__briefingPrint to a
 * promise of the PDF manifest, which the Electron print window and the headless exporter await.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
// The 公文 brief's free Song and Kai faces (gongwen.css): declared here, fetched only by a page that uses them.
// Only the weights used, to keep the app lean: the title's Song at 700 (its Latin slice at 400 for the page
// numbers); the Kai's regular and bold (bold headings, table heads and values: never a synthesised bold).
import '@fontsource/noto-serif-sc/700.css';
import '@fontsource/noto-serif-sc/latin-400.css';
import '@fontsource/lxgw-wenkai/500.css';
import '@fontsource/lxgw-wenkai/700.css';
import '../app.css';
import './print.css';
import './gongwen.css';
import { mount, unmount } from 'svelte';
import { parsePrintQuery, PRINT_READY, PRINT_RELAYOUT, PRINT_SET_PAGES, type PrintManifest } from '../../shared/print';
import { t } from '../lib/i18n';
import PrintApp from './PrintApp.svelte';

declare global {
  interface Window {
    [PRINT_READY]?: Promise<PrintManifest>;
    /** Set by PrintApp: writes the contents' page numbers (destination id → page) once the exporter knows them. */
    [PRINT_SET_PAGES]?: (pages: Record<string, number>) => Promise<void>;
    [PRINT_RELAYOUT]?: (query: string) => Promise<PrintManifest>;
  }
}

// A component that throws while rendering leaves a half-drawn page: that must never be printed.
// The language asked for, read on its own: these messages must work even when the query is invalid.
const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
let fail: (e: Error) => void = () => {};
window.addEventListener('error', (e) => fail(new Error(t(lang, 'printPageError', { reason: e.message }))));
window.addEventListener('unhandledrejection', (e) => fail(new Error(t(lang, 'printPageError', { reason: String(e.reason) }))));

const target = document.getElementById('print');
let shown: ReturnType<typeof mount> | null = null;

/** Lay the page out for `query`; window[PRINT_READY] becomes the promise of its manifest. */
function layOut(query: string): Promise<PrintManifest> {
  let ready!: (m: PrintManifest) => void;
  const manifest = new Promise<PrintManifest>((res, rej) => {
    ready = res;
    fail = rej;
  });
  manifest.catch(() => {}); // awaited by the printer; never an unhandled rejection here
  window[PRINT_READY] = manifest;
  try {
    if (!target) throw new Error('#print missing from print.html');
    const options = parsePrintQuery(query);
    if (shown) void unmount(shown);
    target.replaceChildren();
    shown = mount(PrintApp, { target, props: { options, onready: ready, onfail: (m: string) => fail(new Error(m)) } });
  } catch (e) {
    fail(e instanceof Error ? e : new Error(String(e)));
    if (target) target.textContent = t(lang, 'printFailed', { reason: e instanceof Error ? e.message : String(e) });
  }
  return manifest;
}

layOut(window.location.search);
window[PRINT_RELAYOUT] = layOut;
