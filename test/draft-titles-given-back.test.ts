/**
 * A KPI slide whose card's clause a chart of its section had taken takes it back, and the chart takes what it measures:
 * "40个大类行业中有32个行业增加值保持同比增长" names the slide with that count's card, not "分行业看：主要指标"
 * (test/corpus/henan-2018-05-industry.txt and four more corpus decks).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function slides(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  return draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf })).deck.slides;
}

describe('a card’s clause taken by a chart', () => {
  it('goes back to the card’s slide; the charts of one measure are told apart in their order (河南 2018 5月)', () => {
    const all = slides('henan-2018-05-industry.txt', '2018年5月');
    const kpi = all.find((s) => s.layout === 'kpi' && s.title === '40个大类行业中有32个行业增加值保持同比增长');
    expect(kpi).toBeDefined();
    expect(all.some((s) => s.title.endsWith('：主要指标') && s.layout === 'kpi' && s.section === kpi!.section)).toBe(false);
    const charts = all.filter((s) => s.layout === 'chart' && s.section === kpi!.section).map((s) => s.title);
    expect(charts.slice(0, 2)).toEqual(['5月分行业增速', '5月分行业增速（续）']);
    // The chart's title is the draft's words now, said so.
    expect(all.find((s) => s.title === '5月分行业增速')!.body.paraphrased).toEqual(['title']);
  });

  it('titles the whole’s card, the chart of its parts taking what they measure (乌鲁木齐 2022)', () => {
    const all = slides('urumqi-2022-economy.txt', '2022年');
    expect(all.filter((s) => s.title === '全市实现地区生产总值3893亿元左右')).toHaveLength(1);
    expect(all.find((s) => s.title === '全市实现地区生产总值3893亿元左右')!.layout).toBe('kpi');
  });
});
