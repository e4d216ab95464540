/**
 * The slide each deck was last on, kept in sessionStorage: a reload (or a renderer crash and restore)
 * comes back to the same slide, while a fresh window still opens on the title slide.
 */
const PREFIX = 'briefing-desk.slide.';

function recallSlide(deckId: number): number | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + deckId);
    const n = raw === null ? NaN : Number(raw);
    return Number.isInteger(n) && n >= 0 ? n : null;
  } catch {
    return null;
  }
}

/** Every deck's remembered slide (what `briefing.open` is told, before it is known which deck opens). */
export function recallSlides(): { deckId: number; index: number }[] {
  const out: { deckId: number; index: number }[] = [];
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      const deckId = key?.startsWith(PREFIX) ? Number(key.slice(PREFIX.length)) : NaN;
      const index = Number.isInteger(deckId) && deckId > 0 ? recallSlide(deckId) : null;
      if (index !== null) out.push({ deckId, index });
    }
  } catch {
    // Storage disabled: nothing remembered.
  }
  return out;
}

export function rememberSlide(deckId: number, index: number): void {
  try {
    sessionStorage.setItem(PREFIX + deckId, String(index));
  } catch {
    // Storage disabled: the deck simply opens on its first slide next time.
  }
}
