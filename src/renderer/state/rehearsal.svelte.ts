/**
 * Time per slide: the rehearsed times stored with the deck (排练 in the presenter view records them) and
 * the times of this session, counted while the stopwatch runs. The presenter view shows both per slide
 * and paces the talk on the rehearsed ones (lib/pace.ts rehearsedPace).
 */
import type { AppApi } from '../../shared/api';

/** Rows of the store as slide id → ms (replaced whole, never mutated: the fields are raw state). */
const byId = (rows: { slideId: number; ms: number }[]): Record<number, number> => Object.fromEntries(rows.map((r) => [r.slideId, r.ms]));

export class SlideTimes {
  /** The deck's stored rehearsal times, by slide id. */
  stored = $state.raw<Readonly<Record<number, number>>>({});
  /** This session's time on each slide (the rehearsal being recorded, or the talk), by slide id. */
  actual = $state.raw<Readonly<Record<number, number>>>({});
  /** A rehearsal is being recorded: stopping it stores `actual` with the deck. */
  recording = $state(false);
  /** The slide being timed and since when (Date.now()), while the watch runs. */
  on = $state.raw<{ slideId: number; since: number } | null>(null);
  error = $state<string | null>(null);
  private deckId: number | null = null;

  constructor(private readonly api: AppApi) {}

  /** Read the stored times of `deckId` (again when the window follows another deck). */
  async load(deckId: number): Promise<void> {
    if (deckId === this.deckId) return;
    this.deckId = deckId;
    this.actual = {};
    this.on = null;
    const rows = await this.api['rehearsal.get']({ deckId });
    if (this.deckId === deckId) this.stored = byId(rows);
  }

  /** The slide shown or the watch changed: the time so far goes to the slide that was being timed. */
  track(slideId: number | null, running: boolean, now = Date.now()): void {
    if (this.on && (this.on.slideId !== slideId || !running)) this.bank(now);
    if (running && slideId !== null && !this.on) this.on = { slideId, since: now };
  }

  /** This session's time on `slideId` up to `now`, the running slide included. */
  spent(slideId: number, now: number): number {
    const banked = this.actual[slideId] ?? 0;
    return this.on?.slideId === slideId ? banked + Math.max(0, now - this.on.since) : banked;
  }

  /** 排练: start recording from zero (the caller restarts the watch). */
  startRehearsal(): void {
    this.actual = {};
    this.on = null;
    this.recording = true;
  }

  /** Stop recording and store the times with the deck; slides not reached keep their earlier times. */
  async stopRehearsal(now = Date.now()): Promise<void> {
    const slideId = this.on?.slideId ?? null;
    this.bank(now);
    if (slideId !== null) this.on = null;
    this.recording = false;
    if (this.deckId === null) return;
    const times = Object.entries(this.actual).map(([id, ms]) => ({ slideId: Number(id), ms: Math.round(ms) }));
    try {
      const rows = await this.api['rehearsal.save']({ deckId: this.deckId, times });
      this.stored = byId(rows);
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private bank(now: number): void {
    if (!this.on) return;
    const { slideId, since } = this.on;
    this.actual = { ...this.actual, [slideId]: (this.actual[slideId] ?? 0) + Math.max(0, now - since) };
    this.on = null;
  }
}
