import { describe, expect, it } from 'vitest';
import { makeFigure } from './figure';
import { buildChart, centreLabel, derivedLabel, derivedNote, derivedNotes } from '../../src/renderer/charts/build';
import { sliceColours } from '../../src/renderer/charts/config';
import { growthLead } from '../../src/renderer/slides/labels';
import type { ChartSpec, Figure } from '../../src/shared/types';

const fig = (id: number, p: Partial<Figure>): Figure => makeFigure(id, { kind: 'count', ...p });
const total = fig(1, { value: 128, unit: '件' });
const added = fig(2, { value: 88, unit: '件', kind: 'change' });
const index = fig(3, { value: 79, unit: '', kind: 'index' });
const gap = fig(4, { value: 13, unit: '个点', kind: 'change' });
const third = fig(5, { value: 1 / 3, valueText: '1/3', unit: '', kind: 'share' });
const figures = new Map([total, added, index, gap, third].map((f) => [f.id, f]));

describe('derived chart rows', () => {
  const spec: ChartSpec = {
    type: 'bar',
    title: '中国驰名商标数量',
    unit: '件',
    series: [
      { derived: { op: 'sub', a: 1, b: 2 }, label: '期初（推算）' },
      { figureId: 1, label: '“十二五”末' },
    ],
  };

  it('computes the value, keeps the formula and no figure id', () => {
    const m = buildChart(spec, figures);
    expect(m.rows[0]).toMatchObject({ label: '期初（推算）', value: 40, display: '40件', figureId: null, formula: '128件 − 88件 = 40件' });
    expect(m.rows[1]).toMatchObject({ figureId: 1, formula: null, display: '128件' });
  });

  it('writes the note under the chart, as the brief words it', () => {
    const m = buildChart(spec, figures);
    expect(derivedNotes(m)).toEqual(['期初（推算）= 128件 − 88件 = 40件，原文未直接给出']);
    expect(derivedNote(m)).toBe('注：期初（推算）= 128件 − 88件 = 40件，原文未直接给出');
    expect(derivedNote(buildChart({ ...spec, series: [{ figureId: 1, label: 'x' }] }, figures))).toBe('');
  });

  it('marks a derived label that does not say 推算', () => {
    expect(derivedLabel('期初')).toBe('期初（推算）');
    expect(derivedLabel('全国平均（推算）')).toBe('全国平均（推算）');
    const m = buildChart({ ...spec, series: [{ derived: { op: 'sub', a: 1, b: 2 }, label: '期初' }] }, figures);
    expect(m.rows[0]?.label).toBe('期初（推算）');
  });

  it('titles a unitless index axis 指数 and derives in index points', () => {
    const m = buildChart(
      {
        type: 'bar',
        title: '两化融合指数',
        unit: '',
        series: [
          { figureId: 3, label: '重庆' },
          { derived: { op: 'sub', a: 3, b: 4 }, label: '全国平均（推算）' },
        ],
      },
      figures,
    );
    expect(m.axisTitle).toBe('指数');
    expect(m.rows.map((r) => r.display)).toEqual(['79', '66']);
    expect(derivedNote(m)).toBe('注：全国平均（推算）= 79 − 13个点 = 66，原文未直接给出');
  });

  it('titles 指数 for a unitless level named …指数, as the extractor files an index', () => {
    const cpi = fig(6, { value: 102.7, unit: '', kind: 'level', label: '居民消费价格指数' });
    const m = buildChart({ type: 'bar', title: '价格', unit: '', series: [{ figureId: 6, label: '居民消费价格' }] }, new Map([[6, cpi]]));
    expect(m.axisTitle).toBe('指数');
  });
});

describe('part-of-whole charts', () => {
  const m = buildChart(
    { type: 'doughnut', title: '占比', unit: '', series: [{ figureId: 5, label: '重庆' }], remainderLabel: '全球其他地区' },
    figures,
  );

  it('puts the share in the centre exactly as the source writes it', () => {
    expect(centreLabel(m)).toEqual({ text: '1/3', label: '重庆', figureId: 5 });
    expect(centreLabel({ ...m, type: 'pie' })).toBeNull();
  });

  it('colours stored slices from the palette and the remainder quietly', () => {
    expect(sliceColours(m, { slices: ['#a', '#b'], remainder: '#r' })).toEqual(['#a', '#r']);
  });
});

describe('growth lines', () => {
  it('lets a multiple speak for itself and drops a stray 比', () => {
    expect(growthLead('智能终端全行业年产值', '智能终端全行业年产值增长倍数')).toBe('');
    expect(growthLead('外资及港澳台工业总产值占全市工业', '外资及港澳台工业总产值占比提高')).toBe('提高');
    expect(growthLead('工业总产值', '工业总产值比“十一五”末')).toBe('比“十一五”末');
  });
});
