/**
 * The main process's chart picture (src/main/charts/chart-picture.ts) and the theme it reads from the app's
 * stylesheet (css-theme.ts), on the bundled deck in a real store. That it looks like the live chart is
 * e2e/chart-picture-main.spec.ts's to show (it needs Chromium).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawChartPicture } from '../src/main/charts/chart-picture';
import { cssChartTheme, customProperties } from '../src/main/charts/css-theme';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { updateFigure } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { buildChart, type ChartModel } from '../src/shared/chart-model';
import { SEED, tempDir } from './helpers';

const APP_CSS = readFileSync(resolve(__dirname, '../src/renderer/app.css'), 'utf8');

let t: ReturnType<typeof tempDir>;
let store: Store;
beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'picture.sqlite'), { seedBundles: SEED });
});
afterAll(() => {
  store.close();
  t.cleanup();
});

function firstChart(): { model: ChartModel; figureId: number; version: number } {
  const deck = getDeck(store.db, 1)!;
  const slide = deck.slides.find((s) => s.chart)!;
  const figures = listFigures(store.db, deck.reportId);
  const point = slide.chart!.series.find((p) => 'figureId' in p)!;
  const figure = figures.find((f) => 'figureId' in point && f.id === point.figureId)!;
  return { model: buildChart(slide.chart!, new Map(figures.map((f) => [f.id, f]))), figureId: figure.id, version: figure.version };
}

describe('the chart theme from the stylesheet', () => {
  it('reads the default theme from :root and the paper theme over it', () => {
    const projector = cssChartTheme(APP_CSS);
    const paper = cssChartTheme(APP_CSS, 'paper');
    const props = customProperties(APP_CSS, 'paper');
    expect(projector.chart.bar).toBe(customProperties(APP_CSS, 'projector').get('--chart-bar'));
    expect(paper.chart.bar).toBe(props.get('--chart-bar'));
    expect(paper.chart.bar).not.toBe(projector.chart.bar);
    expect(paper.chart.slices.length).toBeGreaterThan(3);
    expect(paper.derived.stripe).toBe(props.get('--chart-derived-stripe'));
    // A property only :root sets is the paper theme's too.
    expect(props.get('--font-sans')).toBe(customProperties(APP_CSS, 'projector').get('--font-sans'));
  });

  it('reads a minified stylesheet as the built app has it', () => {
    const min =
      ':root,:root[data-theme=projector]{--chart-bar:#5ea8ff;--chart-slices:#f2c14e,#5ea8ff}:root[data-theme=paper]{--chart-bar:#1d5fa8}';
    expect(cssChartTheme(min).chart.bar).toBe('#5ea8ff');
    expect(cssChartTheme(min, 'paper').chart.bar).toBe('#1d5fa8');
    expect(cssChartTheme(min, 'paper').chart.slices).toEqual(['#f2c14e', '#5ea8ff']);
  });
});

describe('a chart drawn by the main process', () => {
  const box = { width: 1680, height: 533.906, ratio: 1600 / 1920 };

  it('has the bitmap a window would give the chart at its box and pixel ratio', () => {
    const { model } = firstChart();
    const p = drawChartPicture({ model, theme: cssChartTheme(APP_CSS), ...box });
    expect([p.bitmapWidth, p.bitmapHeight]).toEqual([1400, 444]);
    expect(p.png.subarray(1, 4).toString()).toBe('PNG');
    const twice = drawChartPicture({ model, theme: cssChartTheme(APP_CSS), ...box });
    expect(twice.png.equals(p.png), 'the same chart, the same pixels').toBe(true);
  });

  it('is another picture after a correction and in another theme', () => {
    const before = firstChart();
    const drawn = drawChartPicture({ model: before.model, theme: cssChartTheme(APP_CSS), ...box }).png;
    const figure = listFigures(store.db, getDeck(store.db, 1)!.reportId).find((f) => f.id === before.figureId)!;
    updateFigure(store.db, figure.id, figure.version, { valueText: String(Number(figure.valueText) * 2) }, '检验主进程图表');
    const after = firstChart();
    expect(after.model).not.toEqual(before.model);
    expect(drawChartPicture({ model: after.model, theme: cssChartTheme(APP_CSS), ...box }).png.equals(drawn)).toBe(false);
    expect(drawChartPicture({ model: before.model, theme: cssChartTheme(APP_CSS, 'paper'), ...box }).png.equals(drawn)).toBe(false);
  });
});
