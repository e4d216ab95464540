/**
 * The first frame as HTML (issue #24): its key (shared/first-frame.ts frameBasis, worked out alike by the
 * window and by main), main's checking and escaping of the markup a window sends (main/web/first-frame.ts),
 * and when main serves it (web/first-page.ts servedFrame): over a real store, only while what the page opens
 * is exactly what the frame was rendered from. A corrected figure is never served in its old state.
 * The window's side: test/renderer/first-frame.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, firstOpenPreview } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { FIRST_FRAME_FILE } from '../src/main/charts/picture-dir';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import {
  escapeHtml,
  frameElement,
  frameKeyOf,
  frameMarkup,
  pictureBox,
  readFrame,
  frameText,
  rangeHolds,
  withDeferredEntry,
  withFontPreloads,
  withFrame,
  withInlineStyles,
} from '../src/main/web/first-frame';
import { deckAddress, servedFrame } from '../src/main/web/first-page';
import type { BriefingOpen, Handlers } from '../src/shared/api';
import { canonicalJson, FRAME_LIMITS, frameBasis, pageBuild, type FrameNode } from '../src/shared/first-frame';
import type { FirstPicture } from '../src/shared/first-open';
import type { WindowGeometry } from '../src/shared/window-geometry';
import { SEED, tempDir } from './helpers';

const G: WindowGeometry = {
  windowWidth: 1600,
  windowHeight: 900,
  stageWidth: 1600,
  stageHeight: 900,
  dpr: 1,
  lang: 'zh',
  theme: 'projector',
};
const BUILD = 'assets/index-DE85JI5N.js';
const PAGE = `<!doctype html><html lang="zh-CN"><head><script type="module" crossorigin src="./${BUILD}"></script></head><body><div id="app"></div></body></html>`;

/** A slide's view as a window sends it: a title, a number, the chart's canvas as the picture. */
const tree = (title: string, value = '12.5'): FrameNode[] => [
  {
    t: 'div',
    a: { class: 'deck-view svelte-abc', role: 'presentation' },
    c: [
      { t: 'h1', a: { class: 'title', id: 'x1' }, c: [title] },
      { t: 'span', a: { 'data-figure-id': '7', 'data-testid': 'slide-number' }, c: [value] },
      { t: 'div', a: { 'data-chart-drawing': '' }, c: [{ t: 'picture', a: { style: 'display: block; width: 812.5px; height: 400px;' } }] },
    ],
  },
];
const PICTURE = {
  png: 'data:image/png;base64,iVBORw0KGgo=',
  box: { width: 812.5, height: 400 },
  ratio: 0.8,
  bitmapWidth: 650,
  bitmapHeight: 320,
} as FirstPicture;

describe('the key', () => {
  it('is the same for the same answer whatever its keys’ order, and not for another figure, slide, geometry or build', () => {
    const t = tempDir();
    const store = openStore(join(t.dir, 'k.sqlite'), { seedBundles: SEED, dailyBackup: false });
    try {
      const hub = new PresentationHub();
      const handlers = createHandlers(store, 'test', hub);
      const deck = getDeck(store.db, 1)!;
      const index = deck.slides.findIndex((s) => s.chart);
      hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
      const answer = firstOpenPreview(handlers)!().answer;
      const basis = frameBasis(answer, G, BUILD)!;
      expect(basis).not.toBeNull();
      // Sent through JSON with its keys reversed: the same basis.
      const reversed = JSON.parse(JSON.stringify(answer), (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ) as BriefingOpen;
      expect(frameBasis(reversed, G, BUILD)).toBe(basis);
      // The hub's counters move on every action: not part of it.
      expect(frameBasis({ ...answer, presentation: { ...answer.presentation!, rev: 99, inkRev: 5, deckRev: 3 } }, G, BUILD)).toBe(basis);
      const figure = answer.figures[0]!;
      const corrected = { ...answer, figures: [{ ...figure, valueText: figure.valueText + '1' }, ...answer.figures.slice(1)] };
      expect(frameBasis(corrected, G, BUILD)).not.toBe(basis);
      expect(frameBasis({ ...answer, presentation: { ...answer.presentation!, index: index + 1 } }, G, BUILD)).not.toBe(basis);
      expect(frameBasis({ ...answer, presentation: { ...answer.presentation!, step: 1 } }, G, BUILD)).not.toBe(basis);
      expect(frameBasis(answer, { ...G, dpr: 2 }, BUILD)).not.toBe(basis);
      expect(frameBasis(answer, { ...G, theme: 'paper' }, BUILD)).not.toBe(basis);
      expect(frameBasis(answer, G, 'assets/index-other.js')).not.toBe(basis);
      expect(frameBasis({ ...answer, deck: null }, G, BUILD)).toBeNull();
    } finally {
      store.close();
      t.cleanup();
    }
  });

  it('names the build by the app page’s entry script', () => {
    expect(pageBuild(PAGE)).toBe(BUILD);
    expect(pageBuild('<html><body></body></html>')).toBe('');
  });

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});

describe('the markup main writes', () => {
  it('escapes every text and attribute: an edited title holding "</div><script>" stays text', () => {
    const evil = '</div><script>alert(1)</script><img src=x onerror=alert(2)>';
    const read = readFrame(JSON.stringify(tree(evil)))!;
    expect(read).not.toBeNull();
    const html = frameMarkup(read, PICTURE.png);
    expect(html).not.toMatch(/<script|<img src=x/i);
    expect(html).toContain('&lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // Parsed back as a browser would: one text, nothing run, no element but the frame's own.
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(document.querySelector('h1')!.textContent).toBe(evil);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(1);
    const quoted = readFrame(
      JSON.stringify([{ t: 'div', a: { class: '"><script>x</script>' }, c: [{ t: 'picture', a: { style: '' } }] }]),
    )!;
    expect(frameMarkup(quoted, PICTURE.png)).toBe(
      '<div class="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"><img style="" src="data:image/png;base64,iVBORw0KGgo=" alt="" data-drawn="true" data-picture="main"></div>',
    );
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('keeps no id and renames the test ids (the live page’s own)', () => {
    const html = frameMarkup(readFrame(JSON.stringify(tree('标题')))!, PICTURE.png);
    expect(html).not.toContain('id="x1"');
    expect(html).toContain('data-frame-testid="slide-number"');
    expect(html).not.toContain(' data-testid=');
  });

  it.each([
    ['a script', [{ t: 'script', c: ['alert(1)'] }]],
    ['a style element', [{ t: 'style', c: ['*{}'] }]],
    ['an iframe', [{ t: 'iframe' }]],
    ['a link', [{ t: 'a', a: { href: 'https://x' } }]],
    ['an event attribute', [{ t: 'div', a: { onclick: 'alert(1)' } }]],
    ['an event attribute in capitals', [{ t: 'div', a: { OnMouseOver: 'alert(1)' } }]],
    ['an address', [{ t: 'div', a: { src: 'x' } }]],
    ['an SVG link', [{ t: 'svg', a: { 'xlink:href': 'javascript:alert(1)' } }]],
    ['a url() in a style', [{ t: 'div', a: { style: 'background: url(https://x/y.png)' } }]],
    ['an escaped style', [{ t: 'div', a: { style: 'background: u\\72l(x)' } }]],
    ['an attribute name that is not one', [{ t: 'div', a: { 'x"y': '1' } }]],
    ['a text inside a void element', [{ t: 'br', c: ['x'] }]],
    ['another key', [{ t: 'div', html: '<script>' }]],
    ['a non-string attribute', [{ t: 'div', a: { class: 1 } }]],
  ])('refuses a frame holding %s', (_what, extra) => {
    const bad = [...tree('标题'), ...(extra as FrameNode[])];
    expect(readFrame(JSON.stringify(bad))).toBeNull();
  });

  it('refuses a frame without exactly one chart, too deep, too large or not JSON', () => {
    expect(readFrame(JSON.stringify([{ t: 'div', c: ['no chart'] }]))).toBeNull();
    expect(readFrame(JSON.stringify([...tree('a'), ...tree('b')]))).toBeNull();
    let deep: FrameNode = { t: 'picture' };
    for (let i = 0; i < FRAME_LIMITS.depth + 2; i++) deep = { t: 'div', c: [deep] };
    expect(readFrame(JSON.stringify([deep]))).toBeNull();
    expect(readFrame(JSON.stringify([...tree('x'), 'y'.repeat(FRAME_LIMITS.chars)]))).toBeNull();
    expect(readFrame('<div>')).toBeNull();
    expect(readFrame('{"t":"div"}')).toBeNull();
  });

  it('is served only when the chart’s box is the picture’s, shown only in a viewport of its size and ratio', () => {
    const frame = { key: 'k'.repeat(64), tree: readFrame(JSON.stringify(tree('标题')))! };
    expect(pictureBox(frame.tree)).toEqual({ width: 812.5, height: 400 });
    expect(frameElement(frame, { ...PICTURE, box: { width: 812, height: 400 }, bitmapWidth: 649 }, G)).toBeNull();
    expect(frameElement(frame, { ...PICTURE, box: { width: 812.53, height: 400 } }, G), 'rounded to a tenth by Chart.js').not.toBeNull();
    // A window that drew main's picture sizes its canvas to the bitmap in layout pixels: 426 / 0.8 = 532.5, not the box's 533.9.
    const drawn = { ...frame, tree: readFrame(JSON.stringify(tree('标题')).replace('height: 400px', 'height: 532.5px'))! };
    expect(frameElement(drawn, { ...PICTURE, box: { width: 812.5, height: 533.90625 }, bitmapHeight: 426 }, G)).not.toBeNull();
    expect(frameElement(drawn, { ...PICTURE, box: { width: 812.5, height: 533.90625 }, bitmapHeight: 427 }, G)).toBeNull();
    const element = frameElement(frame, PICTURE, G)!;
    expect(element).toContain('@media (width: 1600px) and (height: 900px) and (resolution: 1dppx){#first-frame{display:block}}');
    expect(element).toMatch(/^<div id="first-frame" inert aria-hidden="true" data-key="k{64}" data-theme="projector" data-lang="zh">/);
    const page = withFrame(PAGE, element, 'paper');
    expect(page).toContain('<html data-theme="paper" lang="zh-CN">');
    expect(page).toContain('<div id="app"></div><div id="first-frame"');
    expect(withFrame('<html><body></body></html>', element, 'paper'), 'no mount point: unchanged').toBe('<html><body></body></html>');
  });
});

describe('the page’s stylesheets, inlined with a frame', () => {
  it('puts each where its link was, its fonts’ addresses made relative to the page', () => {
    const t = tempDir();
    try {
      mkdirSync(join(t.dir, 'assets'));
      writeFileSync(
        join(t.dir, 'assets', 'a-1.css'),
        '@font-face{src:url(./f-400.woff2) format("woff2")}.x{background:url(data:image/png;base64,AA)}',
      );
      writeFileSync(join(t.dir, 'assets', 'b-2.css'), '.y{content:"</style><script>"}');
      const page =
        '<head><link rel="stylesheet" crossorigin href="./assets/a-1.css"><link rel="stylesheet" crossorigin href="./assets/b-2.css"></head>';
      expect(withInlineStyles(page, t.dir)).toBe(
        '<head><style data-href="assets/a-1.css">@font-face{src:url("./assets/f-400.woff2") format("woff2")}.x{background:url(data:image/png;base64,AA)}</style>' +
          '<style data-href="assets/b-2.css">.y{content:"<\\/style><script>"}</style></head>',
      );
      // One it cannot place (up a folder, another origin) or read: the page keeps its links.
      writeFileSync(join(t.dir, 'assets', 'c-3.css'), '.z{background:url(../up.png)}');
      const up = '<link rel="stylesheet" href="./assets/a-1.css"><link rel="stylesheet" href="./assets/c-3.css">';
      expect(withInlineStyles(up, t.dir)).toBe(up);
      writeFileSync(join(t.dir, 'assets', 'd-4.css'), '.z{background:url(https://x/y.png)}');
      expect(withInlineStyles('<link rel="stylesheet" href="./assets/d-4.css">', t.dir)).toBe(
        '<link rel="stylesheet" href="./assets/d-4.css">',
      );
      expect(withInlineStyles('<link rel="stylesheet" href="./assets/gone.css">', t.dir)).toBe(
        '<link rel="stylesheet" href="./assets/gone.css">',
      );
    } finally {
      t.cleanup();
    }
  });
});

describe('the frame’s own font slices, preloaded', () => {
  const face = (family: string, weight: number, file: string, range: string) =>
    `@font-face{font-family:${family};font-style:normal;font-display:swap;font-weight:${weight};src:url("./assets/${file}")format("woff2");unicode-range:${range}}`;
  const page = (css: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><style data-href="assets/i.css">${css}</style></head><body></body></html>`;
  it('preloads, at the head’s top, each slice of the app’s face (both weights) holding a character of the frame', () => {
    const css =
      face('Noto Sans SC', 400, 'sc-1-400.woff2', 'U+4E00-4E09,U+4E0B') +
      face('Noto Sans SC', 700, 'sc-1-700.woff2', 'U+4E00-4E09,U+4E0B') +
      face('Noto Sans SC', 400, 'sc-2-400.woff2', 'U+FF01-FF5E') +
      face('Noto Sans SC', 400, 'sc-latin-400.woff2', 'U+0000-00FF,U+0131') +
      face('Noto Serif SC', 400, 'serif-1-400.woff2', 'U+4E00-4E09');
    // 一 (U+4E00) and 8: the CJK slice in both weights and the Latin one; not the full-width one, nor the serif face.
    const html = withFontPreloads(page(css), frameText([{ t: 'h1', c: ['一', { t: 'span', c: ['8'] }] }]));
    const links = [...html.matchAll(/<link rel="preload" as="font" type="font\/woff2" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['./assets/sc-1-400.woff2', './assets/sc-1-700.woff2', './assets/sc-latin-400.woff2']);
    expect(html.indexOf('<link rel="preload"')).toBe(html.indexOf('<head>') + '<head>'.length);
    // A text no slice holds: the page unchanged.
    expect(withFontPreloads(page(css), 'ア')).toBe(page(css));
  });
  it('reads unicode-range as CSS writes it: single points, ranges and wildcards', () => {
    const points = (s: string) => new Set(Array.from(s, (c) => c.codePointAt(0)!));
    expect(rangeHolds('U+4E0B', points('下'))).toBe(true);
    expect(rangeHolds('U+4E00-4E09, U+4E0B', points('下'))).toBe(true);
    expect(rangeHolds('U+4E00-4E09', points('下'))).toBe(false);
    expect(rangeHolds('U+4E??', points('下'))).toBe(true);
    expect(rangeHolds('U+4F??', points('下'))).toBe(false);
  });
});

describe('the app’s entry, loaded once the frame is shown', () => {
  // The head as the renderer's build writes it (out/renderer/index.html).
  const page = (entry = './assets/index-lj49SgJ7.js', boot = './assets/transport-CttXQL3s.js') =>
    `<!doctype html><html><head><meta charset="UTF-8" /><title>简报台</title>` +
    `<script type="module" crossorigin src="${entry}"></script>` +
    `<link rel="modulepreload" crossorigin href="${boot}">` +
    `<link rel="modulepreload" crossorigin href="./assets/print-DbRarPwV.js">` +
    `</head><body><div id="app"></div></body></html>`;
  it('makes the boot chunk the page’s module script and names the entry for it to load', () => {
    const { document } = parseHTML(withDeferredEntry(page()));
    const scripts = document.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(scripts[0]!.getAttribute('src')).toBe('./assets/transport-CttXQL3s.js');
    expect(scripts[0]!.getAttribute('data-entry')).toBe('./assets/index-lj49SgJ7.js');
    expect(scripts[0]!.hasAttribute('crossorigin')).toBe(true);
    // The chunks stay preloaded: the entry's, fetched and compiled while the frame is shown.
    const preloads = [...withDeferredEntry(page()).matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloads).toEqual(['./assets/index-lj49SgJ7.js', './assets/transport-CttXQL3s.js', './assets/print-DbRarPwV.js']);
  });
  it('leaves a page of another build as it is: no boot chunk, or no entry script', () => {
    expect(withDeferredEntry(page('./assets/index-a.js', './assets/shared-b.js'))).toBe(
      page('./assets/index-a.js', './assets/shared-b.js'),
    );
    const noEntry = page().replace(/<script[^>]*><\/script>/, '');
    expect(withDeferredEntry(noEntry)).toBe(noEntry);
  });
  it('finds the boot chunk by the name the build gives it', () => {
    // electron.vite.config.ts puts renderer/boot.ts and what it imports in the chunk named transport.
    const config = readFileSync(join(__dirname, '..', 'electron.vite.config.ts'), 'utf8');
    const group = /\{\s*name: 'transport',\s*test: (\/.*\/),\s*\}/.exec(config);
    expect(group).not.toBeNull();
    const test = new Function(`return ${group![1]}`)() as RegExp;
    for (const file of ['renderer/boot.ts', 'renderer/state/first-frame.ts', 'renderer/state/saved-settings.ts'])
      expect(test.test(`/x/src/${file}`), file).toBe(true);
  });
});

describe('the addresses a frame is served at', () => {
  it('is the plain deck view only: not the presenter’s, a print page, nor a window opened on a slide of its own', () => {
    expect(deckAddress('/')).toBe(true);
    expect(deckAddress('/index.html', '')).toBe(true);
    expect(deckAddress('/', '?token=abc')).toBe(true);
    // Electron's presenter window (windows/security.ts deckWindowUrl), a copied slide link (renderer deep-link.ts).
    expect(deckAddress('/index.html', '?view=presenter')).toBe(false);
    expect(deckAddress('/', '?token=abc&slide=3')).toBe(false);
    expect(deckAddress('/', '?lang=en')).toBe(false);
    expect(deckAddress('/presenter', '')).toBe(false);
    expect(deckAddress('/print.html', '')).toBe(false);
  });
});

describe('served by main', () => {
  let t: ReturnType<typeof tempDir>;
  let store: Store;
  let hub: PresentationHub;
  let handlers: Handlers;
  let renderer: string;
  let index: number;
  beforeAll(() => {
    t = tempDir();
    renderer = join(t.dir, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), PAGE);
    store = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
    hub = new PresentationHub();
    handlers = createHandlers(store, 'test', hub);
    const deck = getDeck(store.db, 1)!;
    index = deck.slides.findIndex((s) => s.chart);
    hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
  });
  afterAll(() => {
    store.close();
    t.cleanup();
  });

  /** A window sends the frame of what the page opens now, as it would after its first slide. */
  const send = async (title = '标题') => {
    const answer = firstOpenPreview(handlers)!().answer;
    const key = frameKeyOf(frameBasis(answer, G, BUILD)!);
    return dispatch(handlers, 'window.frame', { key, frame: JSON.stringify(tree(title)) });
  };
  const served = () => servedFrame(handlers, firstOpenPreview(handlers)!(), PICTURE, G, renderer);

  it('serves the frame of exactly what the page opens, and none after a figure is corrected', async () => {
    expect(served()).toBeUndefined();
    expect(await send()).toEqual({ ok: true, value: { kept: true } });
    expect(served()?.element).toContain('标题');
    // Another geometry, no picture, another build: none.
    expect(servedFrame(handlers, firstOpenPreview(handlers)!(), PICTURE, { ...G, windowWidth: 1599 }, renderer)).toBeUndefined();
    expect(servedFrame(handlers, firstOpenPreview(handlers)!(), undefined, G, renderer)).toBeUndefined();
    // The hub's revision moves (the same slide opened again): still the same frame.
    const deck = getDeck(store.db, 1)!;
    hub.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index });
    expect(served()).toBeDefined();
    // A correction of any figure of the report: the frame is not served again until a window sends a new one.
    const figure = listFigures(store.db, deck.reportId)[0]!;
    const fixed = await dispatch(handlers, 'figure.update', {
      figureId: figure.id,
      expectedVersion: figure.version,
      patch: { valueText: String(Number(figure.valueText) + 1) },
      reason: '核对原文',
    });
    expect(fixed.ok).toBe(true);
    expect(served()).toBeUndefined();
    // Another slide on the hub: none.
    await send('新标题');
    expect(served()?.element).toContain('新标题');
    hub.act({ type: 'goto', index: index + 1 });
    expect(served()).toBeUndefined();
    hub.act({ type: 'goto', index });
    expect(served()?.element).toContain('新标题');
  });

  it('keeps the frame beside the chart pictures: a restarted app serves it, under its exact key only', async () => {
    await send('重启前');
    const file = join(t.dir, 'chart-pictures', FIRST_FRAME_FILE);
    expect(existsSync(file)).toBe(true);
    // A restart: the store opened again, new handlers and hub, nothing in memory.
    const again = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
    try {
      const hubAgain = new PresentationHub();
      const restarted = createHandlers(again, 'test', hubAgain);
      const deck = getDeck(again.db, 1)!;
      const servedAgain = () => servedFrame(restarted, firstOpenPreview(restarted)!(), PICTURE, G, renderer);
      hubAgain.act({ type: 'open', deckId: deck.id, total: deck.slides.length, index: index + 1 });
      expect(servedAgain(), 'another slide on the hub: none').toBeUndefined();
      hubAgain.act({ type: 'goto', index });
      expect(servedAgain()?.element).toContain('重启前');
      // Another geometry (the restarted app plans another window): none.
      expect(servedFrame(restarted, firstOpenPreview(restarted)!(), PICTURE, { ...G, dpr: 2 }, renderer)).toBeUndefined();
      // A figure corrected in the new run: the frame on disk is never served again.
      const figure = listFigures(again.db, deck.reportId)[0]!;
      const fixed = await dispatch(restarted, 'figure.update', {
        figureId: figure.id,
        expectedVersion: figure.version,
        patch: { valueText: String(Number(figure.valueText) + 1) },
        reason: '核对原文',
      });
      expect(fixed.ok).toBe(true);
      expect(servedAgain()).toBeUndefined();
    } finally {
      again.close();
    }
    // What the file holds is checked again when read: a frame edited on disk to hold a script is not served.
    await send('又一次');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; frame: string };
    writeFileSync(file, JSON.stringify({ key: kept.key, frame: kept.frame.replace('"t":"h1"', '"t":"script"') }));
    const third = createHandlers(store, 'test', hub);
    expect(servedFrame(third, firstOpenPreview(third)!(), PICTURE, G, renderer)).toBeUndefined();
    writeFileSync(file, JSON.stringify(kept));
    const fourth = createHandlers(store, 'test', hub);
    expect(servedFrame(fourth, firstOpenPreview(fourth)!(), PICTURE, G, renderer)?.element).toContain('又一次');
    writeFileSync(file, '{"key":');
    const fifth = createHandlers(store, 'test', hub);
    expect(servedFrame(fifth, firstOpenPreview(fifth)!(), PICTURE, G, renderer)).toBeUndefined();
  });

  it('keeps no frame that is not one, and refuses a key that is not a hash', async () => {
    expect(await dispatch(handlers, 'window.frame', { key: '0'.repeat(64), frame: '[{"t":"script"}]' })).toEqual({
      ok: true,
      value: { kept: false },
    });
    expect((await dispatch(handlers, 'window.frame', { key: 'x', frame: '[]' })).ok).toBe(false);
    expect((await dispatch(handlers, 'window.frame', { key: '0'.repeat(64), frame: 'x'.repeat(FRAME_LIMITS.chars + 1) })).ok).toBe(false);
  });
});
