/**
 * A window's first frame as HTML (issue #24): the deck window's own rendering of its first slide, handed to
 * the main process once complete ('window.frame'), and served inside the next app page (main/web/first-frame.ts)
 * when that page opens the very same slide under the same key, so its first frame needs no script. The chart
 * is main's own picture of it (main/charts/first-picture.ts), exactly keyed; the app mounts under the frame
 * and removes it once its live slide is complete.
 *
 * The key: everything the first slide's rendering follows from — the first answer's report, figures, deck
 * and slides, the hub's state of the show (its slide, step, screen, pointer, zoom, ink; not its revision
 * counters, which move on every action), the window's geometry (size, stage box, pixel ratio, language,
 * theme) and the renderer's build. Both sides work it out with `frameBasis` from what they hold: the window
 * from the answer it showed, main from the answer it would serve now. A figure corrected since is another
 * basis, so another key: the frame is not served, never a stale number.
 */
import type { BriefingOpen } from './api';
import type { WindowGeometry } from './window-geometry';

/** The id of the served frame's element in the app page. */
export const FIRST_FRAME_ELEMENT = 'first-frame';

/** Bumped whenever what a frame is made of changes: an older main's frame is then another key. */
const FRAME_VERSION = 1;

/** The most a frame may take as sent (its JSON), and its most nodes and depth. */
export const FRAME_LIMITS = { chars: 512 * 1024, nodes: 20_000, depth: 64 } as const;

/**
 * A frame as the window sends it: a text, or an element (tag, attributes, children). The chart's canvas is
 * sent as `{ t: 'picture' }` with its class and style: main puts its own picture there.
 */
export type FrameNode = string | { t: string; a?: Record<string, string>; c?: FrameNode[] };

/** JSON with every object's keys sorted: the same text for the same data, whatever order it was built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * What a first frame follows from (see the module's note), as one text; null when it has no slide to show.
 * `build`: the app page's entry script (its name carries its content's hash).
 */
export function frameBasis(answer: BriefingOpen, geometry: WindowGeometry, build: string): string | null {
  const { reports, report, figures, deck, presentation } = answer;
  if (!report || !deck || !presentation || presentation.deckId !== deck.id || !deck.slides[presentation.index]) return null;
  const { deckId, index, total, screen, pointer, zoom, presenting, hidden, steps, step, ink } = presentation;
  const show = { deckId, index, total, screen, pointer, zoom, presenting, hidden, steps, step, ink };
  return canonicalJson([FRAME_VERSION, build, geometry, reports, report, figures, deck, show]);
}

/** The entry script's name in an app page's HTML (`./assets/index-<hash>.js`), or '' when it has none. */
export function pageBuild(html: string): string {
  return /<script type="module"[^>]*src="[^"]*?\/?(assets\/[\w.-]+\.js)"/.exec(html)?.[1] ?? '';
}
