/**
 * A slide edit as it travels to every window (issue 20): the deck's slides after the edit, in order, as
 * (id, version) pairs, and the slides the edit wrote. Every write bumps a slide's version (store/
 * slide-edits.ts), so a window that holds each unchanged slide at the listed version can rebuild the
 * deck in place — no second round trip to read it again. A window that missed a revision (or holds
 * anything else) finds a pair it cannot match and reads the deck again instead.
 */
import type { Deck, Slide } from './types';

export interface DeckPatch {
  deckId: number;
  /** The deck's slides after the edit, in show order: [slide id, version]. */
  order: [id: number, version: number][];
  /** The slides the edit wrote (new or changed), as stored: texts with their `{{id}}` references. */
  slides: Slide[];
}

/**
 * Above this many characters of written slides an edit goes without its slides (an undo of a move across a
 * long deck rewrites every slide): one event that large would fill a slow window's event queue (the web
 * bridge drops a stream past 256 KB), so windows read the deck again instead, as they did before patches.
 */
export const MAX_PATCH_CHARS = 64 * 1024;

/**
 * The patch for an edit: `before` holds each slide's version before it ran (id → version). Undefined when
 * the slides it wrote are too large to send with one event (windows then read the deck again).
 */
export function deckPatch(before: ReadonlyMap<number, number>, after: Deck, maxChars = MAX_PATCH_CHARS): DeckPatch | undefined {
  const slides = after.slides.filter((s) => before.get(s.id) !== s.version);
  if (JSON.stringify(slides).length > maxChars) return undefined;
  return { deckId: after.id, order: after.slides.map((s) => [s.id, s.version]), slides };
}

/**
 * `deck` with `patch` applied, or null when it cannot be (another deck, or a slide this window does not
 * hold at the version listed: it missed an edit, so it must read the deck again).
 */
export function applyDeckPatch(deck: Deck, patch: DeckPatch): Deck | null {
  if (patch.deckId !== deck.id) return null;
  const written = new Map(patch.slides.map((s) => [s.id, s]));
  const held = new Map(deck.slides.map((s) => [s.id, s]));
  const slides: Slide[] = [];
  for (const [id, version] of patch.order) {
    const s = written.get(id) ?? held.get(id);
    if (!s || s.version !== version || s.deckId !== deck.id) return null;
    slides.push(s);
  }
  return { ...deck, slides };
}
