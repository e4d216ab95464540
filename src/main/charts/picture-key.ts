/**
 * The key of a chart picture made by the main process (chart-picture.ts): the hash of everything the
 * picture shows — the chart's model (its numbers, labels and words: a correction is another model, so
 * another key), the texts around it on its slide (they make its box: chart-box.ts, worked out with the
 * picture, off the open path), the theme's colours, the pixel ratio, the fonts (the font package's version) and
 * the drawing code (the worker's built file, whose chunk names rollup derives from their content, the
 * shared configuration's and value labels' code, and Chart.js's and the canvas's versions). A picture is
 * found only by its key: a changed anything is a picture not found, and the chart is drawn live.
 *
 * Cheap to work out (no Chart.js, no canvas, no font): it is meant for the open path, where a picture is
 * looked up, never made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chartConfigIn } from '../../shared/chart-config';
import { valueLabels } from '../../shared/chart-value-labels';
import type { ChartModel } from '../../shared/chart-model';
import type { ChartSlideTexts } from './chart-box';
import type { CssTheme } from './css-theme';
import { CHART_CODE } from './chart-code';

/** A chart slide's picture as the open path can ask for it: everything its box and pixels follow from. */
export interface ChartPictureOrder {
  model: ChartModel;
  /** The texts around the chart (chart-slide-texts.ts): the box follows from them. */
  texts: ChartSlideTexts;
  theme: CssTheme;
  /** Chart.js's devicePixelRatio in the window: the stage's scale × the screen's ratio. */
  ratio: number;
}

const load = createRequire(__filename);

/**
 * The file the picture worker runs: the built one beside the main bundle (electron.vite.config.ts names it
 * chart-picture-worker), or this folder's source when run from source (tests, tsx).
 */
export function pictureWorkerFile(): string {
  const built = join(__dirname, 'chart-picture-worker.js');
  if (existsSync(built)) return built;
  const here = join(__dirname, 'picture-worker.ts');
  if (existsSync(here)) return here;
  // Bundled into a chunk (out/main/chunks): the worker is one folder up.
  return join(__dirname, '..', 'chart-picture-worker.js');
}

/** A package's version, from its package.json (found from its entry: chart.js does not export the file). */
function packageVersion(name: string): string {
  let dir = dirname(load.resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

let drawing: string | undefined;

/** What names the drawing code: see the module's note. Worked out once per process. */
export function drawingCode(): string {
  if (drawing !== undefined) return drawing;
  const version = (name: string) => packageVersion(name);
  const worker = pictureWorkerFile();
  // Run from source, the worker's own file does not name the modules it imports: hash the drawing and box modules too.
  const sources = worker.endsWith('.ts') ? [worker, join(__dirname, 'chart-picture.ts'), join(__dirname, 'chart-box.ts')] : [worker];
  const code = createHash('sha256');
  for (const file of sources) code.update(existsSync(file) ? readFileSync(file) : `missing ${file}`);
  code.update(String(chartConfigIn));
  code.update(JSON.stringify(valueLabels, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v)));
  drawing = JSON.stringify([code.digest('hex'), version('chart.js'), version('@napi-rs/canvas'), version('@fontsource/noto-sans-sc')]);
  return drawing;
}

/** The key of `order`'s picture: 64 hex digits. */
export function chartPictureKey(order: ChartPictureOrder): string {
  const { model, texts, theme, ratio } = order;
  return createHash('sha256')
    .update(JSON.stringify([drawingCode(), CHART_CODE, model, texts, theme, ratio]))
    .digest('hex');
}
