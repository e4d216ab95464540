/** Rehearsal times: stored with the deck on a real SQLite file, paced on in the presenter view. */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { rehearsalTimes } from '../src/main/store/rehearsals';
import { rehearsedPace } from '../src/renderer/lib/pace';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'r.sqlite'), { seedBundles: SEED });
});
afterEach(() => {
  store.close();
  t.cleanup();
});

describe('rehearsal times in the store', () => {
  it('a rehearsal replaces the times of the slides it reached and keeps the others, across a reopen', async () => {
    const h = createHandlers(store, 'x', new PresentationHub());
    const [a, b, c] = getDeck(store.db, 1)!.slides;
    await h['rehearsal.save']({
      deckId: 1,
      times: [
        { slideId: a!.id, ms: 30_000 },
        { slideId: b!.id, ms: 45_000 },
      ],
    });
    await h['rehearsal.save']({
      deckId: 1,
      times: [
        { slideId: b!.id, ms: 40_000 },
        { slideId: c!.id, ms: 20_000 },
      ],
    });
    const path = store.path;
    store.close();
    store = openStore(path, {});
    expect(rehearsalTimes(store.db, 1)).toEqual([
      { slideId: a!.id, ms: 30_000 },
      { slideId: b!.id, ms: 40_000 },
      { slideId: c!.id, ms: 20_000 },
    ]);
  });

  it('refuses a slide of another deck or a deck that is not there, and keeps what was stored', async () => {
    const h = createHandlers(store, 'x', new PresentationHub());
    const [a] = getDeck(store.db, 1)!.slides;
    await h['rehearsal.save']({ deckId: 1, times: [{ slideId: a!.id, ms: 1000 }] });
    expect(() =>
      h['rehearsal.save']({
        deckId: 1,
        times: [
          { slideId: a!.id, ms: 5 },
          { slideId: 999_999, ms: 1 },
        ],
      }),
    ).toThrow(/不属于简报 1/);
    expect(() => h['rehearsal.get']({ deckId: 424242 })).toThrow(/不存在/);
    expect(rehearsalTimes(store.db, 1)).toEqual([{ slideId: a!.id, ms: 1000 }]);
  });
});

describe('pace on a rehearsal', () => {
  const s = 1000;
  it('is due where the rehearsal was at the start of the current slide', () => {
    const rehearsed = [30 * s, 45 * s, 20 * s, 60 * s];
    expect(rehearsedPace({ elapsedMs: 10 * s, index: 2, rehearsed, plannedMinutes: 0 })).toEqual({ state: 'ahead', minutes: 1 });
    expect(rehearsedPace({ elapsedMs: 80 * s, index: 2, rehearsed, plannedMinutes: 0 })).toEqual({ state: 'on-pace', minutes: 0 });
    expect(rehearsedPace({ elapsedMs: 150 * s, index: 1, rehearsed, plannedMinutes: 0 })).toEqual({ state: 'behind', minutes: -2 });
    expect(rehearsedPace({ elapsedMs: 200 * s, index: 3, rehearsed, plannedMinutes: 0 })).toEqual({ state: 'over', minutes: -1 });
  });

  it('scales the rehearsal to a planned length, and shows nothing without one rehearsed slide', () => {
    // Rehearsed 2 min in all, planned 4: slide 2 is due at 2 min (twice the rehearsed 1 min).
    expect(rehearsedPace({ elapsedMs: 0, index: 1, rehearsed: [60 * s, 60 * s], plannedMinutes: 4 })).toEqual({
      state: 'ahead',
      minutes: 2,
    });
    expect(rehearsedPace({ elapsedMs: 0, index: 1, rehearsed: [null, null], plannedMinutes: 4 }).state).toBe('none');
  });

  it('never ahead at the first slide, and the due time grows with the slide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 600_000 }), { nil: null }), { minLength: 1, maxLength: 40 }),
        fc.nat(3_600_000),
        (rehearsed, elapsedMs) => {
          const first = rehearsedPace({ elapsedMs, index: 0, rehearsed, plannedMinutes: 0 });
          if (!['none', 'on-pace', 'behind', 'over'].includes(first.state)) return false;
          const minutes = (i: number) => rehearsedPace({ elapsedMs, index: i, rehearsed, plannedMinutes: 0 });
          for (let i = 1; i < rehearsed.length; i++) {
            const a = minutes(i - 1);
            const b = minutes(i);
            if (a.state !== 'over' && b.state !== 'over' && b.minutes < a.minutes) return false;
          }
          return true;
        },
      ),
    );
  });
});
