/**
 * The build identity of the chart drawing code (issue #24): one hash of every source file that decides
 * what a chart looks like — the shared chart modules, the main process's drawing (src/main/charts), the
 * renderer's (src/renderer/charts), the stage's geometry — and of the versions of Chart.js, the canvas and
 * the font. electron.vite.config.ts bakes it into the main and renderer builds as __CHART_CODE__; a picture
 * main made carries main's, and a window draws it only if it is its own (renderer/charts/picture-cache.ts).
 * Run from source (tests, the e2e bridge), main works it out from the same files
 * (src/main/charts/chart-code.ts), so it equals a renderer built from them.
 * Plain Node, no Vite: imported by the config and by main.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The file beside the built app page that names its chart code: main serves its picture only to its own. */
export const CHART_CODE_FILE = 'chart-code.txt';

/** The folders and files of the chart code, relative to the project root. */
const SOURCES = ['src/main/charts', 'src/renderer/charts', 'src/shared'];
/** In src/shared, only these: the rest (the extractor, the API) draws nothing. */
const SHARED = /^(chart-[\w-]+|slide-titles|slide-layouts|figure-refs|format|window-geometry)\.ts$/;
const PACKAGES = ['chart.js', '@napi-rs/canvas', '@fontsource/noto-sans-sc'];

function files(root: string): string[] {
  const out: string[] = [];
  for (const dir of SOURCES)
    for (const name of readdirSync(join(root, dir)).sort())
      if (/\.(ts|svelte)$/.test(name) && (dir !== 'src/shared' || SHARED.test(name))) out.push(join(root, dir, name));
  return out;
}

function version(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** The chart code's hash (16 hex digits) for the project at `root`. */
export function chartCodeHash(root: string): string {
  const h = createHash('sha256');
  for (const file of files(root)) h.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const name of PACKAGES) h.update(`${name}@${version(root, name)}\0`);
  return h.digest('hex').slice(0, 16);
}

/** The renderer build's plugin: writes `code` to CHART_CODE_FILE in the build's output. */
export function chartCodeFile(code: string): Plugin {
  return {
    name: 'briefing-desk:chart-code',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CHART_CODE_FILE, source: `${code}\n` });
    },
  };
}
