/**
 * The window's side of the first frame (shared/first-frame.ts, issue #24).
 *
 * Served: the page may carry the first frame a window last rendered of the slide it opens (main serves it
 * only under the key of what this page opens now: main/web/first-frame.ts). It stands over the app's mount
 * point until the app's own slide is complete, and goes then (`dropServedFrame`); at once when this window
 * will not open what it shows (a deep link, a presenter window, a remembered slide, another theme or
 * language), and after FRAME_AT_MOST_MS whatever happens, so it never outlives the start.
 *
 * Sent: once this window's first slide is complete, if it is exactly what the page's inline answer opened
 * (no change heard since: the same report, figures and deck objects, the hub's slide as answered), the
 * window sends main the markup of its view then (`frameTree`) and the key of what it follows from.
 */
import type { AppApi, BriefingOpen } from '../../shared/api';
import { FIRST_FRAME_ELEMENT, FRAME_LIMITS, canonicalJson, frameBasis, type FrameNode } from '../../shared/first-frame';
import type { PresentationState } from '../../shared/presentation';
import type { WindowGeometry } from '../../shared/window-geometry';
import { afterNextPaint } from '../lib/after-paint';

/** However the start goes, the served frame is gone this long after the page's scripts began. */
export const FRAME_AT_MOST_MS = 5000;

/** The served frame's element, if the page carries one still. */
export const servedFrame = (): HTMLElement | null =>
  typeof document === 'undefined' ? null : document.getElementById(FIRST_FRAME_ELEMENT);

/** Remove the served frame (the live page shows from the next frame on). */
export function dropServedFrame(): void {
  servedFrame()?.remove();
}

let deadline: ReturnType<typeof setTimeout> | undefined;

/**
 * At the page's boot (state/early-open.ts): the frame stays only for a window that opens what it shows
 * (`opens`: the page's answer is this window's; no address after `#`: no deep link, not the presenter).
 */
export function checkServedFrame(opens: boolean): void {
  if (!servedFrame()) return;
  if (!opens || location.hash !== '') return dropServedFrame();
  deadline ??= setTimeout(dropServedFrame, FRAME_AT_MOST_MS);
}

/** How long the app waits, at most, for a served frame to be shown complete before it mounts (servedFrameShown). */
export const FRAME_WAIT_MS = 250;

/**
 * Resolves once the served frame is on screen complete — its images decoded, the fonts asked for at the
 * page's boot (its slide's text: state/early-open.ts) loaded, and a frame rendered after that — or after
 * `capMs`; null (no wait) when no frame is served, or when it is not shown (a viewport of another size or ratio:
 * its media query hides it, and it goes). The app mounts after it (main.ts): a page's module scripts, ready
 * from the cache, ran before the browser rendered any frame, so without this wait the served frame was first
 * painted only once the app was mounted and its slide being built (warm loads: 100–400 ms after the frame
 * was parsed), most of what it is there to save.
 */
export function servedFrameShown(capMs = FRAME_WAIT_MS): Promise<void> | null {
  const frame = servedFrame();
  if (!frame) return null;
  if (!frame.checkVisibility()) {
    dropServedFrame();
    return null;
  }
  // Once per page: the boot waits for it before it loads the app's entry (startDeferredEntry), and the entry then
  // mounts at once, not a frame later.
  if (!shownOnce) {
    const images = Array.from(frame.querySelectorAll('img'), (i) => i.decode().catch(() => {}));
    // Marked only when the frame was shown before the wait gave up: the entry then came after its paint.
    let gaveUp = false;
    const complete = Promise.all([document.fonts.ready, ...images])
      .then(() => afterNextPaint())
      .then(() => void (gaveUp || performance.mark(FRAME_SHOWN_MARK)));
    const cap = new Promise<void>((done) => setTimeout(done, capMs)).then(() => void (gaveUp = true));
    shownOnce = Promise.race([complete, cap]);
  }
  return shownOnce;
}

let shownOnce: Promise<void> | undefined;

/** Marked when the served frame was on screen complete (not when servedFrameShown gave up waiting). */
export const FRAME_SHOWN_MARK = 'briefing-desk.frame-shown';

/** The app's entry a page served with a frame names for its boot to load (main/web/first-page.ts withDeferredEntry). */
const ENTRY = /^\.\/assets\/[\w.-]+\.js$/;

/**
 * On a page main served with a first frame, its module script is this boot chunk, and the app's entry (Svelte, the
 * app, the slides: main.ts) is named in the script's data-entry (main/web/first-page.ts withDeferredEntry). It is
 * loaded here once the frame is on screen complete (servedFrameShown, at most FRAME_WAIT_MS): a module script
 * found in the cache runs before the browser renders a frame, so the entry named in the page's script was
 * evaluated before the frame was first painted (warm loads of the first chart slide: 35–90 ms of the main
 * thread, traced). Its chunks are modulepreloaded by the page meanwhile. The frame is checked first against the
 * theme and language this window will show (`look`), as main.ts checks it when the entry is the page's script.
 */
export function startDeferredEntry(look: { theme: string; lang: string }): void {
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][data-entry]')?.dataset.entry;
  if (!entry || !ENTRY.test(entry)) return;
  checkFrameLook(look.theme, look.lang);
  const load = () => import(/* @vite-ignore */ new URL(entry, document.baseURI).href);
  void (servedFrameShown() ?? Promise.resolve()).then(load, load);
}

/** Once the settings are read (main.ts): the frame stays only in the theme and language it was rendered in. */
export function checkFrameLook(theme: string, lang: string): void {
  const frame = servedFrame();
  if (frame && (frame.dataset.theme !== theme || frame.dataset.lang !== lang)) dropServedFrame();
}

/** The answer this page was served with and opened (state/early-open.ts), if it took it. */
let opened: BriefingOpen | null = null;

export function noteInlineAnswer(answer: BriefingOpen): void {
  opened = answer;
}

/** What the window shows now, as the deck store holds it. */
export interface ShownNow {
  reports: unknown;
  report: unknown;
  figures: unknown;
  deck: unknown;
  presentation: PresentationState;
  index: number;
  step: number;
  /** The current slide's ink. */
  ink: readonly unknown[];
}

/** Whether `now` is still exactly the answer the page opened: nothing changed since (objects are replaced whole on a change). */
export function stillOpened(answer: BriefingOpen, now: ShownNow): boolean {
  const p = answer.presentation;
  if (!p || now.reports !== answer.reports || now.report !== answer.report || now.figures !== answer.figures || now.deck !== answer.deck)
    return false;
  const show = (s: PresentationState) => canonicalJson([s.deckId, s.screen, s.pointer, s.zoom, s.presenting, s.hidden]);
  return now.index === p.index && now.step === p.step && now.ink.length === 0 && show(now.presentation) === show(p);
}

/**
 * The markup of `root`'s children as a frame: the slide on stage only (not its neighbours prepared off
 * stage), no ink layer, no chart still; the chart's canvas as the picture main fills in. Null when the view
 * holds something a frame cannot show (an image, a canvas that is not a chart, more than one chart).
 */
export function frameTree(root: Element): FrameNode[] | null {
  let charts = 0;
  let refused = false;
  const walk = (node: Node): FrameNode | null => {
    if (node.nodeType === 3) return node.textContent ?? ''; // a text
    if (node.nodeType !== 1) return null; // not an element (Svelte's comment anchors)
    const el = node as Element;
    const tag = el.localName;
    if (el.matches('.prepared > .slot:not([data-current])')) return null;
    if (tag === 'canvas') {
      if (el.classList.contains('ink')) return null;
      if (!el.closest('[data-chart-drawing]') || el.getAttribute('data-drawn') !== 'true') {
        refused = true;
        return null;
      }
      charts++;
      const style = (el.getAttribute('style') ?? '').replace(/(^|;)\s*visibility:[^;]*;?/g, '$1').trim();
      const a: Record<string, string> = { style };
      if (el.getAttribute('class')) a.class = el.getAttribute('class')!;
      const type = el.getAttribute('data-chart-type');
      if (type) a['data-chart-type'] = type;
      return { t: 'picture', a };
    }
    if (tag === 'img' && el.classList.contains('still')) return null;
    if (['img', 'script', 'style', 'iframe', 'template', 'object', 'embed'].includes(tag)) {
      refused = true;
      return null;
    }
    const a: Record<string, string> = {};
    for (const { name, value } of Array.from(el.attributes)) if (!name.startsWith('on')) a[name] = value;
    const c: FrameNode[] = [];
    for (const child of Array.from(el.childNodes)) {
      const n = walk(child);
      if (n !== null && n !== '') c.push(n);
    }
    return { t: tag, ...(Object.keys(a).length ? { a } : {}), ...(c.length ? { c } : {}) };
  };
  const tree: FrameNode[] = [];
  for (const child of Array.from(root.childNodes)) {
    const n = walk(child);
    if (n !== null && n !== '') tree.push(n);
  }
  return refused || charts !== 1 ? null : tree;
}

/** The app page's entry script, as main names the build (shared/first-frame.ts pageBuild). */
export function pageBuildHere(): string {
  const script = document.querySelector('script[type="module"][src]');
  // On a page served with a frame, the entry its boot script names (startDeferredEntry).
  const src = script?.getAttribute('data-entry') ?? script?.getAttribute('src') ?? '';
  return /(assets\/[\w.-]+\.js)$/.exec(src)?.[1] ?? '';
}

/** SHA-256 of `text`, hex (the key main works out with node:crypto). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

let sent = false;

/**
 * Once, when the first slide is complete: the frame of `root` (the app's mount point) and its key, sent to
 * main, if the window still shows exactly the answer the page opened. Nothing is sent otherwise.
 */
export async function sendFirstFrame(
  api: Pick<AppApi, 'window.frame'>,
  root: Element,
  now: ShownNow,
  geometry: WindowGeometry,
): Promise<boolean> {
  if (sent || !opened || !stillOpened(opened, now)) return false;
  sent = true;
  const build = pageBuildHere();
  const basis = build ? frameBasis(opened, geometry, build) : null;
  // Taken in this task, with the check above: the markup is that of the answer the key names.
  const tree = basis ? frameTree(root) : null;
  if (!basis || !tree) return false;
  const frame = JSON.stringify(tree);
  if (frame.length > FRAME_LIMITS.chars || typeof crypto === 'undefined' || !crypto.subtle) return false;
  const key = await sha256Hex(basis);
  return (await api['window.frame']({ key, frame })).kept;
}
