/**
 * A chart slide's picture order (picture-key.ts) from what the store gives a window: the chart's model as
 * a Chinese window builds it (shared/chart-model.ts), the texts around it (chart-slide-texts.ts), the theme
 * and the pixel ratio the window is expected to draw at. Cheap (no canvas, no font): fit for the open path,
 * where the order's key finds a picture made earlier. Null where no picture can be the window's chart.
 */
import { buildChart } from '../../shared/chart-model';
import { withResolvedTexts } from '../../shared/figure-refs';
import { withDeckScript } from '../../shared/deck-script';
import type { Figure, Report, Slide } from '../../shared/types';
import { chartSlideTexts } from './chart-slide-texts';
import type { CssTheme } from './css-theme';
import type { ChartPictureOrder } from './picture-key';

export function chartPictureOrder(
  slide: Slide,
  report: Report,
  figures: ReadonlyMap<number, Figure>,
  theme: CssTheme,
  ratio: number,
): ChartPictureOrder | null {
  if (!slide.chart) return null;
  // As the window builds it (renderer/state/first-picture.ts, slides/ChartSlide.svelte): texts resolved.
  const shown = withResolvedTexts(slide, figures);
  // In the report's script, as the window frames it (shared/deck-script.ts: 單位, 數據來源 for a traditional report).
  return withDeckScript(report.traditional === true, () => {
    let model;
    try {
      model = buildChart(shown.chart!, figures, 'zh');
    } catch {
      return null; // the window shows the chart's error, not a chart
    }
    const texts = chartSlideTexts(shown, report, model);
    return texts && { model, texts, theme, ratio };
  });
}
