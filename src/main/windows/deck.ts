/** The main window: the deck (reading and presenting). Hardening comes from hardening.ts, never set here. */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { secureWebPreferences } from './hardening';
import { deckWindowUrl, rendererEntryUrl } from './security';

/** Dark, matching the renderer's background, so the window never flashes white while loading. */
const BACKGROUND = '#14161a';

/** `presenter` opens the presenter view (notes, timer, next slide) instead of the slides. */
export interface DeckWindowOptions {
  view?: 'deck' | 'presenter';
  bounds?: { x: number; y: number; width: number; height: number };
}

export function createDeckWindow(opts: DeckWindowOptions = {}): BrowserWindow {
  // electronegativity-reviewed: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the
  // webPreferences come from secureWebPreferences() (contextIsolation, sandbox, no node integration,
  // Auxclick disabled, in web-preferences.ts), which the static scanner cannot follow; test/hardening.test.ts holds them.
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    ...opts.bounds,
    minWidth: 800,
    minHeight: 500,
    title: opts.view === 'presenter' ? '简报台 — 演讲者视图' : '简报台',
    backgroundColor: BACKGROUND,
    show: false, // shown on ready-to-show: no blank frame before the first paint
    autoHideMenuBar: false,
    // electron-vite emits the preload next to main: out/main/index.js -> out/preload/index.js.
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  win.once('ready-to-show', () => win.show());
  const entry = rendererEntryUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  win.loadURL(deckWindowUrl(entry, opts.view)).catch((e: unknown) => {
    console.error('[deck] failed to load the renderer:', e);
  });
  return win;
}
