/** Builds on a chart: shared/chart-build-reveal.ts (the value labels, shared too, skip what it hides). */
export { buildReveal, setShown, shownOn } from '../../shared/chart-build-reveal';
