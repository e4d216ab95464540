/**
 * A slide edit travels to every window with the event that announces it (shared/deck-patch.ts): windows
 * patch their deck in place and end with exactly the deck the store holds; a window that missed an edit
 * cannot patch and reads the deck again. Real handlers, a real hub and real SQLite files.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../src/shared/api';
import type { Deck } from '../src/shared/types';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { applyDeckPatch, deckPatch } from '../src/shared/deck-patch';
import { figureToken, resolveFigureRefs, withResolvedTexts } from '../src/shared/figure-refs';
import type { PresentationEvent } from '../src/shared/presentation';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let hub: PresentationHub;
let h: Handlers;
let events: PresentationEvent[];
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
  hub = new PresentationHub();
  h = createHandlers(store, 'test', hub);
  hub.act({ type: 'open', deckId: 1, total: deck().slides.length, index: 1 });
  events = [];
  hub.subscribe((s) => events.push(s));
});
afterEach(() => {
  store.close();
  t.cleanup();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(h, channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
const deck = (): Deck => getDeck(store.db, 1)!;
/** The patch of the last event, which must carry one. */
const lastPatch = () => {
  const p = events.at(-1)?.deckPatch;
  if (!p) throw new Error('the last event carries no deckPatch');
  return p;
};

describe('an edit travels with its event', () => {
  it('a title edit sends that one slide, and the patched deck is the stored deck', async () => {
    const window = deck();
    const s = window.slides[3];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '现场改的标题' } });
    expect(events).toHaveLength(1);
    const p = lastPatch();
    expect(p.slides.map((x) => x.id)).toEqual([s.id]);
    expect(p.slides[0].title).toBe('现场改的标题');
    expect(events[0].deckRev).toBe(1);
    expect(applyDeckPatch(window, p)).toEqual(deck());
  });

  it('a window following every event holds the stored deck after moves, copies, adds, deletes, undo and redo', async () => {
    let window = deck();
    const follow = () => {
      const next = applyDeckPatch(window, lastPatch());
      expect(next).not.toBeNull();
      window = next!;
      expect(window).toEqual(deck());
    };
    const at = (i: number) => deck().slides[i];
    await call('slide.move', { slideId: at(2).id, expectedVersion: at(2).version, toIndex: 6 });
    follow();
    await call('slide.duplicate', { slideId: at(4).id, expectedVersion: at(4).version });
    follow();
    await call('slide.add', { afterSlideId: at(0).id, expectedVersion: at(0).version, kind: 'section' });
    follow();
    await call('slide.delete', { slideId: at(5).id, expectedVersion: at(5).version });
    follow();
    await call('slide.update', { slideId: at(1).id, expectedVersion: at(1).version, patch: { hidden: true, notes: '新讲稿' } });
    follow();
    for (let i = 0; i < 3; i++) {
      await call('deck.undo', { deckId: 1 });
      follow();
    }
    await call('deck.redo', { deckId: 1 });
    follow();
    expect(events.map((e) => e.deckRev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a window that missed an edit cannot patch (it reads the deck again); the next window over patches fine', async () => {
    const stale = deck();
    const a = stale.slides[2];
    const b = stale.slides[4];
    await call('slide.update', { slideId: a.id, expectedVersion: a.version, patch: { title: '第一次修改' } });
    const current = applyDeckPatch(stale, lastPatch())!;
    await call('slide.update', { slideId: b.id, expectedVersion: b.version, patch: { title: '第二次修改' } });
    // The stale window still holds slide a at its old version: the second patch names a's new one.
    expect(applyDeckPatch(stale, lastPatch())).toBeNull();
    expect(applyDeckPatch(current, lastPatch())).toEqual(deck());
    // Another deck's patch never applies.
    expect(applyDeckPatch({ ...current, id: 2 }, lastPatch())).toBeNull();
  });

  it('the patch goes with the edit event only: the hub state and later events stay without it', async () => {
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '只此一次' } });
    expect(events[0].deckPatch).toBeDefined();
    expect(hub.current).not.toHaveProperty('deckPatch');
    await call('present.act', { action: { type: 'next' } });
    expect(events).toHaveLength(2);
    expect(events[1]).not.toHaveProperty('deckPatch');
    expect(events[1].deckRev).toBe(1);
  });

  it('a stale edit from a second window is refused and sends nothing', async () => {
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '窗口一' } });
    const r = await dispatch(h, 'slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '窗口二' } });
    expect(r.ok).toBe(false);
    expect(events).toHaveLength(1);
    expect(deck().slides[1].title).toBe('窗口一');
  });

  it('figure references travel as stored and resolve on the patched deck as on a deck read again', async () => {
    const window = deck();
    const figure = listFigures(store.db, window.reportId)[0];
    const s = window.slides[2];
    const title = `产值 ${figureToken(figure.id)}`;
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title } });
    const patched = applyDeckPatch(window, lastPatch())!;
    expect(patched.slides[2].title).toBe(title);
    const figures = new Map(listFigures(store.db, window.reportId).map((f) => [f.id, f]));
    const shown = withResolvedTexts(patched.slides[2], figures);
    expect(shown.title).toBe(`产值 ${resolveFigureRefs(figureToken(figure.id), figures)}`);
    expect(shown.title).toContain(figure.valueText);
    expect(shown.stored?.title).toBe(title);
    expect(shown).toEqual(withResolvedTexts(deck().slides[2], figures));
  });

  it('an edit of a deck the hub does not show sends no event', async () => {
    hub.act({ type: 'open', deckId: 2, total: 1, index: 0 });
    events = [];
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '后台修改' } });
    expect(events).toEqual([]);
  });
});

describe('deckPatch', () => {
  it('lists every slide in order and sends only those whose version changed or that are new', () => {
    const d = deck();
    const before = new Map(d.slides.map((s) => [s.id, s.version]));
    before.set(d.slides[1].id, d.slides[1].version - 1);
    before.delete(d.slides[2].id);
    const p = deckPatch(before, d)!;
    expect(p.order).toEqual(d.slides.map((s) => [s.id, s.version]));
    expect(p.slides.map((s) => s.id)).toEqual([d.slides[1].id, d.slides[2].id]);
  });

  it('sends no slides when what the edit wrote is too large for one event (windows read the deck again)', () => {
    const d = deck();
    const before = new Map(d.slides.map((s) => [s.id, s.version - 1]));
    const size = JSON.stringify(d.slides).length;
    expect(deckPatch(before, d, size - 1)).toBeUndefined();
    expect(deckPatch(before, d, size)?.slides).toHaveLength(d.slides.length);
  });
});

describe('ink during a talk, when the deck is edited', () => {
  it('stays with its slide when that slide is moved, and goes when it is deleted', async () => {
    // Ink drawn on the shown slide (index 1), then that slide moved to position 5.
    const shown = deck().slides[1]!;
    hub.act({ type: 'inkStroke', id: 42, tool: 'pen', colour: 'red', points: [0.2, 0.2, 0.3, 0.3] });
    await call('slide.move', { slideId: shown.id, expectedVersion: shown.version, toIndex: 4 });
    const after = deck();
    const at = after.slides.findIndex((x) => x.id === shown.id);
    expect(at).toBe(4);
    expect(hub.current.index).toBe(at);
    expect(Object.keys(hub.current.ink)).toEqual([String(at)]);
    expect(hub.current.ink[String(at)]?.[0]?.id).toBe(42);
    // The slide deleted: its ink is gone, not left on whichever slide takes its place.
    const moved = after.slides[at]!;
    await call('slide.delete', { slideId: moved.id, expectedVersion: moved.version });
    expect(hub.current.ink).toEqual({});
  });
});
