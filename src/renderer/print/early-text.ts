/**
 * The text a print layout will show in the bundled sans face, known as soon as its data has loaded: the
 * page starts loading those font files then, while the layout mounts (Svelte, then the charts), instead of
 * only once it has mounted — the mount's time then overlaps the font requests instead of preceding them.
 * A superset is harmless (a file the layout does not need is fetched from the bridge, on loopback), but
 * kept close: speaker notes only in the handout that prints them (one slide a page; the N-up sheets print
 * none), the report's text only in the sans brief (the 公文 brief sets it in its own faces).
 */
import type { PrintLayout } from '../../shared/print';
import type { PrintData } from './load';

export function earlyFontText(d: PrintData, layout: PrintLayout): string {
  const withNotes = layout === 'handout';
  const slides = d.deck.slides.map((s) => ({ ...s, notes: withNotes ? s.notes : '', stored: undefined }));
  const parts = [d.deck.title, d.report.title, d.report.organisation, d.report.asOf, JSON.stringify(slides)];
  if (layout === 'brief') parts.push(d.report.text);
  return parts.join('');
}
