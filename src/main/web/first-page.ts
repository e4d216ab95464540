/**
 * The app page as the main process serves it (web bridge and app:// alike): index.html with the answer to
 * the window's first `briefing.open` inlined (shared/first-open.ts), so the first slide needs no round trip.
 * Computed per request, from the store and hub as they are then: never a stale deck.
 *
 * On the deck window's own address (`/`), also the first frame a window last rendered of that very slide
 * (web/first-frame.ts), when its key is the key of what this page opens now: the same answer (the store's
 * current report, figures and deck, the hub's slide), the same window geometry and the same build, with
 * main's picture of its chart, and the page's stylesheets inlined (as its static floor has them). Any
 * difference: no frame, and the page renders as it always did.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { frameBasis, pageBuild } from '../../shared/first-frame';
import { withInlineOpen, type FirstPicture, type InlineOpen } from '../../shared/first-open';
import type { WindowGeometry } from '../../shared/window-geometry';
import { firstOpenPreview, firstPictures, keptFrame } from '../api/handlers';
import { firstPicture } from '../charts/first-picture';
import { log } from '../log';
import { frameElement, frameKeyOf, frameText, withDeferredEntry, withFontPreloads, withFrame, withInlineStyles } from './first-frame';

/** The addresses of the deck window (the presenter's and the print pages' are others). */
const DECK_PATHS = new Set(['/', '/index.html']);

/**
 * Whether a page asked for at `pathname` + `search` is the plain deck view, the only one a frame is served
 * in. Main never sees an address's `#` part, so the windows that open another view carry a query it does
 * see: Electron's presenter window (`?view=presenter#presenter`: windows/deck.ts) and a copied slide link
 * (`?slide=N#/slide/N`: renderer/state/deep-link.ts). Any query but the bridge's token: no frame.
 */
export function deckAddress(pathname: string, search = ''): boolean {
  if (!DECK_PATHS.has(pathname)) return false;
  const query = new URLSearchParams(search);
  query.delete('token');
  return [...query.keys()].length === 0;
}

const builds = new Map<string, { mtimeMs: number; build: string }>();

/** The entry script of the app page in `rendererDir`, read again when the page is another file. */
function buildOf(rendererDir: string): string {
  const file = join(rendererDir, 'index.html');
  const { mtimeMs } = statSync(file);
  const hit = builds.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.build;
  const build = pageBuild(readFileSync(file, 'utf8'));
  builds.set(file, { mtimeMs, build });
  return build;
}

/** The served frame for `inline` in a window of `geometry`, or undefined (see the module's note). */
export function servedFrame(
  handlers: Handlers,
  inline: InlineOpen,
  picture: FirstPicture | undefined,
  geometry: WindowGeometry | null,
  rendererDir: string,
): { element: string; theme: WindowGeometry['theme']; text: string } | undefined {
  const frame = keptFrame(handlers);
  if (!frame || !picture || !geometry) return undefined;
  const build = buildOf(rendererDir);
  const basis = build ? frameBasis(inline.answer, geometry, build) : null;
  if (!basis || frameKeyOf(basis) !== frame.key) return undefined;
  const element = frameElement(frame, picture, geometry);
  return element ? { element, theme: geometry.theme, text: frameText(frame.tree) } : undefined;
}

/**
 * The change to make to `file` before it is sent, or undefined: not the app page, or nothing to inline.
 * `pathname` and `search`: the address asked for (only the plain deck view's gets the first frame: deckAddress).
 */
export function firstPage(
  rendererDir: string,
  file: string,
  handlers: Handlers,
  pathname = '',
  search = '',
): ((html: string) => string) | undefined {
  if (resolve(file) !== join(resolve(rendererDir), 'index.html')) return undefined;
  const preview = firstOpenPreview(handlers);
  if (!preview) return undefined;
  try {
    const inline = preview();
    // The picture of its chart made by main, when one is kept (charts/first-picture.ts).
    const pictures = firstPictures(handlers);
    const picture = pictures ? firstPicture(inline, rendererDir, pictures.dir, pictures.geometry) : undefined;
    const frame = deckAddress(pathname, search)
      ? servedFrame(handlers, inline, picture, pictures?.geometry ?? null, rendererDir)
      : undefined;
    return (html) => {
      const page = withInlineOpen(html, picture ? { ...inline, picture } : inline);
      if (!frame) return page;
      const styled = withInlineStyles(page, rendererDir);
      // Its own font slices preloaded, only when the stylesheets could be inlined (their faces are then in the page).
      return withDeferredEntry(withFrame(styled === page ? page : withFontPreloads(styled, frame.text), frame.element, frame.theme));
    };
  } catch (e) {
    // The page asks for it itself, as it always could.
    log('first-page.error', { code: (e as { code?: string })?.code ?? 'INTERNAL' });
    return undefined;
  }
}
