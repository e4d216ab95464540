/**
 * What a live chart needs of Chart.js: the registered Chart, the stage's platform and the animator. A chunk
 * of its own, run apart from the app's first scripts (live-loader.ts; the page preloads it, which runs nothing): Chart.js is some 160 KB of the
 * page's script, and a window whose first chart is shown from its kept picture (picture-cache.ts) paints
 * its first frame without it. Only live-loader.ts imports this module, and only dynamically.
 */
export { animator } from 'chart.js';
export { Chart } from './register';
export { StagePlatform } from './platform';

// Evaluated (Chart.js before it) only when a chart imports it: the mark says when (e2e/chart-picture.spec.ts).
performance.mark('briefing-desk.live-charts');
