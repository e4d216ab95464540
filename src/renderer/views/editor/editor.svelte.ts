/**
 * The slide editor's calls: each edit goes to the main process at once (saved in SQLite, versioned), its
 * answer — the deck as it now stands — is shown here at once, and the hub's deckRev brings every other
 * window along. A refused edit leaves its message by the field it came from; a conflict (another window
 * changed the slide first) also reloads the deck, and the text typed here stays in its field.
 */
import type { AppApi } from '../../../shared/api';
import type { DeckEditResult, Slide, SlidePatch } from '../../../shared/types';
import { ApiCallError } from '../../lib/api-error';
import type { DeckStore } from '../../state/deck.svelte';

/** A field of the patch, the chart's own title (sent as the chart), or the action buttons. */
export type EditField = keyof SlidePatch | 'chartTitle' | 'actions';

export class EditorState {
  /** A message per field (or for the action buttons); absent: no problem. */
  errors = $state<Partial<Record<EditField, string>>>({});
  /** What the last edit did (its history entry), for the status line. */
  done = $state<string | null>(null);
  busy = $state(false);
  /** Asking to confirm the deletion of this slide. */
  confirmDelete = $state<number | null>(null);

  constructor(
    private readonly api: AppApi,
    /** The window's deck store (a getter: the view's prop). */
    private readonly deckStore: () => DeckStore,
  ) {}

  private get store(): DeckStore {
    return this.deckStore();
  }

  /** The calls of this window, one after another: the last one's end (a call never rejects it). */
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  /**
   * What this window's own saves did to a slide's version: `${slideId}:${from}` → to. A field left while the
   * field before it was still saving began on the version that save replaced; it is this window's own edit,
   * not another window's, so the next save goes on from the version it made (another window's edit meanwhile
   * still makes it a conflict).
   */
  // Read only inside a save, never shown: a plain Map, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly own = new Map<string, number>();

  private run(field: EditField, call: () => Promise<DeckEditResult>): Promise<boolean> {
    this.busy = true;
    this.pending++;
    const done = this.queue.then(async () => {
      try {
        const r = await call();
        this.store.adopt(r.deck);
        delete this.errors[field];
        delete this.errors.actions;
        this.done = r.edit.what;
        return true;
      } catch (e) {
        this.errors[field] = e instanceof Error ? e.message : String(e);
        if (e instanceof ApiCallError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND')) void this.store.reloadDeck();
        return false;
      } finally {
        if (--this.pending === 0) this.busy = false;
      }
    });
    this.queue = done;
    return done;
  }

  /** Save one field; `version` is the slide's version when editing began (a stale one is refused). */
  update(slide: Slide, version: number, field: EditField, patch: SlidePatch): Promise<boolean> {
    return this.run(field, async () => {
      let expected = version;
      for (let next = this.own.get(`${slide.id}:${expected}`); next !== undefined; next = this.own.get(`${slide.id}:${expected}`))
        expected = next;
      const r = await this.api['slide.update']({ slideId: slide.id, expectedVersion: expected, patch });
      const now = r.deck.slides.find((s) => s.id === slide.id)?.version;
      if (now !== undefined && now !== expected) this.own.set(`${slide.id}:${expected}`, now);
      return r;
    });
  }

  clear(field: EditField): void {
    delete this.errors[field];
  }

  move(slide: Slide, toIndex: number): Promise<boolean> {
    return this.run('actions', () => this.api['slide.move']({ slideId: slide.id, expectedVersion: slide.version, toIndex }));
  }

  duplicate(slide: Slide): Promise<boolean> {
    return this.run('actions', () => this.api['slide.duplicate']({ slideId: slide.id, expectedVersion: slide.version }));
  }

  /** A blank slide or a section divider right after this one; it becomes the current slide (the hub moves). */
  add(slide: Slide, kind: 'blank' | 'section'): Promise<boolean> {
    return this.run('actions', () => this.api['slide.add']({ afterSlideId: slide.id, expectedVersion: slide.version, kind }));
  }

  async remove(slide: Slide): Promise<void> {
    this.confirmDelete = null;
    await this.run('actions', () => this.api['slide.delete']({ slideId: slide.id, expectedVersion: slide.version }));
  }

  undo(): Promise<boolean> {
    const deckId = this.store.deck?.id;
    return deckId === undefined ? Promise.resolve(false) : this.run('actions', () => this.api['deck.undo']({ deckId }));
  }

  redo(): Promise<boolean> {
    const deckId = this.store.deck?.id;
    return deckId === undefined ? Promise.resolve(false) : this.run('actions', () => this.api['deck.redo']({ deckId }));
  }
}
