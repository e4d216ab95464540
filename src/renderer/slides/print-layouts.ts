/**
 * The print variants of slide layouts (layouts.ts has every layout's screen view): a layout named here is
 * drawn on paper by its own component, any other as on screen. Only the print page imports this file, so
 * the app's page never loads the print drawing code (the SVG chart and svgcanvas).
 */
import type { SlideLayout } from '../../shared/slide-layouts';
import type { Slide } from '../../shared/types';
import { layoutView, view, type LayoutView } from './layouts';
import PrintChartSlide from './PrintChartSlide.svelte';

export const PRINT_LAYOUT_VIEWS: Partial<Record<SlideLayout, LayoutView>> = {
  // Charts as vectors (SvgChart), sized for the page.
  chart: view(PrintChartSlide, (c) => ({
    spec: c.slide.chart!,
    title: c.title,
    titleRuns: c.titleRuns,
    report: c.report,
    figures: c.figures,
    eyebrow: c.eyebrow,
    lang: c.uiLang,
  })),
};

/** The layout `slide` is drawn with and the component that draws it on paper. */
export function printLayoutView(slide: Slide): { layout: SlideLayout; view: LayoutView } {
  const drawn = layoutView(slide);
  return { layout: drawn.layout, view: PRINT_LAYOUT_VIEWS[drawn.layout] ?? drawn.view };
}
