/**
 * The slide each deck was last on, kept in sessionStorage: a reload (or a renderer crash and restore)
 * comes back to the same slide, while a fresh window still opens on the title slide.
 */
const PREFIX = 'briefing-desk.slide.';

export function recallSlide(deckId: number): number | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + deckId);
    const n = raw === null ? NaN : Number(raw);
    return Number.isInteger(n) && n >= 0 ? n : null;
  } catch {
    return null;
  }
}

export function rememberSlide(deckId: number, index: number): void {
  try {
    sessionStorage.setItem(PREFIX + deckId, String(index));
  } catch {
    // Storage disabled: the deck simply opens on its first slide next time.
  }
}
