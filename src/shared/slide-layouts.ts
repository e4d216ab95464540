/**
 * The slide layouts: one entry each, saying when a slide is drawn with it. The layout names the intent;
 * the content decides what can be drawn. A fixed layout (title, section, closing) is always drawn as
 * itself; any other slide is drawn by the first content layout, in this table's order, that can draw it
 * (a slide with a chart shows its chart; a comparison needs its columns; the text layout draws anything).
 * The components that draw each layout, on screen and in print, are in renderer/slides/layouts.ts, which
 * must name one for every entry here (checked by the type). Adding a layout: one entry here, one there,
 * and its component; no migration (the layout is checked at the door, shared/enums.ts).
 */

/** What the choice looks at: a Slide, or a bundle's slide before it is stored. */
export interface SlideContent {
  layout: string;
  chart: unknown;
  body: { kpis?: readonly unknown[]; columns?: readonly unknown[] };
}

export type SlideLayoutRule = { fixed: true } | { fixed?: false; draws(slide: SlideContent): boolean };

export const SLIDE_LAYOUT_RULES = {
  title: { fixed: true },
  section: { fixed: true },
  closing: { fixed: true },
  chart: { draws: (s) => s.chart !== null && s.chart !== undefined },
  comparison: { draws: (s) => s.layout === 'comparison' && !!s.body.columns?.length },
  kpi: { draws: (s) => !!s.body.kpis?.length },
  /** Last: the layout of last resort. */
  text: { draws: () => true },
} as const satisfies Record<string, SlideLayoutRule>;

export type SlideLayout = keyof typeof SLIDE_LAYOUT_RULES;

/** Every slide layout, in the table's order (the API's and the bundle's enumeration). */
export const SLIDE_LAYOUTS = Object.keys(SLIDE_LAYOUT_RULES) as [SlideLayout, ...SlideLayout[]];

/** The layout a slide is drawn with (see above); 'text' for a layout this version does not know. */
export function drawnLayout(slide: SlideContent): SlideLayout {
  const rules: Record<string, SlideLayoutRule> = SLIDE_LAYOUT_RULES;
  if (Object.hasOwn(rules, slide.layout) && rules[slide.layout].fixed) return slide.layout as SlideLayout;
  return (
    SLIDE_LAYOUTS.find((l) => {
      const rule: SlideLayoutRule = SLIDE_LAYOUT_RULES[l];
      return !rule.fixed && rule.draws(slide);
    }) ?? 'text'
  );
}
