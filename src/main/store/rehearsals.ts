/**
 * Rehearsal times, stored with the deck: how long each slide took when the talk was last rehearsed
 * (presenter view, 排练). A rehearsal that did not reach a slide leaves that slide's earlier time alone.
 */
import type { DB } from './db';
import { AppError } from '../../shared/result';

export interface SlideTime {
  slideId: number;
  ms: number;
}

/** The deck's rehearsal times, in slide order (slides never rehearsed are absent). */
export function rehearsalTimes(db: DB, deckId: number): SlideTime[] {
  return db
    .prepare(
      `SELECT r.slide_id AS slideId, r.ms FROM slide_rehearsals r JOIN slides s ON s.id = r.slide_id
       WHERE s.deck_id = ? ORDER BY s.ord`,
    )
    .all(deckId) as SlideTime[];
}

/** Record a rehearsal of deck `deckId`: every time given replaces that slide's; all or nothing. */
export function saveRehearsal(db: DB, deckId: number, times: SlideTime[]): SlideTime[] {
  const ofDeck = new Set((db.prepare('SELECT id FROM slides WHERE deck_id = ?').all(deckId) as { id: number }[]).map((r) => r.id));
  const stranger = times.find((t) => !ofDeck.has(t.slideId));
  if (stranger) throw new AppError('BAD_REQUEST', `第 ${stranger.slideId} 号幻灯片不属于简报 ${deckId}，排练时间未保存`);
  const put = db.prepare(
    `INSERT INTO slide_rehearsals (slide_id, ms) VALUES (?, ?)
     ON CONFLICT (slide_id) DO UPDATE SET ms = excluded.ms, at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  db.transaction(() => {
    for (const t of times) put.run(t.slideId, Math.round(t.ms));
  })();
  return rehearsalTimes(db, deckId);
}
