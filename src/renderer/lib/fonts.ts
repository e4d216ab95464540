/**
 * The bundled Noto Sans SC comes in two weights, each split into ~100 unicode-range files; the browser
 * fetches a file only when text asks for it. Canvas text never asks, and print must not start before
 * every glyph is in: these load the files that hold `text`, in both weights, explicitly.
 */
export const BUNDLED_FONT = '"Noto Sans SC", sans-serif';

export async function loadBundledFonts(text: string): Promise<void> {
  await Promise.all([document.fonts.load(`400 16px ${BUNDLED_FONT}`, text), document.fonts.load(`700 16px ${BUNDLED_FONT}`, text)]);
}
