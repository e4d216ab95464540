/**
 * The app under measurement, started exactly as e2e/fixtures.ts does: a store file, the real handlers and
 * PresentationHub behind the loopback web bridge serving out/renderer, and Debian's Chromium through
 * Playwright with the args of playwright.config.ts. Also the "static page" floors: the rendered DOM of a
 * page saved with its CSS inlined (fonts and other url()s rewritten), canvases replaced by their bitmaps,
 * and no script.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createHandlers, firstOpenPreview, firstPictures } from '../src/main/api/handlers';
import { frameKeyOf } from '../src/main/web/first-frame';
import type { Handlers } from '../src/shared/api';
import { frameBasis, pageBuild } from '../src/shared/first-frame';
import { bundledReports } from '../src/main/paths';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { startBridge, type Bridge } from '../src/main/web/server';
import { CHROMIUM, CHROMIUM_ARGS, RENDERER_DIR, ROOT } from './lib';

export interface App {
  store: Store;
  hub: PresentationHub;
  /** The handlers behind the bridge (what main serves the app page from). */
  handlers: Handlers;
  bridge: Bridge;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startApp(dbPath: string, seedBundles: string[] = []): Promise<App> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  const store = openStore(dbPath, { seedBundles });
  const hub = new PresentationHub();
  const handlers = createHandlers(store, 'bench', hub);
  const bridge = await startBridge({ handlers, hub, rendererDir: RENDERER_DIR });
  return {
    store,
    hub,
    handlers,
    bridge,
    url: (path) => `${bridge.origin}${path}${path.includes('?') ? '&' : '?'}token=${bridge.token}`,
    close: async () => {
      await bridge.close();
      store.close();
    },
  };
}

/** The store's first deck (the bundled report's): its id and its number of slides. */
export function firstDeck(db: Store['db']): { id: number; n: number } {
  return db
    .prepare('SELECT d.id, (SELECT count(*) FROM slides s WHERE s.deck_id = d.id) AS n FROM decks d ORDER BY d.id LIMIT 1')
    .get() as { id: number; n: number };
}

/**
 * Two renderer builds (out/renderer directories `a` and `b`) side by side for an A/B tool: one seeded store in a
 * temporary folder, one hub, a bridge for each build, one browser. `close` removes them all.
 */
export async function startBuildPair(a: string, b: string, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = openStore(join(dir, 'seeded.sqlite'), { seedBundles: bundledReports(join(ROOT, 'resources')) });
  const hub = new PresentationHub();
  const handlers = createHandlers(store, 'bench', hub);
  const bridges = await Promise.all([a, b].map((rendererDir) => startBridge({ handlers, hub, rendererDir })));
  const browser = await launch();
  return {
    store,
    hub,
    handlers,
    bridges,
    browser,
    deck: firstDeck(store.db),
    close: async () => {
      await browser.close();
      await Promise.all(bridges.map((x) => x.close()));
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

type ContextOptions = { reducedMotion?: 'reduce' | 'no-preference'; width?: number; height?: number };

/** The e2e tests' context options (playwright.config.ts `use`). */
const contextOptions = (opts: ContextOptions) => ({
  viewport: { width: opts.width ?? 1600, height: opts.height ?? 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  reducedMotion: opts.reducedMotion ?? 'no-preference',
});

async function withProbes(ctx: BrowserContext): Promise<BrowserContext> {
  await ctx.addInitScript(KEEP_NAMES);
  await ctx.addInitScript(SLIDE_PROBE);
  await ctx.addInitScript(SERVED_FRAME_PROBE);
  return ctx;
}

/** A context like the e2e tests': off the record, so nothing it caches outlives it. */
export async function newContext(browser: Browser, opts: ContextOptions = {}): Promise<BrowserContext> {
  return withProbes(await browser.newContext(contextOptions(opts)));
}

/**
 * A context on a profile directory of its own, in a Chromium of its own; `close` ends both. Unlike an
 * off-the-record context it keeps what the desktop app's profile keeps between starts: the HTTP disk
 * cache and V8's code cache (Chromium stores a script's compiled code when the script loads a second
 * time: v8.produceModuleCache in a trace).
 */
export async function persistentContext(opts: ContextOptions = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-profile-'));
  const context = await withProbes(
    await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...contextOptions(opts) }),
  );
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `__benchSlide("n / N")`: the slide whose counter reads "n / N" as the user sees it, or null when no such
 * counter is shown. Shown: rendered (not hidden, not transparent) and on top at its centre (the element hit
 * there belongs to the same slide), so a slide prepared off stage or behind the one on stage does not count.
 * `complete`: every canvas of that slide is drawn (`data-drawn`).
 */
export const SLIDE_PROBE = `globalThis.__benchSlide = (want) => {
  const shown = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (el.closest('article') ?? el).contains(hit);
  };
  const n = Array.from(document.querySelectorAll('[data-testid="slide-number"]')).find((e) => e.textContent.trim() === want && shown(e));
  if (!n) return null;
  const canvases = Array.from((n.closest('article') ?? document).querySelectorAll('canvas:not(.ink)'));
  return { charts: canvases.length, complete: canvases.every((c) => c.dataset.drawn === 'true') };
};`;
/** The page-side signature of SLIDE_PROBE. */
export type SlideProbe = { __benchSlide(want: string): { charts: number; complete: boolean } | null };

/**
 * `__benchServedFrame("n / N", key)`: the first frame main served with the page (src/main/web/first-frame.ts),
 * when it is the frame of key `key` (the key of what the page opens, worked out by the bench from the store:
 * `servedFrameKey`), shown, on the slide whose counter reads "n / N", its chart as main's picture and every
 * image loaded. It counts as the first frame then, and records the slide's text (`__benchFrameText`) for
 * the check that the live slide after it shows the same (`checkServedFrame`). `__benchSlideText("n / N")`:
 * the live slide's text, as the same function reads it.
 */
export const SERVED_FRAME_PROBE = `(() => {
  const text = (root) => (root.textContent || '').replace(/\\s+/g, ' ').trim();
  globalThis.__benchServedFrame = (want, key) => {
    const f = document.getElementById('first-frame');
    if (!f || f.dataset.key !== key || !f.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return null;
    const n = Array.from(f.querySelectorAll('[data-frame-testid="slide-number"]')).find(
      (e) => e.textContent.trim() === want && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    const article = n && n.closest('article');
    if (!article) return null;
    const pictures = article.querySelectorAll('img[data-picture="main"]').length;
    const loaded = Array.from(f.querySelectorAll('img')).every((i) => i.complete && i.naturalWidth > 0);
    if (pictures === 0 || !loaded) return null;
    globalThis.__benchFrameText = text(article);
    return { pictures };
  };
  globalThis.__benchSlideText = (want) => {
    const n = Array.from(document.querySelectorAll('#app [data-testid="slide-number"]')).find((e) => e.textContent.trim() === want);
    const article = n && n.closest('article');
    return article ? text(article) : null;
  };
})();`;

/** The key of the first frame main would serve the app page now (src/shared/first-frame.ts), or null. */
export function servedFrameKey(app: Pick<App, 'handlers'>, rendererDir = RENDERER_DIR): string | null {
  const preview = firstOpenPreview(app.handlers);
  const geometry = firstPictures(app.handlers)?.geometry;
  if (!preview || !geometry) return null;
  const basis = frameBasis(preview().answer, geometry, pageBuild(readFileSync(join(rendererDir, 'index.html'), 'utf8')));
  return basis ? frameKeyOf(basis) : null;
}

/**
 * The condition of a first slide: the live slide complete (SLIDE_PROBE), or main's served first frame of
 * key `key` (SERVED_FRAME_PROBE), with every shown glyph's font loaded.
 */
export function firstSlideCondition(want: string, key: string | null): string {
  const live = `(() => { const s = window.__benchSlide(${JSON.stringify(want)}); return !!s && s.charts > 0 && s.complete; })()`;
  const served = key ? ` || !!window.__benchServedFrame(${JSON.stringify(want)}, ${JSON.stringify(key)})` : '';
  return `(${live}${served}) && ${FONTS_READY}`;
}

/**
 * After a load whose first frame may have been main's served frame: if it was, wait for the live slide
 * and fail loudly unless it shows the very text the served frame showed. Whether the served frame counted.
 */
export async function checkServedFrame(page: Page, want: string, what: string): Promise<boolean> {
  const framed = (await page.evaluate('window.__benchFrameText ?? null')) as string | null;
  if (framed === null) return false;
  const live = `(() => { const s = window.__benchSlide(${JSON.stringify(want)}); return !!s && s.complete && !document.getElementById('first-frame'); })()`;
  // Polled from here: a string predicate of waitForFunction is eval'd in the page, which its CSP refuses.
  const until = Date.now() + 60_000;
  while (!(await page.evaluate(live))) {
    if (Date.now() > until) throw new Error(`${what}: the live slide did not follow main's served first frame within a minute`);
    await new Promise((done) => setTimeout(done, 50));
  }
  const text = (await page.evaluate(`window.__benchSlideText(${JSON.stringify(want)})`)) as string | null;
  if (text !== framed)
    throw new Error(`${what}: the live slide does not show what main's served first frame showed:\n  served: ${framed}\n  live:   ${text}`);
  return true;
}

/** tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it there too. */
export const KEEP_NAMES = 'globalThis.__name = (f) => f;';

export interface Snapshot {
  html: string;
  css: { base: string; text: string }[];
}

/**
 * The rendered page as static HTML: DOM without scripts, canvases as <img> of their bitmap, CSS sources collected.
 * `onlyShownSlide`: drop every slide (article) that is not shown — the neighbours the deck prepares off stage
 * once the current slide is complete. Whether they were in yet was a race, and with them the floor page laid
 * out three slides and loaded their fonts: 273 or 280 KB, and a slower floor, from one run to the next.
 */
export async function snapshot(page: Page, opts: { onlyShownSlide?: boolean } = {}): Promise<Snapshot> {
  return page.evaluate(async (onlyShownSlide) => {
    const css: { base: string; text: string }[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      const node = sheet.ownerNode;
      if (node instanceof HTMLLinkElement) css.push({ base: node.href, text: await (await fetch(node.href)).text() });
      else if (node instanceof HTMLStyleElement) css.push({ base: location.href, text: node.textContent ?? '' });
    }
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    // The ink layer is an empty overlay for drawing during a talk, not content: a static page has none.
    clone.querySelectorAll('canvas.ink').forEach((n) => n.remove());
    // A first frame main served, if still there, is not the page's own rendering.
    clone.querySelector('#first-frame')?.remove();
    const live = Array.from(document.querySelectorAll<HTMLCanvasElement>('canvas:not(.ink)'));
    Array.from(clone.querySelectorAll('canvas')).forEach((c, i) => {
      const src = live[i];
      const img = document.createElement('img');
      img.src = src.toDataURL('image/png');
      img.alt = src.getAttribute('aria-label') ?? '';
      img.className = src.className;
      img.style.cssText = src.style.cssText;
      img.style.width = `${src.clientWidth}px`;
      img.style.height = `${src.clientHeight}px`;
      img.style.display = 'block';
      // A chart at rest hides its canvas behind a still (Chart.svelte); the saved bitmap is what shows.
      img.style.visibility = '';
      img.setAttribute('data-drawn', 'true');
      // A chart's canvas says so (Chart.svelte); the ink layer's canvas over the stage does not.
      if (src.dataset.chartType) img.setAttribute('data-chart-type', src.dataset.chartType);
      c.replaceWith(img);
    });
    // After the canvases are swapped: they are matched to the live ones by position.
    if (onlyShownSlide) {
      const slides = Array.from(document.querySelectorAll('article'));
      const copies = Array.from(clone.querySelectorAll('article'));
      const shown = slides.map((a) => a.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      if (shown.filter(Boolean).length !== 1) throw new Error(`snapshot: ${shown.filter(Boolean).length} slides shown, want 1`);
      for (const [i, a] of copies.entries()) {
        if (shown[i]) continue;
        const holder = a.parentElement;
        a.remove();
        if (holder && holder.childElementCount === 0 && !holder.textContent?.trim()) holder.remove(); // its empty slot
      }
    }
    // The still's blob: URL dies with the page: left in, the floor would wait forever for a broken image.
    clone.querySelectorAll('img.still').forEach((n) => n.remove());
    clone
      .querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"], style')
      .forEach((n) => n.remove());
    return { html: '<!doctype html>\n' + clone.outerHTML, css };
  }, opts.onlyShownSlide ?? false);
}

/**
 * The snapshot as one HTML file: CSS inlined in <head>, every url() resolved against its stylesheet and
 * then mapped by `mapUrl` (to /assets/… for the http floor, to file:///…/out/renderer/assets/… for print).
 */
export function staticHtml(s: Snapshot, mapUrl: (absolute: URL) => string): string {
  const style = s.css
    .map(({ base, text }) =>
      text.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _q: string, ref: string) => {
        if (/^(data|blob):/.test(ref) || ref.startsWith('#')) return whole;
        return `url("${mapUrl(new URL(ref, base))}")`;
      }),
    )
    .join('\n');
  return s.html.replace(/<head([^>]*)>/i, (h) => `${h}<style>${style.replace(/<\/style/gi, '<\\/style')}</style>`);
}

/** Map a URL of the bridge to the built file on disk. */
export const toRendererFile = (u: URL): string => pathToFileURL(join(RENDERER_DIR, decodeURIComponent(u.pathname))).href;
/** Keep the path (the static server below serves /assets/ from out/renderer). */
export const toSamePath = (u: URL): string => u.pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A static server on 127.0.0.1 for the floors: `pages` (HTML, or a script) by path, everything else from
 * out/renderer; `headers` go on every response (a first-slide floor passes the bridge's own, see there).
 */
export async function staticServer(
  pages: Map<string, string>,
  headers: Record<string, string> = {},
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      // A page is fetched afresh each load, as the bridge serves index.html; a script is cached like the app's assets.
      const html = extname(path) === '.html';
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(path)] ?? TYPES['.html'],
        'cache-control': html ? 'no-store' : 'max-age=31536000, immutable',
      });
      res.end(page);
      return;
    }
    const file = resolve(RENDERER_DIR, '.' + normalize(decodeURIComponent(path)));
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, headers).end();
      return;
    }
    // Cached as the app's bridge caches its hashed assets, so a warm floor is warm the same way.
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=31536000, immutable',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Installed before any page script: a requestAnimationFrame poll from navigation start that records when
 * `window.__benchDone()` first holds; the time taken is the end of that frame's rendering (a task posted
 * from the rAF callback runs after the frame's style, layout and paint), relative to navigation start.
 * The condition is passed as a string so the same poller serves the app and its static floor.
 */
export function firstPaintProbe(condition: string): string {
  return `(() => {
    const done = () => { try { return (${condition}); } catch { return false; } };
    const ch = new MessageChannel();
    window.__benchFirst = new Promise((resolve) => {
      ch.port1.onmessage = () => resolve(performance.now());
      const tick = () => { if (done()) ch.port2.postMessage(0); else requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
  })();`;
}

/** Wait for the probe installed by `firstPaintProbe`; a page that never gets there fails, naming `what`. */
export async function firstPaintOf(page: Page, what: string, timeoutMs = 60_000): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not complete after ${timeoutMs / 1000} s (${page.url()})`)), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(() => (window as unknown as { __benchFirst: Promise<number> }).__benchFirst), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every shown text run's glyphs loaded in the font it is set in: visible text nodes (a layout box, not
 * visibility: hidden — slides prepared off stage do not count), grouped by computed weight and family,
 * each group passed to document.fonts.check (false while a face that covers some of its characters is not
 * loaded yet). Loads for text not on screen (a neighbour being prepared) do not hold it back.
 */
export const FONTS_READY = `(() => {
  if (!document.body) return false;
  const groups = new Map();
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const text = n.textContent.trim();
    const el = n.parentElement;
    if (!text || !el || el.getClientRects().length === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
    const cs = getComputedStyle(el);
    const key = cs.fontStyle + ' ' + cs.fontWeight + ' 16px ' + cs.fontFamily;
    groups.set(key, (groups.get(key) || '') + text);
  }
  for (const [font, text] of groups) if (!document.fonts.check(font, text)) return false;
  return groups.size > 0;
})()`;
