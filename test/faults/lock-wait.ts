/**
 * The fault suite's lock scenario (issue 22, item 9): another program holds the store's write lock inside a
 * transaction (BEGIN IMMEDIATE, one edit, 1.5 s, COMMIT) while the API writes a figure. The process must keep
 * running — the longest gap between two 10 ms timer ticks is measured — the waiting write must land after the
 * other program commits, and both writes must be in the file. In the last trial the lock outlasts the API's
 * bound: the write is answered BUSY, changes nothing, and the other program's commit stands.
 */
import Database from 'better-sqlite3';
import { createHandlers } from '../../src/main/api/handlers';
import { dispatch } from '../../src/main/api/dispatch';
import { LOCK_WAIT } from '../../src/main/api/lock-wait';
import { openStore } from '../../src/main/store';
import { child, seededStore, type Scenario } from './scenarios';

/** A timer tick later than this means a write stopped the process. */
const MAX_GAP_MS = 250;

const valueOf = (path: string, id: number) => {
  const db = new Database(path, { readonly: true });
  const row = db.prepare('SELECT value_text AS v, version FROM figures WHERE id = ?').get(id) as { v: string; version: number };
  db.close();
  return row;
};

const behindLock: Scenario = {
  name: "a write behind another program's lock",
  trials: 3,
  async run(trials) {
    let lost = 0;
    let worstGap = 0;
    const wrong: string[] = [];
    for (let i = 0; i < trials; i++) {
      const path = seededStore();
      const store = openStore(path, { dailyBackup: false });
      const outlasted = i === trials - 1;
      const handlers = createHandlers(store, 't', undefined, undefined, outlasted ? { sqliteWaitMs: 20, maxWaitMs: 500 } : LOCK_WAIT);
      const figureId = (store.db.prepare('SELECT id FROM figures ORDER BY id LIMIT 1 OFFSET 2').get() as { id: number }).id;
      const before = valueOf(path, figureId);
      const holder = child('writer.ts', [path, 'hold', '1500']);
      await holder.waitFor(/^locked$/);
      let last = Date.now();
      let gap = 0;
      const tick = setInterval(() => {
        const now = Date.now();
        gap = Math.max(gap, now - last);
        last = now;
      }, 10);
      const r = await dispatch(handlers, 'figure.update', {
        figureId,
        expectedVersion: before.version,
        patch: { valueText: '4321', unit: '亿元' },
        reason: '等锁的写入',
      });
      // The stretch since the last tick counts too (a write that blocked to the end leaves no tick after it).
      gap = Math.max(gap, Date.now() - last);
      clearInterval(tick);
      await holder.exited;
      store.close();
      worstGap = Math.max(worstGap, gap);
      // The other program's acknowledged commit.
      const ack = holder.lines.find((l) => l.startsWith('ack '));
      if (!ack) wrong.push(`trial ${i + 1}: the other program never committed`);
      else {
        const [, id, version, v] = ack.split(' ');
        const now = valueOf(path, Number(id));
        if (now.v !== v || now.version !== Number(version)) lost++;
      }
      const mine = valueOf(path, figureId);
      if (outlasted) {
        if (r.ok || r.error.code !== 'BUSY') wrong.push(`trial ${i + 1}: expected BUSY, got ${JSON.stringify(r).slice(0, 80)}`);
        if (mine.v !== before.v || mine.version !== before.version) wrong.push(`trial ${i + 1}: a refused write changed the figure`);
      } else if (!r.ok) wrong.push(`trial ${i + 1}: ${r.error.code} ${r.error.message.slice(0, 60)}`);
      else if (mine.v !== '4321') lost++;
    }
    if (worstGap > MAX_GAP_MS) wrong.push(`the process stopped for ${worstGap} ms`);
    return {
      trials,
      lost,
      ok: wrong.length === 0,
      note: wrong.length ? wrong.join('; ') : `waited, then written; the last answered BUSY; longest stall ${worstGap} ms`,
    };
  },
};

export const lockScenarios: Scenario[] = [behindLock];
