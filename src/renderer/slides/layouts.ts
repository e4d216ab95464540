/**
 * Which component draws each slide layout, on screen (SlideView) and in print (print/PrintSlide): one
 * entry per layout of shared/slide-layouts.ts (the type demands one for each). A layout draws the same on
 * paper unless print-layouts.ts names a print variant (charts are drawn as vectors for print): kept
 * there, so the app's own page never loads the print drawing code (svgcanvas and the SVG chart, 20 ms of
 * script in the first chart slide's profile). Each entry maps the one slide context both callers build to
 * its component's own props.
 */
import type { ParaRun } from '../../shared/paragraph';
import type { Component } from 'svelte';
import { drawnLayout, type SlideLayout } from '../../shared/slide-layouts';
import type { Figure, Report, Slide } from '../../shared/types';
import type { Lang } from '../lib/i18n';
import ChartSlide from './ChartSlide.svelte';
import ClosingSlide from './ClosingSlide.svelte';
import ComparisonSlide from './ComparisonSlide.svelte';
import KpiSlide from './KpiSlide.svelte';
import SectionSlide from './SectionSlide.svelte';
import TextSlide from './TextSlide.svelte';
import TitleSlide from './TitleSlide.svelte';

/** Everything a layout may need, worked out once by the caller for its medium and language. */
export interface SlideContext {
  slide: Slide;
  report: Report;
  /** The slide's title in the language shown. */
  title: string;
  /** The title's runs when it holds figure references ({{id}}): each number drawn traceable, like the body's. */
  titleRuns: ParaRun[] | null;
  deckTitle: string;
  figures: ReadonlyMap<number, Figure>;
  /** The section's name, over the title. */
  eyebrow: string;
  /** The section's number (0 for none) and its label ("第二部分" / "Part 2"). */
  sectionNo: number;
  part: string;
  /** 'en' when the slide's own text is shown in English; undefined for the Chinese text. */
  lang: string | undefined;
  /** The language of the chrome (units, source line, chart words). */
  uiLang: Lang;
  /** The words for a figure the store lacks. */
  missing: string;
  byline: { organisation: string; date: string; iso: string };
  /** "数据来源：…" under a chart. */
  source: string;
  /** The colour scheme in force (charts re-read their colours when it changes). */
  theme: string;
  /** Builds (shared/builds.ts): how many of the slide's items are shown; Infinity (print, overview) all. */
  shown: number;
}

export interface LayoutView {
  component: Component<Record<string, unknown>>;
  props(c: SlideContext): Record<string, unknown>;
}

/** A component and how the context becomes its props (typed against the component's own props). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own constraint on a component's props
export function view<P extends Record<string, any>>(component: Component<P>, props: (c: SlideContext) => P): LayoutView {
  return { component: component as unknown as LayoutView['component'], props };
}

const onFace = (c: SlideContext) => ({
  slide: c.slide,
  title: c.title,
  titleRuns: c.titleRuns,
  figures: c.figures,
  eyebrow: c.eyebrow,
  lang: c.lang,
  missing: c.missing,
  shown: c.shown,
});

export const SLIDE_LAYOUT_VIEWS: Record<SlideLayout, { screen: LayoutView }> = {
  title: { screen: view(TitleSlide, (c) => ({ slide: c.slide, title: c.title, deckTitle: c.deckTitle, lang: c.lang, byline: c.byline })) },
  section: { screen: view(SectionSlide, (c) => ({ slide: c.slide, title: c.title, part: c.part, number: c.sectionNo, lang: c.lang })) },
  closing: { screen: view(ClosingSlide, (c) => ({ slide: c.slide, title: c.title, lang: c.lang, byline: c.byline })) },
  chart: {
    // Chosen only for a slide that has a chart (shared/slide-layouts.ts).
    screen: view(ChartSlide, (c) => ({
      spec: c.slide.chart!,
      title: c.title,
      titleRuns: c.titleRuns,
      figures: c.figures,
      source: c.source,
      theme: c.theme,
      eyebrow: c.eyebrow,
      lang: c.lang,
      uiLang: c.uiLang,
      shown: c.shown,
    })),
  },
  comparison: { screen: view(ComparisonSlide, onFace) },
  kpi: { screen: view(KpiSlide, onFace) },
  text: { screen: view(TextSlide, onFace) },
};

/** The layout `slide` is drawn with and the component that draws it on screen (print: print-layouts.ts). */
export function layoutView(slide: Slide): { layout: SlideLayout; view: LayoutView } {
  const layout = drawnLayout(slide);
  return { layout, view: SLIDE_LAYOUT_VIEWS[layout].screen };
}
