/**
 * A ratio ("三次产业结构为17.8:42.8:39.4") drafted as one chart of its parts, named by the industries, in no unit:
 * on KPI cards its parts read as three unrelated bare numbers ("三次产业结构 17.8", "三次产业结构 42.8", …), seen on
 * the draft of test/corpus/hanzhong-2016-government-work.txt.
 */
import { describe, expect, it } from 'vitest';
import { draftBundle } from '../src/main/store/draft';
import { extractFigures } from '../src/shared/extract';

const meta = { key: 'r', title: '报告', organisation: '', published: '2017-02-14', asOf: '2016年' };

function draft(text: string) {
  const xs = extractFigures(text, { asOf: '2016年' });
  const bundle = draftBundle(meta, text, xs);
  const keyOf = (value: string) => bundle.figures.find((f) => f.valueText === value)!.key;
  return { slides: bundle.deck.slides, keyOf };
}

describe('a ratio in the draft', () => {
  it('is one chart of its parts, titled by the report’s clause, with no unit; no KPI card shows a part', () => {
    const text =
      '━━产业结构不断优化。三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.9个百分点,二产、三产占比分别上升3.7、0.2个百分点。';
    const { slides, keyOf } = draft(text);
    const parts = ['17.8', '42.8', '39.4'].map(keyOf);
    const charts = slides.filter((s) => s.chart?.series.some((p) => 'figure' in p && parts.includes(p.figure)));
    expect(charts).toHaveLength(1);
    expect(charts[0].title).toBe('三次产业结构为17.8:42.8:39.4');
    expect(charts[0].chart).toMatchObject({ type: 'bar', unit: '', title: '2016年三次产业结构' });
    expect(charts[0].chart!.series).toEqual([
      { figure: parts[0], label: '第一产业' },
      { figure: parts[1], label: '第二产业' },
      { figure: parts[2], label: '第三产业' },
    ]);
    const cards = slides.flatMap((s) => s.body.kpis ?? []).map((k) => k.figure);
    for (const p of parts) expect(cards).not.toContain(p);
  });

  it('reads the ratio sign ∶ too, and names parts of another ratio by order', () => {
    const { slides } = draft('全市三次产业结构调整为9.1∶44.6∶46.3。');
    const chart = slides.find((s) => s.layout === 'chart');
    expect(chart?.title).toBe('全市三次产业结构调整为9.1∶44.6∶46.3');
    expect(chart?.chart?.series.map((p) => p.label)).toEqual(['第一产业', '第二产业', '第三产业']);
    const other = draft('全市农林牧渔业结构为52.3:4.1:38.2:5.4。').slides.find((s) => s.layout === 'chart');
    expect(other?.chart?.series.map((p) => p.label)).toHaveLength(4);
    expect(new Set(other?.chart?.series.map((p) => p.label)).size).toBe(4);
  });
});
