/**
 * Name the live charts' chunk (Chart.js: src/renderer/charts/live.ts and what it imports) in the app page as
 * a module preload, so it is fetched and compiled beside the page's first scripts but not run.
 *
 * The chunk is a dynamic import, outside the page's first module graph (charts/live-loader.ts), so that a
 * window whose first chart shows its kept picture paints without running Chart.js. Without a preload its
 * fetch started only once that whole graph had been fetched and run (main.ts asks for it), one more turn of
 * the bridge after the first scripts: a first start drawing its chart live waited for it (profile, cold,
 * under load: requested at 530–850 ms, behind the page's font preloads, answered 150–700 ms later). A
 * module preload runs nothing: the chunk is evaluated when a chart imports it.
 */
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

const LIVE_MODULE = /[\\/]src[\\/]renderer[\\/]charts[\\/]live\.ts$/;

/** The live chunk's file and the chunks it imports that the page would not fetch otherwise. */
export function liveChunkFiles(bundle: OutputBundle, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const live = chunks.find((c) => c.facadeModuleId !== null && LIVE_MODULE.test(c.facadeModuleId));
  if (!live) return [];
  // What the entry's first module graph fetches anyway.
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    for (const f of (bundle[file] as OutputChunk | undefined)?.imports ?? []) visit(f);
  };
  visit(entry);
  return [live.fileName, ...live.imports].filter((f) => !first.has(f));
}

export function preloadLiveCharts(): Plugin {
  return {
    name: 'briefing-desk:preload-live-charts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The app page only: the print page draws its charts as SVG through its own imports.
        const entry = ctx.chunk?.fileName;
        if (!ctx.bundle || !entry || !ctx.filename.endsWith('index.html')) return [];
        const files = liveChunkFiles(ctx.bundle as unknown as OutputBundle, entry);
        if (files.length === 0) throw new Error('preload-live-charts: no chunk for src/renderer/charts/live.ts (was it renamed?)');
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
