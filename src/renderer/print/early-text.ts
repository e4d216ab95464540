/**
 * The text a print layout will show in the bundled sans face, known as soon as its data has loaded: the
 * page starts loading those font files then, while the layout mounts (Svelte, then the charts), instead of
 * only once it has mounted — the mount's time then overlaps the font requests instead of preceding them.
 * A superset is harmless (a file the layout does not need is fetched from the bridge, on loopback), but
 * kept close: speaker notes only in the handout that prints them (one slide a page; the N-up sheets print
 * none), the report's text only in the sans brief (the 公文 brief sets it in its own faces). And the charts'
 * words, which come from the figures the slides name (labels, values with units, derived notes): asked for
 * only by each chart once mounted, their files came in a second wave after the mount.
 */
import type { PrintLayout } from '../../shared/print';
import { buildChart, derivedNote } from '../charts/build';
import { chartText } from '../charts/config';
import type { Lang } from '../lib/i18n';
import type { PrintData } from './load';

function chartsText(d: PrintData, lang: Lang): string {
  return d.deck.slides
    .map((s) => {
      if (!s.chart) return '';
      try {
        const m = buildChart(s.chart, d.figureById, lang);
        return chartText(m) + derivedNote(m);
      } catch {
        return ''; // an incomplete chart prints its message, in the page's text
      }
    })
    .join('');
}

export function earlyFontText(d: PrintData, layout: PrintLayout, lang: Lang = 'zh'): string {
  const withNotes = layout === 'handout';
  const slides = d.deck.slides.map((s) => ({ ...s, notes: withNotes ? s.notes : '', stored: undefined }));
  const parts = [d.deck.title, d.report.title, d.report.organisation, d.report.asOf, JSON.stringify(slides), chartsText(d, lang)];
  if (layout === 'brief') parts.push(d.report.text);
  return parts.join('');
}
