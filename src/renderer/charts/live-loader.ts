/**
 * Loading Chart.js for the live charts (live.ts) apart from the app's first scripts. The app page's modules
 * are evaluated only once every module they import statically has been fetched, so with Chart.js among
 * them the first frame waited for it to arrive, be compiled and be evaluated, even when the first chart was
 * shown from its kept picture. Now a chart asks for it when it is about to draw (Chart.svelte), and the
 * page starts loading it early (main.ts) when its first chart has no picture to show.
 */
import type * as Live from './live';

export type LiveCharts = typeof Live;

const importLive = () => import('./live');

/**
 * The dynamic import's code. In a build it names the live chunk's file, whose name carries the hash of
 * its content (Chart.js, the registered pieces, the platform): a chart picture's key includes it
 * (picture-cache.ts), so a picture is never shown for another Chart.js.
 */
export const LIVE_CODE = String(importLive);

let loading: Promise<LiveCharts> | null = null;
let loaded: LiveCharts | null = null;

/** Chart.js for the live charts: loaded once (a failed load is tried again by the next call). */
export function loadLive(): Promise<LiveCharts> {
  loading ??= importLive().then(
    (live) => (loaded = live),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The live charts' module if it has loaded, else null (a chart's plugins run only after it has). */
export function liveNow(): LiveCharts | null {
  return loaded;
}
