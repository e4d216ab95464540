/**
 * The bundled Noto Sans SC comes in two weights, each split into ~100 unicode-range files; the browser
 * fetches a file only when text asks for it. Canvas text never asks, and print must not start before
 * every glyph is in: these load the files that hold `text`, in both weights, explicitly.
 */
export const BUNDLED_FONT = '"Noto Sans SC", sans-serif';

/** The bundled weights: regular and bold. */
export type FontWeight = 400 | 700;

export async function loadBundledFonts(text: string, weights: readonly FontWeight[] = [400, 700]): Promise<void> {
  const chars = distinctChars(text);
  await Promise.all(weights.map((w) => document.fonts.load(`${w} 16px ${BUNDLED_FONT}`, chars)));
}

/**
 * Each character of `text` once, in order. FontFaceSet.load matches every character it is given against
 * the unicode ranges of each face (about 200 here), synchronously: a slide's font text (3,500 characters,
 * mostly repeats: its JSON, the chart's words) cost 12 ms of main thread before the first frame, its 175
 * distinct characters 0.5 ms. The same characters ask for the same files.
 */
export function distinctChars(text: string): string {
  return [...new Set(text)].join('');
}
