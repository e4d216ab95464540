/** Chart data from a ChartSpec and the stored figures: shared/chart-model.ts (the main process draws charts too). */
export * from '../../shared/chart-model';
