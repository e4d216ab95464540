/**
 * Where an ink stroke's frames are lost, read from a whole-browser trace (profile-ink.ts): for each window,
 * how many begin-frames the display compositor (viz) sent it and how many frames it made of them, its main
 * thread's wall time against its CPU time (a thread that waits for a CPU shows more wall than CPU), and how
 * far apart the presenter's pointer moves were handled; for viz, why it sent a begin-frame or held it back
 * (ThrottleUndrawnFrames: the window's last frames are not on screen yet, as a tab behind another's never is:
 * window.ts). A window can only draw new ink in the frames it makes, and it can only make one when viz sends
 * it a begin-frame.
 */
import { threadNames, type TraceEvent } from './trace';

type Event = TraceEvent & {
  tdur?: number;
  args?: { name?: string; reason?: string; chrome_graphics_pipeline?: { step?: string } };
};

const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? NaN;
/** Gaps between successive times, without the pauses between strokes (over 200 ms). */
const gaps = (ts: number[]) =>
  ts
    .slice(1)
    .map((t, i) => t - ts[i]!)
    .filter((g) => g < 200);

/** The summary's lines: `roles` names renderer processes by pid (presenter, audience), `strokes` divides counts. */
export function inkFrames(events: readonly Event[], roles: ReadonlyMap<number, string>, strokes: number): string[] {
  const threads = threadNames(events);
  const out: string[] = [];
  const per = (n: number) => (n / strokes).toFixed(0);
  for (const [pid, role] of [...roles].sort((a, b) => a[1].localeCompare(b[1]))) {
    const step = (name: string) => events.filter((e) => e.pid === pid && e.args?.chrome_graphics_pipeline?.step === name).length;
    const main = events.filter((e) => e.pid === pid && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
    const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
    const wall = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    const cpu = tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
    out.push(
      `${role}: ${per(step('STEP_RECEIVE_BEGIN_FRAME'))} begin-frames from viz, ${per(step('STEP_SUBMIT_COMPOSITOR_FRAME'))} ` +
        `frames made (per stroke); main thread ${(wall / strokes).toFixed(0)} ms wall, ${(cpu / strokes).toFixed(0)} ms CPU per stroke`,
    );
    const moves = main
      .filter((e) => e.name === 'EventHandler::handleMouseMoveEvent' && e.ph === 'X')
      .map((e) => e.ts / 1000)
      .sort((a, b) => a - b);
    if (moves.length) {
      const g = gaps(moves);
      out.push(
        `  ${per(moves.length)} pointer moves handled per stroke, ${quantile(g, 0.5).toFixed(1)} ms apart ` +
          `(p10 ${quantile(g, 0.1).toFixed(1)}, p90 ${quantile(g, 0.9).toFixed(1)})`,
      );
    }
  }
  const decisions = new Map<string, number>();
  for (const e of events)
    if (e.name === 'SendBeginFrameDecision') decisions.set(e.args?.reason ?? '?', (decisions.get(e.args?.reason ?? '?') ?? 0) + 1);
  out.push(
    `viz begin-frame decisions per stroke: ${[...decisions]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${per(n)}`)
      .join(', ')}`,
  );
  return out;
}
