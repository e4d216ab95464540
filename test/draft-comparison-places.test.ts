/**
 * A comparison place's figure (全国/全省/全州/全市 in the report of a smaller place) is never a bar among the place's
 * own; the figure it is compared with and its comparisons, alone, are a chart of places. A level's card carries only
 * its own growth, never a comparison's. Sentences of real reports of the genre (test/corpus, and the web).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ownPlace } from '../src/main/store/draft/groups';

function deck(text: string, asOf: string) {
  const b = draftBundle(
    { key: 't', title: '导入的报告', organisation: '某县统计局', published: '', asOf },
    text,
    extractFigures(text, { asOf }),
  );
  const label = new Map(b.figures.map((f) => [f.key, f]));
  return {
    charts: b.deck.slides.filter((s) => s.chart).map((s) => s.chart!.series.map((x) => x.label)),
    cards: b.deck.slides.flatMap((s) =>
      (s.body.kpis ?? []).map((k) => ({ main: label.get(k.figure)!.valueText, growth: k.growth ? label.get(k.growth)!.valueText : '' })),
    ),
  };
}

// test/corpus/yaoan-2023-09-industry.txt
const YAOAN =
  '(一)规模以上工业生产总体稳定。1-9月,全县规模以上工业增加值同比增长7.1%,比1-8月提高0.1个百分点,比全州增速(5.3%)高1.8个百分点,位居全州第3位。从三大行业门类看,制造业增加值增长31.2%;采矿业增加值下降50.7%;电力热力燃气及水生产和供应业增加值增长6.8%。';

describe('the report’s own place', () => {
  it('is the whole place that opens its clauses, not the one it is compared with or ranked in', () => {
    expect(ownPlace(YAOAN)).toBe('全县');
    // test/corpus/hualong-2025-q3-industry.txt: a district of a city (全区, compared with 全市 and 全省).
    expect(
      ownPlace(
        '前三季度,全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低8.4个百分点,比全省平均增速(8.4%)低8.7个百分点,增速居全市五县三区第8位。',
      ),
    ).toBe('全区');
    // test/corpus/jiayuguan-2023-q3-industry.txt: 我市, ranked in 全省 again and again.
    expect(
      ownPlace(
        '今年前三季度,我市规上工业增加值增长11.8%,工业对GDP增长贡献率达到61.6%。多项数据位居全省前列:规上工业增加值增长11.8%,位列全省第4位。',
      ),
    ).toBe('全市');
    expect(ownPlace('规上工业增加值增长11.8%。')).toBe('');
  });
});

describe('a comparison place’s figure on a chart', () => {
  it('is no bar among the county’s own (姚安 2023: 全州增速 5.3% beside its industries)', () => {
    const { charts, cards } = deck(YAOAN, '2023年1-9月');
    expect(charts.length).toBeGreaterThan(0);
    for (const labels of charts) expect(labels.join()).not.toMatch(/全州/u);
    expect(cards.map((c) => c.main)).toContain('5.3');
  });

  it('is charted with the one figure compared with it: a chart of places (化隆 2025)', () => {
    const { charts } = deck(
      '前三季度,全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低8.4个百分点,比全省平均增速(8.4%)低8.7个百分点,增速居全市五县三区第8位。',
      '2025年1-9月',
    );
    // (Its bars without the 增速 its title says: draft-bar-names.test.ts.)
    expect(charts).toEqual([['规模以上工业增加值', '全市平均', '全省平均']]);
  });

  it('is charted with the one figure compared with it (朔州 2025, sztj.shuozhou.gov.cn)', () => {
    const { charts } = deck(
      '1—2月份,全市484家规上工业企业增加值同比增长8.1%,居全省第六位,较去年同期(-1.1%)提高9.2个百分点,分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点,增速和位次创下2022年以来的新高。',
      '2025年1-2月',
    );
    expect(charts).toHaveLength(1);
    expect(charts[0]).toHaveLength(3);
    expect(charts[0].slice(1).join()).toMatch(/^全国.*,全省/u);
  });

  it('is no part of the parts a sentence turns to (化隆 2025: 其中制造业 beside 全市制造业…平均增速)', () => {
    const { charts } = deck(
      '分三大门类看,前三季度,全区工业运行平稳。其中:制造业增加值同比增长26.1%,比全市制造业增加值平均增速(14.4%)高11.7个百分点,比全省制造业增加值平均增速(9.7%)高16.4个百分点,拉动全区规上工业增加值增长1.3个百分点;电力热力燃气及水生产和供应业同比增长15.4%,拉动全区规上工业增加值增长0.8个百分点;采矿业同比下降2.6%,下拉全区增速2.4个百分点。',
      '2025年1-9月',
    );
    for (const labels of charts) expect(labels.join()).not.toMatch(/全市|全省/u);
  });
});

describe('a level’s card', () => {
  it('carries its own growth, not a comparison place’s after it (嘉峪关 2023)', () => {
    const { cards } = deck(
      '多项数据位居全省前列:规上工业增加值增长11.8%,位列全省第4位,增速高出全省平均水平(7.5%)4.3个百分点;工业固定资产投资68.1亿元,同比增长91.9%,高于全省平均增速(33.6%)58.3个百分点,增速排名居全省第2位。',
      '2023年1-9月',
    );
    const invest = cards.find((c) => c.main === '68.1')!;
    expect(invest.growth).not.toBe('33.6');
  });

  it('carries no rate of a part after its own (上海 2020: 工业用电625亿千瓦时,增长1.8%,其中10月份当月增长4.8%)', () => {
    const { cards } = deck(
      '1-10月,全市规上工业增加值下降0.8%,降幅比1-9月收窄1.1个百分点。1-10月,全市完成规上工业总产值27581亿元,同比下降0.2%。从用电量看,1-10月工业用电625亿千瓦时,增长1.8%,其中10月份当月增长4.8%。',
      '2020年1-10月',
    );
    const power = cards.find((c) => c.main === '625')!;
    expect(power.growth).not.toBe('4.8');
  });

  it('still carries its growth across a date (陕西 2007: 比2006年下降3.66%)', () => {
    const { cards } = deck('2007年,全省单位GDP能耗1.160吨标准煤/万元,比2006年下降3.66%。', '2007年');
    expect(cards.find((c) => c.main === '1.160')!.growth).toBe('3.66');
  });
});
