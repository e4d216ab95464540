/**
 * Preload the bundled font files that any Chinese page needs, from the HTML itself.
 *
 * @fontsource/noto-sans-sc splits each weight into ~100 unicode-range files, numbered so that the highest
 * hold the most frequent characters (Google Fonts' CJK slicing). The browser fetches a file only once laid-out
 * text asks for it, which for a slide is after the app's script has run and its data has arrived: on a cold
 * start the fonts came last (trace: requested at ~0.7 s, in two waves). Every Chinese text needs the
 * commonest slices and the Latin one, in both weights, so those are named in the page and fetched while the
 * script loads. The rarer slices still load on demand.
 */
import type { Plugin } from 'vite';

/** The commonest slices (110–119) and Latin, regular and bold: ~0.6 MB of local files. */
export const COMMON_FONT_FILE = /(^|\/)noto-sans-sc-(11\d|latin)-(400|700)-normal-[\w-]+\.woff2$/;

export function preloadCommonFonts(): Plugin {
  return {
    name: 'briefing-desk:preload-common-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {})
          .filter((f) => COMMON_FONT_FILE.test(f))
          .sort();
        if (files.length === 0)
          throw new Error('preload-common-fonts: no Noto Sans SC files in the bundle (was @fontsource/noto-sans-sc renamed?)');
        return files.map((f) => ({
          tag: 'link',
          // Fonts are fetched in CORS mode: without crossorigin the preload would not be reused.
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', fetchpriority: 'low', href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
