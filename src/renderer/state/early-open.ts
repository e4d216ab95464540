/**
 * A window's first `briefing.open`, sent before the app is mounted. The deck store sends it from the App's
 * onMount, after the whole renderer bundle is evaluated and App is built; the answer then came one round
 * trip after that (the first chart slide's profile: open sent ~20 ms after the bundle ran, answered one
 * bridge round trip later, with nothing else to do meanwhile). Sent here, from the entry module, the round
 * trip overlaps the App's mount.
 *
 * It is exactly the request the store's first load makes (no report asked for, the deep link, the slides
 * remembered in this tab), made a few milliseconds earlier in the same window. The store takes the answer
 * only for a request equal to it, once; any other load asks the bridge as before.
 *
 * The page may carry that answer already (shared/first-open.ts: the main process inlines it when it serves
 * the page). When it fits this window's request, the store takes it at once, with no round trip; the request
 * is sent all the same, as it opens the deck on the hub (whose state then reaches the window as any other),
 * but once the first slide is shown (`openOnHub`, sent by the store): sent at once, it went out beside the
 * page's scripts and font files for an answer the page already had, and took a connection, a turn of the
 * bridge and the parsing of its answer from the first slide (profile, cold, under load: queued behind the
 * font files, then answered while the slide still waited for its last ones).
 */
import type { AppApi, Request } from '../../shared/api';
import { FIRST_OPEN_ELEMENT, firstSlideText, inlineOpenFits, type InlineOpen } from '../../shared/first-open';
import { startServedPicture } from '../charts/picture-early';
import { checkServedFrame, noteInlineAnswer } from './first-frame';
import { afterNextPaint } from '../lib/after-paint';
import { loadBundledFonts } from '../lib/fonts';
import { slideFromHash } from './deep-link';
import { recallSlides } from './slide-memory';

type OpenRequest = Request<'briefing.open'>;
type OpenAnswer = ReturnType<AppApi['briefing.open']>;

/** A window's first answer, as the store's first load takes it. */
export interface EarlyOpen {
  answer: OpenAnswer;
  /** The page carried the answer: sends the request, which opens the deck on the hub (null: sent already). */
  openOnHub: (() => OpenAnswer) | null;
}

let early: (EarlyOpen & { request: string }) | null = null;

/** The request of a window's first load: `deepLink` is the slide its address names, if any. */
export function firstOpenRequest(deepLink: number | null): OpenRequest {
  return { present: { resume: recallSlides(), ...(deepLink === null ? {} : { index: deepLink }) } };
}

/** The answer the page was served with (its data block), read once; null when there is none. */
export function readInlineOpen(): InlineOpen | null {
  const el = typeof document === 'undefined' ? null : document.getElementById(FIRST_OPEN_ELEMENT);
  if (!el) return null;
  el.remove();
  try {
    return JSON.parse(el.textContent ?? '') as InlineOpen;
  } catch {
    return null;
  }
}

/**
 * Send the first load's request now (the address's deep link, this tab's remembered slides). `inline`: the
 * answer the page was served with, taken in place of the request's own when it fits the request.
 */
export function openEarly(api: Pick<AppApi, 'briefing.open'>, hash = location.hash, inline = readInlineOpen()): void {
  const request = firstOpenRequest(slideFromHash(hash));
  const key = JSON.stringify(request);
  const fits = inline !== null && inlineOpenFits(inline, request);
  // The first frame main served with the page (state/first-frame.ts) stays only over the slide this window opens.
  checkServedFrame(fits);
  if (inline !== null && fits) {
    noteInlineAnswer(inline.answer);
    // The first slide's font slices are asked for now, while the app's scripts are still being evaluated.
    if (typeof document !== 'undefined' && document.fonts) loadBundledFonts(firstSlideText(inline.answer)).catch(() => {});
    early = { request: key, answer: Promise.resolve(inline.answer), openOnHub: () => api['briefing.open'](request) };
    // The picture main made of the slide's chart, if served, begins decoding (charts/picture-early.ts).
    startServedPicture(inline.picture);
    return;
  }
  const sent = api['briefing.open'](request);
  sent.catch(() => {}); // reported by the load that takes it (or by nobody, if none does)
  early = { request: key, answer: sent, openOnHub: null };
}

/** The early answer to `request`, if it is exactly the first load's request; once. Null otherwise. */
export function takeEarlyOpen(request: OpenRequest): EarlyOpen | null {
  const e = early;
  early = null;
  return e && e.request === JSON.stringify(request) ? { answer: e.answer, openOnHub: e.openOnHub } : null;
}

/**
 * Resolves once the fonts loading now (the first slide's, asked for as it is shown) are in and the next
 * frame has been rendered: the first slide on screen, complete. At once where there is no document.
 */
export async function afterFirstSlide(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await document.fonts.ready;
  await afterNextPaint();
}
