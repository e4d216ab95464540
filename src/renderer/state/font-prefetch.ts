/**
 * Start loading the font subsets a slide will need as soon as its text is known, before it renders.
 * The bundled Noto Sans SC is split into ~100 unicode-range files per weight; the browser fetches one
 * only when laid-out text (or FontFaceSet.load) asks for it. Asking with the slide's text right after
 * the data arrives moves those fetches ahead of rendering and of the chart, which waits for its fonts.
 * Over-asking costs a few small local files; it never changes what is drawn.
 */
import { inTraditional } from '../../shared/deck-script';
import { formatDateZh } from '../../shared/format';
import type { Figure, Report, Slide } from '../../shared/types';
import { buildChart } from '../charts/build';
import { chartText } from '../charts/config';
import { loadBundledFonts, type FontWeight } from '../lib/fonts';
import { PARTS } from '../lib/i18n';

/** What slides frame their content with, in both languages (and both scripts, shared/deck-script.ts): the source line, units, the slide counter, digits. */
const CHROME = `${Object.values(PARTS.slides)
  .map((s) => s.zh + inTraditional(s.zh) + s.en)
  .join('')}${formatDateZh('2000-01-01')} / 0123456789.,%`;

/**
 * Every string a slide can show, roughly: its own fields, its footer (deck title, section, source) and
 * the labels and values of its figures.
 */
export function slideText(slide: Slide, report: Report, deckTitle: string, figures: ReadonlyMap<number, Figure>): string {
  const section = report.sections.find((s) => s.id === slide.sectionId)?.title ?? '';
  const parts = [CHROME, deckTitle, section, report.organisation, formatDateZh(report.published), slide.title, JSON.stringify(slide.body)];
  if (slide.chart) {
    parts.push(JSON.stringify(slide.chart));
    try {
      parts.push(chartText(buildChart(slide.chart, figures))); // exactly what the chart waits for
    } catch {
      // A chart that cannot be built shows its error instead; nothing more to ask for.
    }
  }
  for (const id of slide.figureIds) {
    const f = figures.get(id);
    if (f) parts.push(f.label, f.valueText, f.unit, f.period, f.qualifier ?? '');
  }
  return parts.join('');
}

/** Ask for the bundled weights of `text` (both unless named); failures are ignored (the page loads its fonts itself anyway). */
export function prefetchFonts(text: string, weights?: readonly FontWeight[]): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  loadBundledFonts(text, weights).catch(() => {});
}

/** Figures by id, for slideText. */
export function figureMap(figures: readonly Figure[]): ReadonlyMap<number, Figure> {
  return new Map(figures.map((f) => [f.id, f]));
}
