/** Chart.js with only the pieces this app draws (tree-shaken; no auto-registration). */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  PieController,
  Title,
  Tooltip,
} from 'chart.js';
import { valueLabels } from './valueLabels';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Title,
  ArcElement,
  DoughnutController,
  PieController,
  Legend,
  valueLabels,
);

export { Chart };
