/**
 * Deep links: `#/slide/N` (1-based) opens slide N — on load (the first `briefing.open` asks the hub for
 * it) and whenever the hash changes; the hash follows the current slide with history.replaceState, so
 * paging does not flood Back. The web bridge's address works the same (`/?token=…#/slide/12`).
 * Electron's presenter window keeps its own `#presenter` hash.
 */

const SLIDE_HASH = /^#\/slide\/(\d{1,6})\/?$/;

/** The slide index (0-based) a hash names, or null when it names none (`#/slide/0`, other hashes). */
export function slideFromHash(hash: string): number | null {
  const m = SLIDE_HASH.exec(hash);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n - 1 : null;
}

export const slideHash = (index: number): string => `#/slide/${index + 1}`;

/**
 * The link to slide `index` for another window: this page's address as the audience view (not /presenter,
 * not Electron's #presenter and its `?view=presenter`), without the bridge's token (it is this browser's
 * key, never put in a link). A tab of the same browser opened from it gets the token from an open tab
 * (lib/api.ts); elsewhere it opens nothing. The slide is also in the query (`?slide=N`), which main sees
 * (it never sees the hash): a page opening a slide of its own is served no first frame of the hub's slide
 * (main/web/first-page.ts deckAddress).
 */
export function slideLink(href: string, index: number): string {
  const url = new URL(href);
  url.searchParams.delete('token');
  url.searchParams.delete('view');
  url.pathname = url.pathname.replace(/\/presenter\/?$/, '/');
  return slideAddress(url.toString(), index);
}

/** Whether this window's hash is its own (Electron's presenter view), not a slide's. */
const ownHash = (hash: string) => hash.startsWith('#presenter');

/**
 * Put the current slide in the address bar, replacing the entry (Back leaves the deck, not the last slide):
 * in the hash, and in the query too (`?slide=N`), which main sees on a reload: a page reloaded on its own
 * slide is served no first frame of the hub's (main/web/first-page.ts deckAddress; main never sees the hash).
 */
export function showSlideInAddress(index: number): void {
  if (ownHash(location.hash)) return;
  const next = slideAddress(location.href, index);
  if (next !== location.href) history.replaceState(history.state, '', next);
}

/** `href` with slide `index` in its query and hash, the rest kept. */
export function slideAddress(href: string, index: number): string {
  const url = new URL(href);
  url.searchParams.set('slide', String(index + 1));
  url.hash = slideHash(index);
  return url.toString();
}

/** Call `go` with the slide of every hash typed or followed later (not our own replaceState). */
export function onSlideHash(go: (index: number) => void): () => void {
  const listener = () => {
    const i = slideFromHash(location.hash);
    if (i !== null) go(i);
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
