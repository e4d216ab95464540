/**
 * The bundled Noto Sans SC comes in two weights, each split into ~100 unicode-range files; the browser
 * fetches a file only when text asks for it. Canvas text never asks, and print must not start before
 * every glyph is in: these load the files that hold `text`, in both weights, explicitly.
 */
export const BUNDLED_FONT = '"Noto Sans SC", sans-serif';

/** The bundled weights: regular and bold. */
export type FontWeight = 400 | 700;

export async function loadBundledFonts(text: string, weights: readonly FontWeight[] = [400, 700]): Promise<void> {
  await Promise.all(weights.map((w) => document.fonts.load(`${w} 16px ${BUNDLED_FONT}`, text)));
}
