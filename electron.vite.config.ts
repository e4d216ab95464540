import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { preloadCommonFonts } from './scripts/vite/preload-common-fonts';
import { preloadLiveCharts } from './scripts/vite/preload-live-charts';
import { woff2Only } from './scripts/vite/woff2-only';
import { chartCodeFile, chartCodeHash } from './scripts/vite/chart-code';

// The chart code's identity, the same in both builds: a window draws main's chart picture only if it is its own.
const chartCode = chartCodeHash(__dirname);
const CHART_CODE = { __CHART_CODE__: JSON.stringify(chartCode) };

export default defineConfig({
  main: {
    define: CHART_CODE,
    build: {
      // zod and pdf-lib are bundled, not required from node_modules at run time. There zod's CommonJS build
      // loads every one of its ~40 locales (0.1–0.2 s of every CLI verb's start), and pdf-lib's is some 300
      // files (about 170 ms of CPU to load, 70 ms bundled); bundled, rollup keeps the parts used. Of opencc-js
      // only three character tables are used (src/shared/extract/script.ts), bundled as strings.
      externalizeDeps: { exclude: ['zod', 'pdf-lib', 'opencc-js'] },
      // cli.js is the headless CLI run by plain Node (scripts/cli.mjs): it must never import electron.
      // chart-picture-worker.js is the thread that draws the main process's chart pictures (src/main/charts/picture-maker.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          'chart-picture-worker': resolve(__dirname, 'src/main/charts/picture-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    define: CHART_CODE,
    plugins: [woff2Only(), svelte(), preloadLiveCharts(), preloadCommonFonts(), chartCodeFile(chartCode)],
    build: {
      // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; minified, the shared chunk (Chart.js + Svelte) is about
      // a third of the size and the first slide and every print page parse it sooner.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The print route (slides, handout, brief) that printToPDF and the headless exporter load.
          print: resolve(__dirname, 'src/renderer/print.html'),
        },
        output: {
          // The app page's boot (src/renderer/boot.ts: the first briefing.open, the kept chart picture's
          // decoding, the served first frame's check: state/first-frame.ts) and the transport it needs
          // are a chunk of their own, so the page runs them before the shared chunk (Svelte, Chart.js,
          // slides) rather than after it.
          // The print page's early briefing.open (print/early-data.ts) likewise: a chunk the app page never loads.
          codeSplitting: {
            groups: [
              {
                name: 'transport',
                test: /[\\/]src[\\/](renderer[\\/](boot|lib[\\/](api|fonts)|state[\\/](early-open|first-frame|saved-settings)|charts[\\/]picture-early)|shared[\\/]first-frame)\.ts$/,
              },
              { name: 'print-boot', test: /[\\/]src[\\/]renderer[\\/]print[\\/]early-data\.ts$/ },
            ],
          },
        },
      },
    },
  },
});
