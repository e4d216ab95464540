/**
 * The chart of the slide a window opens on, made ready before that slide is built: its kept picture
 * (charts/picture-cache.ts) or the one the main process served with the page decoded, for the chart to draw
 * in the window's first frame.
 */
import { withDeckScript } from '../../shared/deck-script';
import { withResolvedTexts } from '../../shared/figure-refs';
import type { BriefingOpen } from '../../shared/api';
import { buildChart } from '../charts/build';
import { preparePicture, servedPictureReady } from '../charts/picture-cache';
import { figureMap } from './font-prefetch';
import { settings } from './settings.svelte';

/** Decode the kept picture of the chart `opened` shows, if it has one and one is kept; null when there is none. */
export function prepareShownPicture({ report, figures, deck, presentation }: BriefingOpen): Promise<void> | null {
  const stored = report && presentation ? deck?.slides[presentation.index] : undefined;
  if (!stored?.chart) return null;
  const byId = figureMap(figures);
  const slide = withResolvedTexts(stored, byId);
  try {
    // As ChartSlide builds it (the chart's words in the window's language). Without a kept picture, the one
    // the main process served with the page, if any (main/charts/first-picture.ts).
    // In the report's script (shared/deck-script.ts), which the deck state has not set yet.
    const model = withDeckScript(report?.traditional === true, () => buildChart(slide.chart!, byId, settings.lang));
    return preparePicture(model) ?? servedPictureReady();
  } catch {
    return null; // a chart that cannot be built shows its error instead
  }
}
