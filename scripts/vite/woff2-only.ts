/**
 * Keep only the WOFF2 source of each @fontsource face.
 *
 * @fontsource stylesheets give every face a WOFF2 file and a WOFF fallback for browsers without WOFF2.
 * Every Chromium this app runs in (Electron's, and the one the PDF exporter drives) takes WOFF2, so the
 * fallbacks are never fetched: 202 files, 6.3 MB of the package, and a second font source on each of the
 * ~200 faces in every page's stylesheet, parsed and set up on every start.
 */
import type { Plugin } from 'vite';

const FONTSOURCE_CSS = /[\\/]@fontsource[\\/][^?]+\.css(\?.*)?$/;
const WOFF_FALLBACK = /,\s*url\(\s*['"]?[^'")]+\.woff['"]?\s*\)\s*format\(\s*['"]woff['"]\s*\)/g;

export function stripWoffFallback(css: string): string {
  const out = css.replace(WOFF_FALLBACK, '');
  // Fail the build rather than ship a stylesheet this no longer understands.
  if (/\.woff['"]?\s*\)/.test(out)) throw new Error('woff2-only: a WOFF source is left that is not a fallback after a WOFF2 one');
  if (!/\.woff2['"]?\s*\)/.test(out)) throw new Error('woff2-only: no WOFF2 source left');
  return out;
}

export function woff2Only(): Plugin {
  return {
    name: 'briefing-desk:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!FONTSOURCE_CSS.test(id)) return null;
      return { code: stripWoffFallback(code), map: null };
    },
  };
}
