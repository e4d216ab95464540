/**
 * The first frame a window rendered (shared/first-frame.ts), kept by main and served inside the next app page
 * of the same key, so that page shows its first slide before any script has run (issue #24).
 *
 * Main writes the markup itself from the tree the window sent, so nothing the window sent is ever parsed as
 * HTML here: every text and attribute value is escaped, elements are only those a slide is made of (no
 * script, style, link, iframe, form, a, button or canvas: a frame holding one is refused whole), no event
 * attribute (`on…`), no id (the live page's own), no address (href, src, url() in a style). The page's CSP
 * stays what it is (no inline script at all): the frame is markup and one <style> main writes.
 *
 * The chart is main's picture of it (charts/first-picture.ts), served only when exactly keyed and its box
 * is the box the window's canvas had. The frame shows only in a viewport of the size and pixel ratio it was
 * rendered at (a media query: no script needed to tell), and the app removes it once its own slide is
 * complete (renderer/state/first-frame.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_FRAME_ELEMENT, FRAME_LIMITS, type FrameNode } from '../../shared/first-frame';
import type { FirstPicture } from '../../shared/first-open';
import type { WindowGeometry } from '../../shared/window-geometry';

/** The elements a slide's markup is made of (HTML and the inline SVG of its icons). */
const ELEMENTS = new Set([
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'main',
  'article',
  'section',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'em',
  'b',
  'i',
  'small',
  'sub',
  'sup',
  'mark',
  'br',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'pattern',
  'lineargradient',
  'stop',
  'picture',
]);
const VOID = new Set(['br', 'hr']);
/** Attributes never kept: the live page's ids, focus order. A frame is not interactive. */
const DROPPED = new Set(['id', 'tabindex', 'autofocus', 'contenteditable', 'draggable']);
/** Attributes that name an address or run something: a frame with one is refused. */
const REFUSED = /^(on|href$|src$|srcset$|xlink:href$|action$|formaction$|poster$|background$|ping$)/;

/** A kept frame: its key and the window's tree, checked. */
export interface KeptFrame {
  key: string;
  tree: FrameNode[];
}

/** `s` safe as an HTML text or a double-quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The window's frame (its JSON), checked; null when it is not a frame this module serves. */
export function readFrame(json: string): FrameNode[] | null {
  if (json.length > FRAME_LIMITS.chars) return null;
  let tree: unknown;
  try {
    tree = JSON.parse(json);
  } catch {
    return null;
  }
  let nodes = 0;
  let pictures = 0;
  const ok = (n: unknown, depth: number): boolean => {
    if (++nodes > FRAME_LIMITS.nodes || depth > FRAME_LIMITS.depth) return false;
    if (typeof n === 'string') return true;
    if (!n || typeof n !== 'object' || Array.isArray(n)) return false;
    const { t, a, c, ...rest } = n as { t?: unknown; a?: unknown; c?: unknown };
    if (Object.keys(rest).length > 0 || typeof t !== 'string' || !ELEMENTS.has(t.toLowerCase())) return false;
    if (t === 'picture' && ++pictures > 1) return false;
    if (a !== undefined) {
      if (!a || typeof a !== 'object' || Array.isArray(a)) return false;
      for (const [name, value] of Object.entries(a)) {
        if (typeof value !== 'string' || !/^[a-zA-Z][\w:.-]*$/.test(name) || REFUSED.test(name.toLowerCase())) return false;
        if (name === 'style' && /url\s*\(|expression\s*\(|@import|\\/i.test(value)) return false;
      }
    }
    if (c !== undefined && (!Array.isArray(c) || (c.length > 0 && VOID.has(t)) || !c.every((x) => ok(x, depth + 1)))) return false;
    return true;
  };
  return Array.isArray(tree) && tree.every((n) => ok(n, 0)) && pictures === 1 ? (tree as FrameNode[]) : null;
}

/** The CSS box a picture placeholder's style gives (Chart.js's canvas style: `width: …px; height: …px`), or null. */
export function pictureBox(tree: FrameNode[]): { width: number; height: number } | null {
  for (const n of tree) {
    if (typeof n === 'string') continue;
    if (n.t === 'picture') {
      const style = n.a?.style ?? '';
      const w = /(?:^|;)\s*width:\s*([\d.]+)px/.exec(style)?.[1];
      const h = /(?:^|;)\s*height:\s*([\d.]+)px/.exec(style)?.[1];
      return w && h ? { width: Number(w), height: Number(h) } : null;
    }
    const inner = n.c ? pictureBox(n.c) : null;
    if (inner) return inner;
  }
  return null;
}

/** The frame's markup: escaped, `picture` as an <img> of main's picture. */
export function frameMarkup(tree: FrameNode[], png: string): string {
  const out: string[] = [];
  const write = (n: FrameNode) => {
    if (typeof n === 'string') return void out.push(escapeHtml(n));
    const tag = n.t === 'picture' ? 'img' : n.t;
    out.push('<', tag);
    for (const [name, value] of Object.entries(n.a ?? {})) {
      if (DROPPED.has(name.toLowerCase())) continue;
      // The live page's test ids are its own: the frame's carry another name (bench and tests read them).
      const as = name === 'data-testid' ? 'data-frame-testid' : name;
      out.push(' ', as, '="', escapeHtml(value), '"');
    }
    if (n.t === 'picture') out.push(' src="', escapeHtml(png), '" alt="" data-drawn="true" data-picture="main"');
    out.push('>');
    if (tag === 'img' || VOID.has(tag)) return;
    for (const c of n.c ?? []) write(c);
    out.push('</', tag, '>');
  };
  for (const n of tree) write(n);
  return out.join('');
}

/** A media query that holds only in a viewport of `g`'s size and pixel ratio. */
export function frameMedia(g: WindowGeometry): string {
  const px = (v: number) => `${Math.round(v * 1000) / 1000}px`;
  return `(width: ${px(g.windowWidth)}) and (height: ${px(g.windowHeight)}) and (resolution: ${g.dpr}dppx)`;
}

/** The frame's key as main works it out from a basis (shared/first-frame.ts frameBasis). */
export const frameKeyOf = (basis: string): string => createHash('sha256').update(basis).digest('hex');

/**
 * The element served in the app page: hidden unless the viewport is the frame's, over the app's mount point
 * until the app removes it. `inert`: not focusable, not in the accessibility tree, not hit by the pointer.
 */
export function frameElement(frame: KeptFrame, picture: FirstPicture, g: WindowGeometry): string | null {
  const box = pictureBox(frame.tree);
  // The picture is drawn for a box: the canvas it stands for must have been shown at that box, as Chart.js
  // sizes it (rounded to a tenth of a pixel), or as the window sizes a canvas it drew main's picture on (its
  // bitmap in layout pixels: renderer/charts/picture-cache.ts).
  const near = (w: number, h: number) => !!box && Math.abs(box.width - w) <= 0.1 && Math.abs(box.height - h) <= 0.1;
  const { ratio } = picture;
  if (!near(picture.box.width, picture.box.height) && !near(picture.bitmapWidth / ratio, picture.bitmapHeight / ratio)) return null;
  const id = FIRST_FRAME_ELEMENT;
  const style =
    `#${id}{display:none;position:fixed;inset:0;z-index:2147483647}` +
    `#${id}>.first-frame-app{height:100%}` +
    `@media ${frameMedia(g)}{#${id}{display:block}}`;
  return (
    `<div id="${id}" inert aria-hidden="true" data-key="${escapeHtml(frame.key)}" data-theme="${escapeHtml(g.theme)}" data-lang="${escapeHtml(g.lang)}">` +
    `<style>${style}</style><div class="first-frame-app">${frameMarkup(frame.tree, picture.png)}</div></div>`
  );
}

/**
 * The app page `html` with `element` right after the app's mount point (after it in the document, so a
 * query for the app's own elements meets the live ones first), and the theme it was rendered in on <html>.
 * Unchanged when the page has no empty mount point.
 */
export function withFrame(html: string, element: string, theme: WindowGeometry['theme']): string {
  const mount = '<div id="app"></div>';
  const at = html.indexOf(mount);
  if (at < 0) return html;
  const end = at + mount.length;
  const page = html.slice(0, end) + element + html.slice(end);
  return page.replace(/<html(\s|>)/i, (_m, after: string) => `<html data-theme="${escapeHtml(theme)}"${after}`);
}

/** The page's module script (the app's entry, as the build writes it) and the boot chunk it modulepreloads. */
const ENTRY_SCRIPT = /<script type="module"( crossorigin)? src="(\.\/assets\/[\w.-]+\.js)"><\/script>/;
/** The app page's boot (renderer/boot.ts), a chunk of its own: electron.vite.config.ts names it `transport`. */
const BOOT_CHUNK = /<link rel="modulepreload" crossorigin href="(\.\/assets\/transport-[\w-]+\.js)">/;

/**
 * A page served with a frame gets the boot chunk as its module script, the app's entry named in its data-entry:
 * the boot loads the entry once the frame is on screen (renderer/state/first-frame.ts startDeferredEntry). A
 * module script found in the cache runs before the browser renders any frame, so the entry's evaluation came
 * before the frame's first paint. Unchanged when either is not found (another build's page).
 */
export function withDeferredEntry(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html);
  const boot = BOOT_CHUNK.exec(html);
  if (!entry || !boot) return html;
  // The entry stays preloaded, as its script tag had it fetched and compiled beside the frame (a cold load).
  const tag = `<script type="module"${entry[1] ?? ''} src="${boot[1]}" data-entry="${entry[2]}"></script>`;
  return html.replace(entry[0], `${tag}<link rel="modulepreload"${entry[1] ?? ''} href="${entry[2]}">`);
}

const styles = new Map<string, { mtimeMs: number; css: string | null }>();

/**
 * `file`'s CSS (`href`: its address in the page, `assets/….css`) as it reads inside the page: its relative
 * url()s (the font files beside it) made relative to the page. Null when it has one this cannot place (up a
 * folder) or cannot be read. Read again when the file changes.
 */
function pageCss(rendererDir: string, href: string): string | null {
  const file = join(rendererDir, href);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const hit = styles.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.css;
  const folder = href.slice(0, href.lastIndexOf('/') + 1);
  let placed = true;
  const css = readFileSync(file, 'utf8').replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _q: string, ref: string) => {
    if (/^(data:|blob:|#)/i.test(ref)) return whole;
    if (/^([a-z][\w+.-]*:|\/)/i.test(ref) || ref.includes('..') || /[\s"'\\<>]/.test(ref)) {
      placed = false;
      return whole;
    }
    return `url("./${folder}${ref.replace(/^\.\//, '')}")`;
  });
  const out = placed ? css.replace(/<\/style/gi, '<\\/style') : null;
  styles.set(file, { mtimeMs, css: out });
  return out;
}

/**
 * The app page `html` with its stylesheets inlined (each in a <style> where its <link> was: the same cascade),
 * as the static floor of issue #24 has them: a page with a served frame then paints it as soon as it is
 * parsed, without first loading its stylesheets (warm, from the cache into a new renderer process: 100–250
 * ms under load, against 20–90 inlined). Unchanged when any of them cannot be inlined.
 */
export function withInlineStyles(html: string, rendererDir: string): string {
  const links = /<link rel="stylesheet"[^>]*href="\.?\/?(assets\/[\w.-]+\.css)"[^>]*>/g;
  let whole = true;
  const page = html.replace(links, (_m, href: string) => {
    const css = pageCss(rendererDir, href);
    if (css === null) whole = false;
    return `<style data-href="${escapeHtml(href)}">${css ?? ''}</style>`;
  });
  return whole ? page : html;
}

/** The texts of a frame, in order. */
export function frameText(tree: FrameNode[]): string {
  return tree.map((n) => (typeof n === 'string' ? n : frameText(n.c ?? []))).join('');
}

/** Whether a CSS `unicode-range` (`U+4E00-4E09,U+4E0B,U+4E?? …`) holds any of `points`. */
export function rangeHolds(range: string, points: ReadonlySet<number>): boolean {
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    for (const p of points) if (p >= lo && p <= hi) return true;
  }
  return false;
}

/** The bundled face whose slices the app asks for with the first slide's text (renderer/lib/fonts.ts). */
const FRAME_FONT = /font-family:\s*["']?Noto Sans SC["']?\s*[;}]/;

/**
 * The page `html` (its stylesheets inlined: withInlineStyles) with a preload, at the top of its head, of each
 * slice of the app's own face (regular and bold, as the app asks for them at boot: renderer/lib/fonts.ts) that
 * holds a character of `text`, the frame's: they are fetched while the page is parsed, not only once its
 * style and layout have asked for them, so the frame shows complete sooner. Unchanged when none is found.
 */
export function withFontPreloads(html: string, text: string): string {
  const points = new Set(Array.from(text, (c) => c.codePointAt(0)!));
  const hrefs = new Set<string>();
  for (const m of html.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const face = m[1]!;
    if (!FRAME_FONT.test(face)) continue;
    const href = /url\("(\.\/assets\/[\w.-]+\.woff2)"\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
    if (href && range && rangeHolds(range, points)) hrefs.add(href);
  }
  if (hrefs.size === 0) return html;
  const links = Array.from(hrefs, (h) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(h)}">`).join('');
  return html.replace(/<head(\s[^>]*)?>/i, (head) => head + links);
}
