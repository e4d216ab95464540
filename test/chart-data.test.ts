/**
 * The numbers PowerPoint and Word charts carry (export/chart-data.ts) are the numbers the screen draws: since
 * session 22 chart-data.ts is the screen's own model (shared/chart-model.ts) in Chinese with the decimals its
 * values need, so the "same as the screen" checks below guard that adapter (every field carried, a refusal
 * turned into the export's error), and the others pin the numbers themselves: values, printed values, units,
 * axis titles, remainders and derived formulas for every chart of the bundled deck and for any chart staff
 * could compose; a chart that cannot be drawn is refused by name, never exported with a wrong or missing number.
 * In-process, so mutation testing (npm run test:mutation -- export-charts) sees it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreText, chartData, decimalsFor, derivedNote, isPartOfWhole } from '../src/main/export/chart-data';
import { buildChart, centreLabel, describeChart, derivedNote as screenNote, type ChartModel } from '../src/renderer/charts/build';
import { CHART_TYPES } from '../src/shared/chart-kinds';
import { barValue } from '../src/shared/chart-numbers';
import { extractFigures } from '../src/shared/extract';
import { formatFigureFull, valueIn } from '../src/shared/format';
import type { ChartSpec, ChartType, Figure, FigureKind } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { getDeck, listDecks } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { listReports } from '../src/main/store/reports';
import { SEED } from './helpers';

const figure = (id: number, value: number, unit: string, kind: FigureKind = 'level', extra: Partial<Figure> = {}): Figure => ({
  id,
  reportId: 1,
  sectionId: 1,
  key: `f${id}`,
  label: `指标${id}`,
  valueText: String(value),
  value,
  unit,
  period: '2015年',
  kind,
  status: 'actual',
  qualifier: null,
  scope: null,
  quote: `指标${id}${value}${unit}。`,
  quoteStart: 0,
  quoteEnd: 1,
  valueStart: 0,
  valueEnd: 1,
  version: 1,
  ...extra,
});

/** What the office chart and the screen's model must agree on, row by row. */
const screenRows = (m: ChartModel) =>
  m.rows.map(({ label, value, display, figureId, figureText, formula }) => ({ label, value, display, figureId, figureText, formula }));

function expectSameAsScreen(spec: ChartSpec, figures: ReadonlyMap<number, Figure>): void {
  let screen: ChartModel | undefined;
  let screenError: unknown;
  try {
    screen = buildChart(spec, figures);
  } catch (e) {
    screenError = e;
  }
  if (!screen) {
    // Whatever the screen refuses to draw, the export refuses too, naming the chart.
    expect(() => chartData(spec, figures), String(screenError)).toThrow(`图表“${spec.title}”`);
    return;
  }
  const office = chartData(spec, figures);
  expect(
    office.rows.map(({ label, value, display, figureId, figureText, formula }) => ({
      label,
      value,
      display,
      figureId,
      figureText,
      formula,
    })),
  ).toEqual(screenRows(screen));
  expect([office.type, office.title, office.unit, office.axisTitle]).toEqual([screen.type, screen.title, screen.unit, screen.axisTitle]);
  expect(derivedNote(office)).toBe(screenNote(screen));
  expect(centreText(office)).toBe(centreLabel(screen)?.text ?? null);
}

describe('office chart numbers', () => {
  it('every chart of the bundled deck: the screen’s numbers, each value the store’s figure in the chart’s unit', () => {
    const store = openStore(':memory:', { seedBundles: SEED });
    try {
      const report = listReports(store.db)[0] as { id: number };
      const figures = new Map(listFigures(store.db, report.id).map((f) => [f.id, f]));
      const deck = getDeck(store.db, (listDecks(store.db, report.id)[0] as { id: number }).id);
      const charts = deck?.slides.flatMap((s) => (s.chart ? [s.chart] : [])) ?? [];
      expect(charts.length).toBeGreaterThan(5);
      for (const spec of charts) {
        expectSameAsScreen(spec, figures);
        const data = chartData(spec, figures);
        spec.series.forEach((point, i) => {
          const row = data.rows[i];
          if ('figureId' in point && data.unit !== '%') {
            const f = figures.get(point.figureId) as Figure;
            expect(row?.value, `${spec.title}: ${point.label}`).toBe(valueIn(f, spec.unit));
            expect(row?.figureText).toBe(formatFigureFull(f));
          }
        });
        // The canvas's accessible name reads every row as printed, after the chart's title.
        const described = describeChart(buildChart(spec, figures));
        expect(described.startsWith(`${spec.title}：`), described).toBe(true);
        for (const r of data.rows) expect(described).toContain(`${r.label}${r.display}`);
      }
    } finally {
      store.close();
    }
  });

  it('any chart staff compose from figures of one unit family: the same numbers as the screen', () => {
    const unitFamilies = [['亿元', '万亿元', '万元'], ['%'], ['个', '家'], ['']];
    const arb = fc
      .record({
        family: fc.constantFrom(...unitFamilies),
        type: fc.constantFrom(...CHART_TYPES),
        values: fc.array(
          fc.double({ min: 0.01, max: 99, noNaN: true }).map((v) => Number(v.toFixed(3))),
          { minLength: 1, maxLength: 6 },
        ),
        kind: fc.constantFrom<FigureKind>('level', 'share', 'growth', 'index', 'count'),
        derive: fc.option(fc.record({ op: fc.constantFrom('sub' as const, 'add' as const), a: fc.nat(5), b: fc.nat(5) }), {
          nil: undefined,
        }),
        remainder: fc.option(fc.constantFrom('其他', '全球其他'), { nil: undefined }),
        missing: fc.boolean(),
      })
      .map((r) => {
        const figures = new Map(
          r.values.map((v, i) => [i + 1, figure(i + 1, v, r.family[i % r.family.length] as string, r.kind)] as const),
        );
        const n = r.values.length;
        const series: ChartSpec['series'] = r.values.map((_, i) => ({ label: `项目${i + 1}`, figureId: i + 1 }));
        if (r.derive) series.push({ label: '差额', derived: { op: r.derive.op, a: (r.derive.a % n) + 1, b: (r.derive.b % n) + 1 } });
        if (r.missing) series.push({ label: '缺失', figureId: 99 });
        const spec: ChartSpec = {
          type: r.type,
          title: '图表甲',
          unit: r.family[0] as string,
          series,
          ...(r.remainder ? { remainderLabel: r.remainder } : {}),
        };
        return { spec, figures };
      });
    fc.assert(
      fc.property(arb, ({ spec, figures }) => expectSameAsScreen(spec, figures)),
      { numRuns: 300 },
    );
  });

  it('a missing figure is refused by the chart’s title and the figure’s number, never drawn as zero', () => {
    const spec: ChartSpec = { type: 'bar', title: '规模工业产值', unit: '亿元', series: [{ label: '甲', figureId: 7 }] };
    expect(() => chartData(spec, new Map())).toThrow('图表“规模工业产值”引用的数据（编号 7）不存在');
  });

  it('a figure whose unit no longer fits its chart (edited from 个 to 家) is refused by chart and row, on screen and in the export', () => {
    const figures = new Map([
      [1, figure(1, 12, '个', 'count')],
      [2, figure(2, 30, '家', 'count')],
    ]);
    const spec: ChartSpec = {
      type: 'bar',
      title: '企业数',
      unit: '个',
      series: [
        { label: '甲', figureId: 1 },
        { label: '乙', figureId: 2 },
      ],
    };
    const message = '图表“企业数”：“乙”的单位“家”不能画在单位为“个”的图上';
    expect(() => chartData(spec, figures)).toThrow(message);
    expect(() => buildChart(spec, figures)).toThrow(message);
    const ring: ChartSpec = { type: 'doughnut', title: '结构', unit: '%', series: [{ label: '乙', figureId: 2 }] };
    expect(() => chartData(ring, figures)).toThrow('图表“结构”：“乙”的单位“家”不是占比，不能画成占比图');
  });

  it('a chart type the app does not know (a hand-edited store) is refused, not exported as bars', () => {
    const spec = { type: 'radar', title: '雷达', unit: '亿元', series: [{ label: '甲', figureId: 1 }] } as unknown as ChartSpec;
    const figures = new Map([[1, figure(1, 5, '亿元')]]);
    expect(() => chartData(spec, figures)).toThrow('图表“雷达”的类型“radar”无法识别');
    expect(() => buildChart(spec, figures)).toThrow('图表“雷达”的类型“radar”无法识别');
    expect(isPartOfWhole('radar' as ChartType)).toBe(false);
    expect(centreText({ type: 'radar' as ChartType, title: '雷达', unit: '%', axisTitle: '', rows: [] })).toBeNull();
  });

  it('a figure without a unit on a chart with one, and a derived value of two unrelated units: refused by name', () => {
    const figures = new Map([
      [1, figure(1, 79, '', 'index')],
      [2, figure(2, 12, '个', 'count')],
    ]);
    const plain: ChartSpec = { type: 'bar', title: '景气', unit: '亿元', series: [{ label: '指数', figureId: 1 }] };
    expect(() => chartData(plain, figures)).toThrow('图表“景气”：“指数”的单位“—”不能画在单位为“亿元”的图上');
    const unitless: ChartSpec = { type: 'bar', title: '景气', unit: '', series: [{ label: '企业', figureId: 2 }] };
    expect(() => chartData(unitless, figures)).toThrow('图表“景气”：“企业”的单位“个”不能画在单位为“—”的图上');
    const derived: ChartSpec = { type: 'bar', title: '差', unit: '个', series: [{ label: '差额', derived: { op: 'sub', a: 2, b: 1 } }] };
    expect(() => chartData(derived, figures)).toThrow('图表“差”的推算值无法计算：cannot combine 个 and (no unit)');
  });

  it('a chart with no derived value has no note; a derived label that says 推算 itself is kept as written', () => {
    const figures = new Map([
      [1, figure(1, 198, '家', 'count')],
      [2, figure(2, 63, '家', 'count')],
    ]);
    expect(derivedNote(chartData({ type: 'bar', title: '企业', unit: '家', series: [{ label: '期末', figureId: 1 }] }, figures))).toBe('');
    const own = chartData(
      { type: 'bar', title: '企业', unit: '家', series: [{ label: '推算新增', derived: { op: 'sub', a: 1, b: 2 } }] },
      figures,
    );
    expect(own.rows[0]?.label).toBe('推算新增');
    expect(derivedNote(own)).toBe('注：推算新增 = 198家 − 63家 = 135家，原文未直接给出');
    const two = chartData(
      {
        type: 'bar',
        title: '企业',
        unit: '家',
        series: [
          { label: '差', derived: { op: 'sub', a: 1, b: 2 } },
          { label: '和', derived: { op: 'add', a: 1, b: 2 } },
        ],
      },
      figures,
    );
    expect(derivedNote(two)).toBe('注：差（推算）= 198家 − 63家 = 135家，原文未直接给出；和（推算）= 198家 + 63家 = 261家，原文未直接给出');
  });

  it('a derived value in a share chart is refused: a slice must be a stated share', () => {
    const figures = new Map([
      [1, figure(1, 60, '%', 'share')],
      [2, figure(2, 20, '%', 'share')],
    ]);
    const spec: ChartSpec = { type: 'doughnut', title: '结构', unit: '%', series: [{ label: '差', derived: { op: 'sub', a: 1, b: 2 } }] };
    expect(() => chartData(spec, figures)).toThrow('图表“结构”：推算值不能画成占比图');
  });

  it('shares: the remainder slice makes 100%, a fraction and 成 are percentages, one decimal', () => {
    const figures = new Map([
      [1, figure(1, 1 / 3, '', 'share', { valueText: '1/3' })],
      [2, figure(2, 4, '成', 'share', { valueText: '四' })],
    ]);
    const spec: ChartSpec = {
      type: 'pie',
      title: '占比',
      unit: '',
      series: [
        { label: '甲', figureId: 1 },
        { label: '乙', figureId: 2 },
      ],
      remainderLabel: '其他',
    };
    const d = chartData(spec, figures);
    expect(d.rows.map((r) => [r.label, r.value, r.display])).toEqual([
      ['甲', 33.3333333333, '33.3%'],
      ['乙', 40, '40%'],
      ['其他', 26.6666666667, '26.7%'],
    ]);
    expect([d.unit, d.axisTitle]).toEqual(['%', '']);
  });

  it('a derived bar is marked 推算 with its formula, in the note beneath the chart', () => {
    const figures = new Map([
      [1, figure(1, 198, '家', 'count')],
      [2, figure(2, 63, '家', 'count')],
    ]);
    const spec: ChartSpec = {
      type: 'bar',
      title: '企业',
      unit: '家',
      series: [
        { label: '期末', figureId: 1 },
        { label: '新增', derived: { op: 'sub', a: 1, b: 2 } },
      ],
    };
    const d = chartData(spec, figures);
    expect(d.rows[1]).toMatchObject({
      label: '新增（推算）',
      value: 135,
      display: '135家',
      figureId: null,
      formula: '198家 − 63家 = 135家',
    });
    expect(derivedNote(d)).toBe('注：新增（推算）= 198家 − 63家 = 135家，原文未直接给出');
    expect(d.axisTitle).toBe('单位：家');
  });

  it('prints every value with the decimals it needs: 1380亿元 as 0.138万亿元, at most four', () => {
    expect(decimalsFor([2.45, 0.138, 1])).toBe(3);
    expect(decimalsFor([1 / 3])).toBe(4);
    expect(decimalsFor([12, 1e-7])).toBe(0);
    const figures = new Map([
      [1, figure(1, 2.45, '万亿元')],
      [2, figure(2, 1380, '亿元')],
    ]);
    const d = chartData(
      {
        type: 'bar',
        title: '产值',
        unit: '万亿元',
        series: [
          { label: '甲', figureId: 1 },
          { label: '乙', figureId: 2 },
        ],
      },
      figures,
    );
    expect(d.rows.map((r) => r.display)).toEqual(['2.45万亿元', '0.138万亿元']);
  });

  it('prints a value as the report wrote it: 3.0% stays 3.0% beside 3.3% (天津 2019), on screen, in PowerPoint and Word', () => {
    // test/corpus/tianjin-2019-industry.txt: "采矿业增加值增长3.0%,制造业增长3.3%,电力…增长6.0%".
    const figures = new Map([
      [1, figure(1, 3, '%', 'growth', { valueText: '3.0' })],
      [2, figure(2, 3.3, '%', 'growth', { valueText: '3.3' })],
      [3, figure(3, 6, '%', 'growth', { valueText: '6.0' })],
      [4, figure(4, 2, '%', 'growth', { valueText: '2' })],
    ]);
    const spec: ChartSpec = {
      type: 'hbar',
      title: '分门类增速',
      unit: '%',
      series: [1, 2, 3, 4].map((id) => ({ label: `门类${id}`, figureId: id })),
    };
    const d = chartData(spec, figures);
    expect(d.rows.map((r) => r.display)).toEqual(['3.0%', '3.3%', '6.0%', '2%']);
    expect(buildChart(spec, figures).rows.map((r) => r.display)).toEqual(d.rows.map((r) => r.display));
    // Converted to the chart's unit, a value is printed with the chart's decimals, trailing zeros dropped.
    expect(barValue(0.138, '万亿元', 3, '1380')).toBe('0.138万亿元');
    expect(barValue(-4.1, '%', 1, '4.1')).toBe('-4.1%');
    expect(barValue(5, '%', 1, '5.00')).toBe('5.00%');
    expect(barValue(5, '%', 1, null)).toBe('5%');
  });

  it('prints each bar with its figure’s qualifier, in a card’s word order: 7%左右, 5.5%以上, 约3.5万亿元, 300多个', () => {
    // test/corpus/anhui-2025-government-work.txt's targets, which the draft charts: each bar said "7%", a number the
    // report never gave.
    const text =
      '全省地区生产总值增长5.5%以上;\n固定资产投资增长5%左右;\n规上工业增加值增长7%左右;\n社会消费品零售总额增长5.5%左右;\n进出口总额增长5.5%左右;\n';
    const xs = extractFigures(text, { asOf: '2025年' });
    const figures = new Map(
      xs.map((x, i) => [
        i + 1,
        figure(i + 1, x.number, x.unit, x.kind, { valueText: x.value, qualifier: x.qualifier, label: x.label, status: 'target' }),
      ]),
    );
    const spec: ChartSpec = {
      type: 'bar',
      title: '主要指标增速（目标）',
      unit: '%',
      series: ['地区生产总值', '固定资产投资', '规上工业增加值', '社会消费品零售总额', '进出口总额'].map((label, i) => ({
        label,
        figureId: i + 1,
      })),
    };
    const screen = buildChart(spec, figures);
    expect(screen.rows.map((r) => r.display)).toEqual(['5.5%以上', '5%左右', '7%左右', '5.5%左右', '5.5%左右']);
    // The same words as the card (formatFigureFull) where the unit is the figure's own; PowerPoint and Word alike.
    expect(screen.rows.map((r) => r.display)).toEqual(screen.rows.map((r) => r.figureText));
    expect(chartData(spec, figures).rows.map((r) => r.display)).toEqual(screen.rows.map((r) => r.display));
    expect(describeChart(screen)).toContain('规上工业增加值7%左右');
    // Converted to the chart's unit, the qualifier stays where the card puts it; a decline keeps its sign.
    const other = new Map([
      [1, figure(1, 35000, '亿元', 'level', { valueText: '35000', qualifier: '约' })],
      [2, figure(2, 1000, '亿元', 'level', { valueText: '1000', qualifier: '超过' })],
      [3, figure(3, 300, '个', 'level', { valueText: '300', qualifier: '多' })],
      [4, figure(4, -4.1, '%', 'growth', { valueText: '4.1', qualifier: '左右' })],
      [5, figure(5, -4.1, '%', 'growth', { valueText: '4.1', qualifier: '约' })],
    ]);
    const rows = (unit: string, ids: number[]) =>
      buildChart({ type: 'hbar', title: 't', unit, series: ids.map((id) => ({ label: `x${id}`, figureId: id })) }, other).rows.map(
        (r) => r.display,
      );
    expect(rows('万亿元', [1, 2])).toEqual(['约3.5万亿元', '超过0.1万亿元']);
    expect(rows('亿元', [1, 2])).toEqual(['约35000亿元', '超过1000亿元']);
    expect(rows('个', [3])).toEqual(['300多个']);
    expect(rows('%', [4, 5])).toEqual(['-4.1%左右', '约-4.1%']);
    // A share's qualifier too: "近八成" is a slice of 近80%; the remainder, computed, has none.
    const ring = chartData(
      { type: 'doughnut', title: '占比', unit: '', series: [{ label: '民营经济', figureId: 1 }], remainderLabel: '其他' },
      new Map([[1, figure(1, 8, '成', 'share', { valueText: '八', qualifier: '近' })]]),
    );
    expect(ring.rows.map((r) => r.display)).toEqual(['近80%', '20%']);
  });

  it('prints each bar with its own decimals: an integer is never padded to its neighbours’ (6668 beside 794.3), a share neither', () => {
    // test/corpus/jiangxi-2025-h1-economy.txt writes "第二产业增加值6668.0亿元": that report's 6668.0 is as written.
    const bars = (written: string) => {
      const figures = new Map([
        [1, figure(1, 794.3, '亿元', 'level', { valueText: '794.3' })],
        [2, figure(2, Number(written), '亿元', 'level', { valueText: written })],
        [3, figure(3, 9257.3, '亿元', 'level', { valueText: '9257.3' })],
      ]);
      const spec: ChartSpec = {
        type: 'bar',
        title: '分产业',
        unit: '亿元',
        series: [1, 2, 3].map((id) => ({ label: `产业${id}`, figureId: id })),
      };
      expect(buildChart(spec, figures).rows.map((r) => r.display)).toEqual(chartData(spec, figures).rows.map((r) => r.display));
      return chartData(spec, figures).rows.map((r) => r.display);
    };
    expect(bars('6668')).toEqual(['794.3亿元', '6668亿元', '9257.3亿元']);
    expect(bars('6668.0')).toEqual(['794.3亿元', '6668.0亿元', '9257.3亿元']);
    const ring = chartData(
      { type: 'doughnut', title: '占比', unit: '', series: [{ label: '民营经济', figureId: 1 }], remainderLabel: '其他' },
      new Map([[1, figure(1, 78, '%', 'share', { valueText: '78' })]]),
    );
    expect(ring.rows.map((r) => r.display)).toEqual(['78%', '22%']);
  });

  it('an index has no unit: its axis says 指数', () => {
    const d = chartData(
      { type: 'bar', title: '指数', unit: '', series: [{ label: '甲', figureId: 1 }] },
      new Map([[1, figure(1, 79, '', 'index')]]),
    );
    expect(d.axisTitle).toBe('指数');
  });

  it('a unitless level named …指数 (as the extractor files an index) is on the index scale; another unitless level is not', () => {
    const cpi = chartData(
      { type: 'bar', title: '价格', unit: '', series: [{ label: '居民消费价格', figureId: 1 }] },
      new Map([[1, figure(1, 102.7, '', 'level', { label: '居民消费价格指数' })]]),
    );
    expect(cpi.axisTitle).toBe('指数');
    const rate = chartData(
      { type: 'bar', title: '汇率', unit: '', series: [{ label: '汇率', figureId: 1 }] },
      new Map([[1, figure(1, 6.9, '', 'level', { label: '平均汇率' })]]),
    );
    expect(rate.axisTitle).toBe('');
  });
});
