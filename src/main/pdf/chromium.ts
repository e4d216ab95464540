/**
 * Which Chromium the headless exporter drives: --chromium PATH, else CHROME_PATH, else a browser at a
 * well-known place (Debian's /usr/bin/chromium first), else Playwright's own if one is installed.
 * A path the user names is used or refused — never silently replaced by another browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { ExportError } from './errors';

/** Flags for a quiet, offline, headless Chromium (no GPU, sandbox off for containers and root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The print page must never be throttled as a background window: headless shows none (as Puppeteer starts Chromium). */
const UNTHROTTLED_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/**
 * Chromium 156 gives even a headless window a browser UI: its omnibox popups are WebUI pages
 * (chrome://omnibox-popup.top-chrome/, …/omnibox_popup_aim.html) loaded at start into a renderer of their
 * own. Nobody can ever open them here, and they cost about 0.5 s of that renderer's CPU and 0.1–0.2 s of
 * the browser's on every export: a third of the browser's CPU for a slides print.
 */
const NO_BROWSER_UI_ARGS = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'];

/**
 * The headless exporter's command line (export.ts): the flags above, off the record (--incognito: nothing of
 * a report stays in the kept profile), and the window at the first layout's size.
 */
export function exportBrowserArgs(size: { width: number; height: number }): string[] {
  return [...CHROMIUM_ARGS, ...UNTHROTTLED_ARGS, ...NO_BROWSER_UI_ARGS, '--incognito', `--window-size=${size.width},${size.height}`];
}

export const WELL_KNOWN_CHROMIUMS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ChromiumQuery {
  /** --chromium PATH */
  flag?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Playwright's browser path, if Playwright knows one (it may not be downloaded). */
  playwrightPath?: () => string | undefined;
}

export const NO_BROWSER_HINT =
  '请用 --chromium PATH 或环境变量 CHROME_PATH 指定 Chromium/Chrome 浏览器（Debian/Ubuntu：apt-get install chromium）';

export function findChromium(q: ChromiumQuery = {}): string {
  const env = q.env ?? process.env;
  const named: [string | undefined, string][] = [
    [q.flag, '--chromium'],
    [env.CHROME_PATH, '环境变量 CHROME_PATH'],
  ];
  for (const [path, what] of named) {
    if (!path) continue;
    if (isExecutableFile(path)) return path;
    throw new ExportError(`找不到浏览器：${what} 指定的 ${path} 不存在或不是可执行文件。${NO_BROWSER_HINT}`);
  }
  for (const path of WELL_KNOWN_CHROMIUMS[q.platform ?? process.platform] ?? []) if (isExecutableFile(path)) return path;
  const pw = q.playwrightPath?.();
  if (pw && isExecutableFile(pw)) return pw;
  throw new ExportError(`找不到 Chromium 浏览器。${NO_BROWSER_HINT}`);
}
