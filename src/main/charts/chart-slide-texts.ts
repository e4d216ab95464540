/**
 * The texts around a chart slide's chart, as a Chinese window draws them (renderer/slides/SlideView.svelte,
 * ChartSlide.svelte, SlideHeader.svelte), worked out in the main process from the store: chart-box.ts needs
 * them to know the chart's box without a window. From the same sources as the window's — the shared title
 * and section names (shared/slide-titles.ts), the source line's words (shared/chart-words.ts), the derived
 * values' note (shared/chart-model.ts) — and null where the window draws more than plain text: a title
 * holding figure references (drawn as marked figures) or a slide not drawn with the chart layout.
 * Chinese only: a window in English builds another chart model (its words), whose picture is not this one.
 */
import { chartWord } from '../../shared/chart-words';
import { derivedNote, type ChartModel } from '../../shared/chart-model';
import { formatDateZh } from '../../shared/format';
import { drawnLayout } from '../../shared/slide-layouts';
import { slideHeadings } from '../../shared/slide-headings';
import { sectionName, slideTitle } from '../../shared/slide-titles';
import type { Report, Slide } from '../../shared/types';
import type { ChartSlideTexts } from './chart-box';

/** The texts a Chinese window draws around `slide`'s chart (`model`, built in Chinese), or null. */
export function chartSlideTexts(slide: Slide, report: Report, model: ChartModel): ChartSlideTexts | null {
  if (!slide.chart || drawnLayout(slide) !== 'chart' || model.lang !== 'zh') return null;
  if (slide.stored?.title.includes('{{')) return null;
  const eyebrow = sectionName(report, slide.sectionId, 'zh');
  // As every output draws them under the eyebrow (shared/slide-headings.ts).
  const { title, chartTitle } = slideHeadings(eyebrow, slideTitle(slide, 'zh'), slide.chart.title);
  return {
    eyebrow,
    title,
    chartTitle,
    note: derivedNote(model),
    takeaway: slide.chart.takeaway ?? '',
    source: report.published
      ? chartWord('zh', 'sourceLine', { organisation: report.organisation, date: formatDateZh(report.published) })
      : chartWord('zh', 'sourceLineUndated', { organisation: report.organisation }),
  };
}
