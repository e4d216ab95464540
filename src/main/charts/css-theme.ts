/**
 * A chart's theme colours as a window's CSS gives them, read from the app's own stylesheet (app.css as
 * built: the file the window loads), so the main process draws in exactly the colours the renderer reads
 * with getComputedStyle (renderer/charts/config.ts readTheme): one source, no copy. The themes are custom
 * properties on `:root` (the default, "projector") and `:root[data-theme='…']`.
 */
import type { ChartTheme } from '../../shared/chart-config';

export interface CssTheme {
  /** Every colour but the derived bars' hatching, which is a canvas pattern made from `derived`. */
  chart: Omit<ChartTheme, 'derivedFill'>;
  derived: { stripe: string; ground: string };
}

/** The custom properties the stylesheet sets for `theme`: `:root`'s, then the theme's own over them. */
export function customProperties(css: string, theme: string): Map<string, string> {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const props = new Map<string, string>();
  const themed = new RegExp(`^:root\\[data-theme=(['"]?)${theme.replace(/[^\w-]/g, '')}\\1\\]$`);
  const blocks = [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: (m[1] as string).split(',').map((s) => s.trim()),
    body: m[2] as string,
  }));
  // Document order within each specificity: `:root` first, the theme's selector (more specific) over it.
  for (const pass of [(s: string) => s === ':root', (s: string) => themed.test(s)])
    for (const b of blocks) {
      if (!b.selectors.some(pass)) continue;
      for (const decl of b.body.split(';')) {
        const m = /^\s*(--[\w-]+)\s*:([\s\S]*)$/.exec(decl);
        if (m) props.set(m[1] as string, (m[2] as string).trim());
      }
    }
  return props;
}

/** The chart colours of `theme` in `css`, with readTheme's fallbacks for a property the CSS lacks. */
export function cssChartTheme(css: string, theme = 'projector'): CssTheme {
  const props = customProperties(css, theme);
  const v = (name: string, fallback: string) => props.get(name) || fallback;
  return {
    chart: {
      bar: v('--chart-bar', '#5ea8ff'),
      text: v('--chart-text', '#f4f6fa'),
      muted: v('--chart-muted', '#a7b2c4'),
      grid: v('--chart-grid', 'rgba(255,255,255,0.1)'),
      slices: v('--chart-slices', '#5ea8ff, #f2c14e, #56c7a8, #e57a6b')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      remainder: v('--chart-remainder', '#3a4658'),
      inside: v('--slide-bg-2', '#08101c'),
    },
    derived: {
      stripe: v('--chart-derived-stripe', 'rgba(94,168,255,0.55)'),
      ground: v('--chart-derived-ground', 'rgba(94,168,255,0.12)'),
    },
  };
}
