/**
 * When a print page may be printed: every chart drawn and every glyph of every weight loaded. Charts
 * register the promise of their drawing (charts/drawings.ts); the page waits for all of them, then for the fonts.
 */
import { loadBundledFonts } from '../lib/fonts';

export { chartsDrawn, drawChartsAfter } from '../charts/drawings';

/**
 * Load both bundled weights for `text` (the page's own text plus what only CSS adds: running heads,
 * page numbers), then wait for any load still in flight. Reading document.fonts.ready lays the page out
 * (Blink does it there and then, to find loads the layout would start): read it before the charts go in.
 */
export async function fontsLoaded(text: string): Promise<void> {
  await loadBundledFonts(text);
  await document.fonts.ready;
}

/**
 * The 公文 page numbers ("— n —") live in page-margin boxes, which no laid-out text asks a font for: load
 * their face (the bundled Song's Latin slice, gongwen.css) explicitly. A PC's own Song is local: nothing to fetch.
 */
export async function gongwenPageFontLoaded(): Promise<void> {
  await document.fonts.load('400 14pt "Noto Serif SC"', '— 0123456789');
}
