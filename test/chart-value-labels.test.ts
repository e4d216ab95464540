/**
 * Where the value labels go (shared/chart-value-labels.ts): past a bar's end, on the decline's side for a bar below
 * zero, but never out of the plot over the category labels: 大武口 2022's chart of nine industries drew "-31.9%" over
 * 煤炭开采及洗选业增速, its bar reaching near the axis's end. There it goes on the other side of zero.
 */
import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { valueLabels } from '../src/shared/chart-value-labels';

interface Drawn {
  text: string;
  x: number;
  y: number;
  align: string;
  baseline: string;
}

/** A horizontal or vertical bar chart of `bars` (end x/y and base), its plot from 100 to 700 (x) and 20 to 420 (y). */
function draw(bars: { value: number; x: number; y: number; base: number }[], placement: 'end' | 'above') {
  const drawn: Drawn[] = [];
  const ctx = {
    font: '',
    fillStyle: '',
    textAlign: '',
    textBaseline: '',
    save() {},
    restore() {},
    measureText: (t: string) => ({ width: t.length * 14 }),
    fillText(text: string, x: number, y: number) {
      drawn.push({ text, x, y, align: this.textAlign, baseline: this.textBaseline });
    },
  };
  const chart = {
    ctx,
    canvas: {},
    chartArea: { left: 100, right: 700, top: 20, bottom: 420 },
    data: { datasets: [{ data: bars.map((b) => b.value) }] },
    getDataVisibility: () => true,
    getDatasetMeta: () => ({ hidden: false, data: bars.map((b) => ({ getProps: () => ({ x: b.x, y: b.y, base: b.base }) })) }),
  } as unknown as Chart;
  const labels = bars.map((b) => `${b.value}%`);
  (valueLabels.afterDatasetsDraw as (c: Chart, a: object, o: object) => void)(chart, {}, { labels, placement, size: 28 });
  return drawn;
}

describe('a value label', () => {
  it('goes past a bar’s end, left of a decline’s', () => {
    const [up, down] = draw(
      [
        { value: 48.4, x: 600, y: 50, base: 400 },
        { value: -3.3, x: 380, y: 90, base: 400 },
      ],
      'end',
    );
    expect(up).toMatchObject({ x: 612, align: 'left' });
    expect(down).toMatchObject({ x: 368, align: 'right' });
  });

  it('of a decline that would leave the plot goes on the other side of zero (大武口 2022: -31.9%)', () => {
    const [down] = draw([{ value: -31.9, x: 150, y: 90, base: 400 }], 'end');
    expect(down).toMatchObject({ x: 412, align: 'left' });
    // A column's too: above the zero line, not over the category labels under the plot.
    const [column] = draw([{ value: -31.9, x: 300, y: 410, base: 200 }], 'above');
    expect(column).toMatchObject({ y: 188, baseline: 'bottom' });
    const [short] = draw([{ value: -3.3, x: 300, y: 240, base: 200 }], 'above');
    expect(short).toMatchObject({ y: 252, baseline: 'top' });
  });
});
