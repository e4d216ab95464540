/**
 * Chart.js with only the pieces this app draws (tree-shaken; no auto-registration). No Legend or Title
 * plugin: legends, titles and units are HTML around the canvas (Chart.svelte), and a registered plugin still
 * takes part in every layout pass with `display: false`.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  PieController,
  Tooltip,
} from 'chart.js';
import { valueLabels } from './valueLabels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, ArcElement, DoughnutController, PieController, valueLabels);

export { Chart };
