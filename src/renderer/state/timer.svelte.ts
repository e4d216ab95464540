/**
 * The presenter's stopwatch and wall clock. Starts at 开始放映 (the presenter view calls `start` when
 * the presentation starts), not when the page loads: at 00:00 until then. Pause and reset are the presenter's. Kept in sessionStorage so a reload of the presenter window does not lose the time.
 */
const KEY = 'briefing-desk.timer.v1';

interface Saved {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** Date.now() when the current run started, or null while paused. */
  since: number | null;
}

function read(): Saved | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    if (!raw || typeof raw.banked !== 'number' || !(raw.since === null || typeof raw.since === 'number')) return null;
    return { banked: raw.banked, since: raw.since };
  } catch {
    return null;
  }
}

export class Stopwatch {
  banked = $state(0);
  since = $state<number | null>(null);
  /** The clock, ticking a few times a second while anything shows it. */
  now = $state(Date.now());
  readonly running: boolean = $derived(this.since !== null);
  readonly elapsed: number = $derived(this.banked + (this.since === null ? 0 : Math.max(0, this.now - this.since)));

  /** Nothing was kept from before (a new session of this window, not a reload). */
  readonly fresh: boolean;

  constructor() {
    const saved = read();
    this.fresh = saved === null;
    this.banked = saved?.banked ?? 0;
    this.since = saved?.since ?? null;
  }

  /** Run (from where it stands); a watch already running is left alone. */
  start(): void {
    if (this.since !== null) return;
    this.toggle();
  }

  /** Tick while mounted; returns the stop function (use in an $effect or attachment). */
  tick(): () => void {
    this.now = Date.now();
    const id = setInterval(() => (this.now = Date.now()), 250);
    return () => clearInterval(id);
  }

  toggle(): void {
    const now = Date.now();
    this.now = now;
    if (this.since === null) this.since = now;
    else {
      this.banked += now - this.since;
      this.since = null;
    }
    this.save();
  }

  /** Back to zero; a running watch keeps running from zero. */
  reset(): void {
    const now = Date.now();
    this.now = now;
    this.banked = 0;
    if (this.since !== null) this.since = now;
    this.save();
  }

  private save(): void {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ banked: this.banked, since: this.since } satisfies Saved));
    } catch {
      // Storage disabled: the watch still runs for this page.
    }
  }
}
