/**
 * Slide edits: update, move, delete, duplicate, and the deck's undo/redo (store/slide-edits.ts). After
 * each, the hub tells every window showing the deck (deckRev) and sends the slides the edit wrote with
 * that event (shared/deck-patch.ts), so windows patch their deck in place instead of reading it again;
 * the current slide stays where it went, and hidden slides are skipped in the show.
 */
import type { Handlers } from '../../../shared/api';
import type { DeckEditResult } from '../../../shared/types';
import { addSlide, deleteSlide, duplicateSlide, hiddenIndices, moveSlide, redoDeck, undoDeck, updateSlide } from '../../store/slide-edits';
import type { HandlerContext } from '../context';
import { buildSteps } from '../../../shared/builds';
import { deckPatch } from '../../../shared/deck-patch';

export type DeckHandlers = Pick<
  Handlers,
  'slide.update' | 'slide.move' | 'slide.delete' | 'slide.duplicate' | 'slide.add' | 'deck.undo' | 'deck.redo'
>;

/** Where each slide of `before` (id, version pairs in order) stands in `after`: its index, or -1 when deleted. */
function movedTo(before: [id: number, version: number][], after: DeckEditResult['deck']): number[] {
  const at = new Map(after.slides.map((s, i) => [s.id, i]));
  return before.map(([id]) => at.get(id) ?? -1);
}

export function deckHandlers({ store, hub, writable }: HandlerContext): DeckHandlers {
  const slideVersions = (deckId: number) =>
    store.db.prepare('SELECT id, version FROM slides WHERE deck_id = ? ORDER BY ord').raw().all(deckId) as [id: number, version: number][];
  const deckOf = (slideId: number) =>
    store.db.prepare('SELECT deck_id FROM slides WHERE id = ?').pluck().get(slideId) as number | undefined;

  /** Run an edit, then move the hub along: the current slide stays the same slide wherever it went. */
  function edit(deckId: number | undefined, run: () => DeckEditResult, follow?: (r: DeckEditResult) => number | undefined): DeckEditResult {
    writable();
    const state = hub.current;
    const before = deckId !== undefined && state.deckId === deckId ? slideVersions(deckId) : [];
    const shownId = before[state.index]?.[0];
    const r = run();
    if (state.deckId === r.deck.id) {
      const wanted = follow?.(r) ?? shownId;
      const at = r.deck.slides.findIndex((s) => s.id === wanted);
      hub.act(
        {
          type: 'edited',
          deckId: r.deck.id,
          total: r.deck.slides.length,
          hidden: hiddenIndices(store.db, r.deck.id),
          steps: r.deck.slides.map(buildSteps),
          index: at >= 0 ? at : Math.min(state.index, r.deck.slides.length - 1),
          moved: movedTo(before, r.deck),
        },
        deckPatch(new Map(before), r.deck),
      );
    }
    return r;
  }

  return {
    'slide.update': ({ slideId, expectedVersion, patch }) =>
      edit(deckOf(slideId), () => updateSlide(store.db, slideId, expectedVersion, patch)),
    'slide.move': ({ slideId, expectedVersion, toIndex }) =>
      edit(deckOf(slideId), () => moveSlide(store.db, slideId, expectedVersion, toIndex)),
    'slide.delete': ({ slideId, expectedVersion }) => edit(deckOf(slideId), () => deleteSlide(store.db, slideId, expectedVersion)),
    'slide.duplicate': ({ slideId, expectedVersion }) =>
      edit(
        deckOf(slideId),
        () => duplicateSlide(store.db, slideId, expectedVersion),
        // The copy is shown next, right after its original.
        (r) => r.deck.slides[r.deck.slides.findIndex((s) => s.id === slideId) + 1]?.id,
      ),
    'slide.add': ({ afterSlideId, expectedVersion, kind }) =>
      edit(
        deckOf(afterSlideId),
        () => addSlide(store.db, afterSlideId, expectedVersion, kind),
        // The new slide is shown next, to be filled in.
        (r) => r.deck.slides[r.deck.slides.findIndex((s) => s.id === afterSlideId) + 1]?.id,
      ),
    'deck.undo': ({ deckId }) => edit(deckId, () => undoDeck(store.db, deckId)),
    'deck.redo': ({ deckId }) => edit(deckId, () => redoDeck(store.db, deckId)),
  };
}
