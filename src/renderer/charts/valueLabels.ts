/** The value labels plugin: shared/chart-value-labels.ts (the main process draws charts too). */
export { valueLabels } from '../../shared/chart-value-labels';
