/**
 * The first thing the app page evaluates: its first `briefing.open` (state/early-open.ts), sent before the
 * shared chunk (Svelte, Chart.js, the slides) is evaluated, so the answer is in flight while that runs.
 *
 * A module's code runs after everything it imports: sent from main.ts, the request went out only once the
 * whole shared chunk had run (the first chart slide's warm profile: ~25 ms of module evaluation before it
 * under load, and the answer then came after the main thread was free). So this module and the transport
 * it needs (lib/api.ts, early-open.ts and what they import) are a chunk of their own, imported first by
 * main.ts (electron.vite.config.ts, `codeSplitting`). One chunk, not two (one request more, not two: each
 * costs a turn of the bridge, which a cold start under load felt). The print page imports the transport
 * too, so it loads this module as well: the request is sent only on the app page (its #app mount point).
 */
import { api } from './lib/api';
import { openEarly } from './state/early-open';
import { decodeServedPicture, startLastPicture } from './charts/picture-early';
import { startDeferredEntry } from './state/first-frame';
import { readSettings } from './state/saved-settings';

if (typeof document !== 'undefined' && document.getElementById('app')) {
  openEarly(api);
  // The kept picture of the chart this window opened on last time begins decoding (charts/picture-early.ts).
  startLastPicture();
  // Else the picture of its first chart the main process served with the page (charts/picture-early.ts).
  decodeServedPicture();
  // A page served with a first frame runs this chunk as its script, and the app's entry once the frame is shown.
  startDeferredEntry(readSettings());
}
