/**
 * When a print page may be printed: every chart drawn and every glyph of every weight loaded. Charts
 * register the promise of their drawing here; the page waits for all of them, then for the fonts.
 */
import { loadBundledFonts } from '../lib/fonts';

const pending = new Set<Promise<unknown>>();

export function trackChart(p: Promise<unknown>): void {
  pending.add(p);
}

/** Resolves once every chart registered so far has drawn (rejects with the first failure). */
export async function chartsDrawn(): Promise<number> {
  await Promise.all(pending);
  return pending.size;
}

/**
 * Load both bundled weights for `text` (the page's own text plus what only CSS adds: running heads,
 * page numbers), then wait for any load still in flight.
 */
export async function fontsLoaded(text: string): Promise<void> {
  await loadBundledFonts(text);
  await document.fonts.ready;
}
