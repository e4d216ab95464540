import { describe, expect, it } from 'vitest';
import { makeFigure } from './figure';
import { buildChart, decimalsFor, describeChart, wrapLabel } from '../../src/renderer/charts/build';
import type { ChartSpec, Figure } from '../../src/shared/types';

let nextId = 1;
const fig = (p: Partial<Figure>): Figure => makeFigure(nextId++, p);
const mapOf = (...figs: Figure[]) => new Map(figs.map((f) => [f.id, f]));

describe('buildChart', () => {
  it('plots bars in the chart unit and labels them with formatValue', () => {
    const a = fig({ value: 18.6, valueText: '18.6', unit: '%', kind: 'growth' });
    const b = fig({ value: 25, valueText: '25', unit: '%', kind: 'growth' });
    const spec: ChartSpec = {
      type: 'bar',
      title: '增速',
      unit: '%',
      series: [
        { figureId: a.id, label: '产值' },
        { figureId: b.id, label: '利润' },
      ],
    };
    const m = buildChart(spec, mapOf(a, b));
    expect(m.axisTitle).toBe('单位：%');
    expect(m.rows.map((r) => [r.value, r.display, r.figureId, r.figureText])).toEqual([
      [18.6, '18.6%', a.id, '18.6%'],
      [25, '25%', b.id, '25%'],
    ]);
    expect(describeChart(m)).toBe('增速：产值18.6%，利润25%');
  });

  it('converts units within a family without losing digits', () => {
    const big = fig({ value: 2.45, valueText: '2.45', unit: '万亿元', qualifier: '预计' });
    const small = fig({ value: 1380, valueText: '1380', unit: '亿元' });
    const m = buildChart(
      {
        type: 'bar',
        title: 't',
        unit: '万亿元',
        series: [
          { figureId: big.id, label: 'a' },
          { figureId: small.id, label: 'b' },
        ],
      },
      mapOf(big, small),
    );
    // A bar's label carries its figure's qualifier as the card does (shared/chart-numbers.ts barValue, session 25).
    expect(m.rows.map((r) => r.display)).toEqual(['预计2.45万亿元', '0.138万亿元']);
    expect(m.rows[0]?.figureText).toBe('预计2.45万亿元');
  });

  it('turns shares into percentages and adds the remainder slice', () => {
    const third = fig({ value: 1 / 3, valueText: '1/3', unit: '', kind: 'share' });
    const m = buildChart(
      { type: 'doughnut', title: '占比', unit: '', series: [{ figureId: third.id, label: '重庆' }], remainderLabel: '全球其他' },
      mapOf(third),
    );
    expect(m.rows.map((r) => [r.label, r.display, r.figureId])).toEqual([
      ['重庆', '33.3%', third.id],
      ['全球其他', '66.7%', null],
    ]);
    expect(m.axisTitle).toBe('');
  });

  it('names a missing figure instead of drawing a wrong chart', () => {
    expect(() => buildChart({ type: 'bar', title: '缺', unit: '%', series: [{ figureId: 999, label: 'x' }] }, new Map())).toThrow(/999/);
  });

  it('refuses units that do not convert', () => {
    const f = fig({ value: 5, unit: '个' });
    expect(() => buildChart({ type: 'bar', title: 't', unit: '%', series: [{ figureId: f.id, label: 'x' }] }, mapOf(f))).toThrow();
  });
});

describe('helpers', () => {
  it('decimalsFor', () => {
    expect(decimalsFor([1, 2.5, 0.138])).toBe(3);
    expect(decimalsFor([1380, 25])).toBe(0);
  });
  it('wrapLabel splits long labels into even lines', () => {
    expect(wrapLabel('工业投资', 14)).toEqual(['工业投资']);
    expect(wrapLabel('软件和信息技术服务业营业收入', 10)).toEqual(['软件和信息技术', '服务业营业收入']);
  });
});
