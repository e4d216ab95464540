/**
 * The script of the Chart.js floor page (chart-floor.ts), run in the browser: the chart of the saved slide
 * drawn by the app's own Chart.js build, config and platform, from the model embedded in the page, once its
 * fonts are in (as Chart.svelte does). No bridge, no Svelte, no still, no canvas pool.
 */
import { Chart } from '../src/renderer/charts/register';
import { chartConfig, chartText, readTheme } from '../src/renderer/charts/config';
import { StagePlatform } from '../src/renderer/charts/platform';
import { loadBundledFonts } from '../src/renderer/lib/fonts';
import type { ChartModel } from '../src/renderer/charts/build';

const canvas = document.getElementById('chart-floor-canvas');
const modelJson = document.getElementById('chart-floor-model')?.textContent;
if (!(canvas instanceof HTMLCanvasElement) || !modelJson) throw new Error('chart floor: canvas or model missing from the page');
const model = JSON.parse(modelJson) as ChartModel;

void (async () => {
  await loadBundledFonts(chartText(model));
  const config = chartConfig(model, readTheme(canvas), true);
  const options = config.options ?? {};
  options.animation = false;
  options.devicePixelRatio = Number(canvas.dataset.pixelRatio) || 1;
  new Chart(canvas, { ...config, options, platform: StagePlatform });
  canvas.dataset.drawn = 'true';
})();
