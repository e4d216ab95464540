/**
 * Tracing a number back to its source sentence, wired from outside the slide components: every element
 * with `data-figure-id` is a stored figure (slides/FigureValue.svelte, chart data tables), so the deck
 * view delegates clicks and keys on the stage instead of each slide handling them.
 */
const FIGURE = '[data-figure-id]';

/** Numbers a sighted reader sees. The chart's visually hidden data table is read in place by screen readers. */
function isSeen(el: Element): boolean {
  return !el.closest('.visually-hidden, table');
}

/**
 * Attachment for the stage: make each visible number a keyboard-reachable button that opens its trace,
 * again whenever a slide (re)renders its content.
 */
export function traceableNumbers(root: HTMLElement): () => void {
  const mark = () => {
    for (const el of root.querySelectorAll<HTMLElement>(FIGURE)) {
      if (el.hasAttribute('tabindex') || !isSeen(el)) continue;
      el.tabIndex = 0;
      el.setAttribute('role', 'button');
      el.setAttribute('aria-haspopup', 'dialog');
    }
  };
  mark();
  // Only added nodes matter; the attributes set above do not re-trigger (attributes are not observed).
  const mo = new MutationObserver(mark);
  mo.observe(root, { childList: true, subtree: true });
  return () => mo.disconnect();
}

/** The figure element an event happened on (or inside), within `root`, with its figure id. */
export function figureAt(target: EventTarget | null, root: Element): { el: HTMLElement; id: number } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>(FIGURE);
  if (!el || !root.contains(el)) return null;
  const id = Number(el.dataset.figureId);
  return Number.isInteger(id) && id > 0 ? { el, id } : null;
}

/** Strip test ids from a subtree: a thumbnail's copy of the slide counter is not "the" slide counter. */
export function withoutTestIds(root: HTMLElement): void {
  for (const el of root.querySelectorAll('[data-testid]')) el.removeAttribute('data-testid');
}
