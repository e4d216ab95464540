/**
 * Pace of a talk with a planned length: slides done against time used. Pure, unit-tested.
 * Slides done = the slides before the current one; the share of the deck done is compared with the
 * share of the planned time used, and the difference is told in minutes of the plan.
 */
export type PaceState = 'none' | 'on-pace' | 'ahead' | 'behind' | 'over';

export interface Pace {
  state: PaceState;
  /** Minutes ahead (positive) or behind (negative) of the plan, rounded; 0 when on pace. */
  minutes: number;
}

/** Within this many minutes of the plan counts as on pace. */
export const ON_PACE_MINUTES = 1;

export function pace(a: { elapsedMs: number; plannedMinutes: number; index: number; total: number }): Pace {
  if (!(a.plannedMinutes > 0) || a.total <= 0) return { state: 'none', minutes: 0 };
  const plannedMs = a.plannedMinutes * 60_000;
  if (a.elapsedMs > plannedMs) return { state: 'over', minutes: -Math.round((a.elapsedMs - plannedMs) / 60_000) };
  const done = Math.min(Math.max(0, a.index), a.total) / a.total;
  const aheadMin = (done * plannedMs - a.elapsedMs) / 60_000;
  if (Math.abs(aheadMin) < ON_PACE_MINUTES) return { state: 'on-pace', minutes: 0 };
  return { state: aheadMin > 0 ? 'ahead' : 'behind', minutes: Math.round(aheadMin) };
}

/** 0:05:07 → "05:07", 1:02:03 → "1:02:03": the elapsed-time display. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * Pace against a rehearsal: where the talk should be by now is the sum of the rehearsed times of the
 * slides before the current one (a slide never rehearsed counts as the mean of those that were); with a
 * planned length the rehearsed times are scaled to fill it. `rehearsed[i]` is slide i's time, or null.
 */
export function rehearsedPace(a: { elapsedMs: number; index: number; rehearsed: (number | null)[]; plannedMinutes: number }): Pace {
  const known = a.rehearsed.filter((ms): ms is number => ms !== null && ms > 0);
  if (known.length === 0) return { state: 'none', minutes: 0 };
  const mean = known.reduce((s, ms) => s + ms, 0) / known.length;
  const times = a.rehearsed.map((ms) => (ms !== null && ms > 0 ? ms : mean));
  const total = times.reduce((s, ms) => s + ms, 0);
  const scale = a.plannedMinutes > 0 ? (a.plannedMinutes * 60_000) / total : 1;
  const plannedMs = total * scale;
  if (a.elapsedMs > plannedMs) return { state: 'over', minutes: -Math.round((a.elapsedMs - plannedMs) / 60_000) };
  const due = times.slice(0, Math.max(0, a.index)).reduce((s, ms) => s + ms, 0) * scale;
  const aheadMin = (due - a.elapsedMs) / 60_000;
  if (Math.abs(aheadMin) < ON_PACE_MINUTES) return { state: 'on-pace', minutes: 0 };
  return { state: aheadMin > 0 ? 'ahead' : 'behind', minutes: Math.round(aheadMin) };
}
