/**
 * A window's first `briefing.open`, answered in the page itself. The main process (the web bridge, the
 * app:// scheme) puts into the app page it serves the answer the page's first request would get, computed
 * without opening anything: a non-executed `<script type="application/json" id="first-open">` (the CSP allows
 * no inline script, and a data block is not one). The page builds its first slide from it with no round
 * trip, and still sends the request itself, which opens the deck on the hub as before.
 *
 * It is the answer to the plain first request (no report or deck named, no deep link, no remembered slide):
 * `inlineOpenFits` says whether it is also the answer to the request this window makes.
 */
import type { BriefingOpen, Request } from './api';

/** The id of the data block. */
export const FIRST_OPEN_ELEMENT = 'first-open';

export interface InlineOpen {
  /** What `briefing.open` with `{ present: { resume: [] } }` would answer now. */
  answer: BriefingOpen;
  /** The hub showed the answer's deck already: its slide wins over any slide the window remembers. */
  hubShowed: boolean;
  /** The picture of the answer's slide's chart the main process made (main/charts/first-picture.ts), if any. */
  picture?: FirstPicture;
}

/**
 * A chart's picture made by the main process, with all it was drawn from: the window draws it in its first
 * frame only when each of these is what it would draw itself (renderer/charts/picture-cache.ts).
 */
export interface FirstPicture {
  /** The chart model (shared/chart-model.ts) as main built it. */
  model: unknown;
  /** The theme's chart colours (readTheme's, but the hatching) and the hatching's stripe and ground. */
  colours: { bar: string; text: string; muted: string; grid: string; slices: string[]; remainder: string; inside: string };
  derived: { stripe: string; ground: string };
  /** The chart's box in the slide's layout pixels and Chart.js's pixel ratio it was drawn at. */
  box: { width: number; height: number };
  ratio: number;
  bitmapWidth: number;
  bitmapHeight: number;
  /**
   * The identity of main's chart code (scripts/vite/chart-code.ts, baked into both builds): a window drawn
   * by other code (an updated renderer, an older main) draws its chart live.
   */
  code: string;
  /** The bitmap, as a PNG data: URL. */
  png: string;
}

/** Whether `inline` is the answer `request` would get: the same deck, opened at the same slide. */
export function inlineOpenFits(inline: InlineOpen, request: Request<'briefing.open'>): boolean {
  const { present } = request;
  if (!present || present.index !== undefined) return false;
  if (request.reportId !== undefined || request.reportKey !== undefined || request.deckId !== undefined) return false;
  const deck = inline.answer.deck;
  return inline.hubShowed || !deck || !present.resume.some((r) => r.deckId === deck.id);
}

/** The data block for `inline`, safe inside HTML: no `<` can end the element early. */
export function inlineOpenElement(inline: InlineOpen): string {
  const json = JSON.stringify(inline).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_OPEN_ELEMENT}">${json}</script>`;
}

/** The app page `html` with `inline` put at the start of its body (before the mount point). */
export function withInlineOpen(html: string, inline: InlineOpen): string {
  const at = html.search(/<body[^>]*>/i);
  if (at < 0) return html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + inlineOpenElement(inline) + html.slice(end);
}

/**
 * Roughly the text of the slide `answer` opens on: its title, body and chart, the words of its figures, the
 * deck's title and the report's organisation. The page asks for these characters' font slices the moment it
 * takes the answer, before its app is even evaluated; the slide's exact text is asked for again when it is
 * shown (state/font-prefetch.ts). Over-asking costs a few small local files, never what is drawn.
 */
export function firstSlideText({ report, figures, deck, presentation }: BriefingOpen): string {
  const slide = presentation ? deck?.slides[presentation.index] : undefined;
  if (!report || !deck || !slide) return '';
  const ids = new Set(slide.figureIds);
  const words = figures.filter((f) => ids.has(f.id)).map((f) => [f.label, f.valueText, f.unit, f.period, f.qualifier ?? ''].join(''));
  return [deck.title, report.organisation, slide.title, JSON.stringify(slide.body), JSON.stringify(slide.chart), ...words].join('');
}
