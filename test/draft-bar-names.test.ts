/**
 * A chart's bars do not repeat the measure its title names: 大武口 2022's "1-4月非金属矿物制品业等8项指标增速（%）" named
 * its bars "非金属矿物制品业增速", "化学原料和化学制品制造业增速", "电子元件和电子专用材料制造业增速"…, each wrapped onto two
 * lines that ran into the next. Bars that differ only by it, or a title that names another measure, keep it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function charts(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  return bundle.deck.slides.filter((s) => s.chart).map((s) => ({ title: s.chart!.title, labels: s.chart!.series.map((p) => p.label) }));
}

describe('a chart’s bars', () => {
  it('are named without the measure the chart’s title names (大武口 2022)', () => {
    const industries = charts('dawukou-2022-05-industry.txt', '2022年1-5月').find((c) => c.labels.includes('非金属矿物制品业'))!;
    expect(industries.title).toMatch(/增速（%）$/u);
    expect(industries.labels).toContain('电子元件和电子专用材料制造业');
    for (const l of industries.labels) expect(l).not.toMatch(/增速$/u);
  });

  it('keep it when they end in different measures, or the title names another (山东 2018, 大同 2013)', () => {
    // Three industries' 利润增速 beside 高技术制造业利润 (its 7.6%): each says what it is.
    const profits = charts('shandong-2018-02-profits.txt', '2018年1-2月').find((c) => c.labels.length === 4)!;
    expect(profits.labels).toContain('黑色金属冶炼和压延加工利润增速');
    // Bars of 比重 under a title of 占比.
    expect(charts('datong-2013-bulletin.txt', '2013年').find((c) => c.labels.includes('第二产业增加值比重'))).toBeTruthy();
  });
});
