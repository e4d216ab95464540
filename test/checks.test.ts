/** The consistency checks' relation branches: a stated growth rate and a stated multiple against the figures. */
import { describe, expect, it } from 'vitest';
import { checkReport, type Finding, type Relation } from '../src/shared/checks';
import type { Figure, Slide } from '../src/shared/types';

let nextId = 1;
/** A figure whose value is quoted verbatim from `text` (so no other check fires). */
function fig(text: string, valueText: string, value: number, unit: string, label: string): Figure {
  const at = text.indexOf(valueText);
  expect(at, `${valueText} in the text`).toBeGreaterThanOrEqual(0);
  return {
    id: nextId++,
    reportId: 1,
    sectionId: 1,
    key: `f${nextId}`,
    label,
    valueText,
    value,
    unit,
    period: '2015年',
    kind: 'level',
    status: 'actual',
    qualifier: null,
    scope: null,
    quote: text,
    quoteStart: 0,
    quoteEnd: text.length,
    valueStart: at,
    valueEnd: at + valueText.length,
    version: 1,
  };
}

const only = (code: Finding['code'], text: string, figures: Figure[], relations: Relation[]) =>
  checkReport(text, figures, [], relations).filter((f) => f.code === code);

describe('growth-mismatch', () => {
  const text = '全市地区生产总值由2010年的7926亿元增加到2015年的15720亿元。';
  const from = fig(text, '7926', 7926, '亿元', '2010年地区生产总值');
  const to = fig(text, '15720', 15720, '亿元', '2015年地区生产总值');
  // (15720 / 7926)^(1/5) − 1 = 14.68 %
  const growth = (rate: number, years = 5): Relation => ({ type: 'growth', from: from.id, to: to.id, rate, years });

  it('accepts a stated rate within half a point of the one the figures imply', () => {
    for (const rate of [14.7, 14.3, 15.1]) expect(only('growth-mismatch', text, [from, to], [growth(rate)]), `${rate}%`).toEqual([]);
  });

  it('flags a stated rate the figures do not bear out, naming both figures and both rates', () => {
    for (const rate of [10, 14.1, 15.3]) {
      const [f, ...more] = only('growth-mismatch', text, [from, to], [growth(rate)]);
      expect(more, `${rate}%`).toEqual([]);
      expect(f).toMatchObject({ severity: 'warning', figureIds: [from.id, to.id] });
      expect(f.message).toContain('年均增长约14.7%');
      expect(f.message).toContain(`所称${rate}%`);
      expect(f.message).toContain('2010年地区生产总值');
    }
  });

  it('uses the number of years: the same figures over ten years imply about 7.1%', () => {
    expect(only('growth-mismatch', text, [from, to], [growth(7.1, 10)])).toEqual([]);
    expect(only('growth-mismatch', text, [from, to], [growth(14.7, 10)])[0].message).toContain('10年年均增长约7.1%');
  });

  it('converts units before comparing (万亿元 against 亿元), and skips figures it cannot compare', () => {
    const t2 = '由0.7926万亿元增加到15720亿元，也曾写作15720万人。';
    const big = fig(t2, '0.7926', 0.7926, '万亿元', '2010年');
    const small = fig(t2, '15720', 15720, '亿元', '2015年');
    const people = { ...fig(t2, '15720', 15720, '万人', '人口'), id: nextId++ };
    expect(only('growth-mismatch', t2, [big, small], [{ type: 'growth', from: big.id, to: small.id, rate: 14.7, years: 5 }])).toEqual([]);
    expect(only('growth-mismatch', t2, [big, small], [{ type: 'growth', from: big.id, to: small.id, rate: 30, years: 5 }])).toHaveLength(1);
    expect(only('growth-mismatch', t2, [big, people], [{ type: 'growth', from: big.id, to: people.id, rate: 30, years: 5 }])).toEqual([]);
    expect(only('growth-mismatch', t2, [big], [{ type: 'growth', from: big.id, to: 9999, rate: 30, years: 5 }])).toEqual([]);
  });
});

describe('multiple-mismatch', () => {
  const text = '2010年为100亿元，2015年为190亿元，另一口径为189亿元、399亿元、400亿元、300亿元。';
  const base = fig(text, '100', 100, '亿元', '2010年规模');
  const at = (v: number) => fig(text, String(v), v, '亿元', `2015年规模${v}`);
  const check = (to: Figure, claim: number) =>
    only('multiple-mismatch', text, [base, to], [{ type: 'multiple', from: base.id, to: to.id, claim }]);

  it('accepts a doubling from 95% of twice the base up to just under four times', () => {
    expect(check(at(190), 2)).toEqual([]);
    expect(check(at(399), 2)).toEqual([]);
  });

  it('flags a 翻一番 the figures fall short of, or far overshoot', () => {
    for (const v of [189, 400]) {
      const [f, ...more] = check(at(v), 2);
      expect(more).toEqual([]);
      expect(f).toMatchObject({ code: 'multiple-mismatch', severity: 'warning', figureIds: [base.id, expect.any(Number)] });
      expect(f.message).toContain(`${(v / 100).toFixed(2)}倍`);
      expect(f.message).toContain('与“翻一番”不符');
    }
  });

  it('names 翻两番 by its name and any other claim as N倍', () => {
    expect(check(at(300), 4)[0].message).toContain('与“翻两番”不符');
    expect(check(at(189), 3)[0].message).toContain('与“3倍”不符');
    expect(check(at(300), 3)).toEqual([]);
  });
});

/** A slide that shows `figureIds` and says `notes` (layout and body do not matter to the checks but the wording one). */
function slide(id: number, figureIds: number[], notes: string, title = '工业概况'): Slide {
  return {
    id,
    deckId: 1,
    ord: id,
    layout: 'title',
    title,
    titleEn: '',
    sectionId: null,
    notes,
    body: {},
    chart: null,
    figureIds,
    version: 1,
    hidden: false,
  };
}

describe('a report whose figures still hold finds nothing', () => {
  it('returns no finding at all for quoted values, sane shares, parts within their total and notes in step', () => {
    const text = '全市工业增加值5557亿元，其中制造业4000亿元、采矿业1000亿元，工业占比44.4%。';
    const total = fig(text, '5557', 5557, '亿元', '工业增加值');
    const a = fig(text, '4000', 4000, '亿元', '制造业');
    const b = fig(text, '1000', 1000, '亿元', '采矿业');
    const share = { ...fig(text, '44.4', 44.4, '%', '工业占比'), kind: 'share' as const };
    const findings = checkReport(
      text,
      [total, a, b, share],
      [slide(1, [total.id, a.id], '讲稿：工业增加值5557亿元。')],
      [{ type: 'partOfTotal', parts: [a.id, b.id], total: total.id }],
    );
    expect(findings).toEqual([]);
  });
});

describe('quote-mismatch and stale-notes', () => {
  const text = '规模以上工业企业实现利润1380亿元。';
  const edited = () => ({ ...fig(text, '1380', 1380, '亿元', '工业利润'), valueText: '1390', value: 1390 });

  it('flags a corrected value its quote no longer holds, quoting what the report wrote', () => {
    const f = edited();
    expect(checkReport(text, [f], [], [])).toEqual([
      { code: 'quote-mismatch', severity: 'warning', figureIds: [f.id], message: expect.stringContaining('原文写作“1380”') },
    ]);
  });

  it('flags notes that still state the old value, naming the slide and both values; notes that state the new one pass', () => {
    const f = edited();
    const stale = slide(7, [f.id], '今年利润1380亿元，增长较快。', '利润');
    const [finding, ...more] = checkReport(text, [f], [stale], []).filter((x) => x.code === 'stale-notes');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', figureIds: [f.id], slideIds: [7] });
    expect(finding.message).toMatch(/^第7页.*利润.*讲稿仍写作“1380亿元”，而数据已改为“1390亿元”/);
    const updated = slide(7, [f.id], '今年利润1380亿元，现更正为1390亿元。');
    expect(checkReport(text, [f], [updated], []).filter((x) => x.code === 'stale-notes')).toEqual([]);
    // Only the value's own words count: a note that merely has the digits in another unit is not stale.
    expect(checkReport(text, [f], [slide(7, [f.id], '共1380家企业。')], []).filter((x) => x.code === 'stale-notes')).toEqual([]);
  });

  it('an unchanged figure never makes notes stale, and a slide naming a figure that is gone is skipped', () => {
    const f = fig(text, '1380', 1380, '亿元', '工业利润');
    expect(checkReport(text, [f], [slide(1, [f.id, 9999], '利润1380亿元。')], [])).toEqual([]);
  });

  it('notes are judged only for a corrected figure: an unchanged decline worded another way is not stale', () => {
    const t = '利润下降4.1%。';
    const d = { ...fig(t, '4.1', -4.1, '%', '利润增速'), kind: 'growth' as const };
    expect(checkReport(t, [d], [slide(4, [d.id], '利润有4.1%的降幅。')], [])).toEqual([]);
  });

  it('a multiple is stated without a unit: its old words in the notes are the number alone', () => {
    const t = '产量是2010年的2.5倍。';
    const m = { ...fig(t, '2.5', 2.5, '倍', '产量倍数'), kind: 'multiple' as const, valueText: '3', value: 3 };
    const found = checkReport(t, [m], [slide(2, [m.id], '产量达到2010年的2.5，')], []).filter((x) => x.code === 'stale-notes');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('讲稿仍写作“2.5”');
  });
});

describe('share-over-100', () => {
  const text = '占比100.1%，另一口径100%，比重0.5，比重1.01，比重1，人数150万人，比重50%。';
  const share = (valueText: string, value: number, unit: string) => ({
    ...fig(text, valueText, value, unit, '占比'),
    kind: 'share' as const,
  });
  const flagged = (f: Figure) => checkReport(text, [f], [], []).filter((x) => x.code === 'share-over-100');

  it('flags a share above 100% or above 1 as a fraction, as an error naming the figure', () => {
    for (const f of [share('100.1', 100.1, '%'), share('1.01', 1.01, '')]) {
      expect(flagged(f), f.valueText).toEqual([
        { code: 'share-over-100', severity: 'error', figureIds: [f.id], message: expect.stringContaining('是占比，却超过了100%') },
      ]);
    }
  });

  it('accepts exactly 100% and exactly 1, any share below, and a number in another unit or of another kind', () => {
    for (const f of [share('100', 100, '%'), share('50', 50, '%'), share('1', 1, ''), share('0.5', 0.5, ''), share('150', 150, '万人')])
      expect(flagged(f), `${f.valueText}${f.unit}`).toEqual([]);
    expect(flagged({ ...share('100.1', 100.1, '%'), kind: 'level' })).toEqual([]);
  });
});

describe('period-not-time', () => {
  it('flags a period that is not a time as a warning on that figure', () => {
    const text = '工业增加值5557亿元。';
    const f = { ...fig(text, '5557', 5557, '亿元', '工业增加值'), period: '工业增加值' };
    expect(checkReport(text, [f], [], [])).toEqual([
      { code: 'period-not-time', severity: 'warning', figureIds: [f.id], message: expect.stringContaining('不是时间') },
    ]);
  });
});

describe('parts-exceed-total', () => {
  const text = '工业增加值5557亿元，制造业4000亿元、采矿业1600亿元，电力0.16万亿元，用工150万人。';
  const total = fig(text, '5557', 5557, '亿元', '工业增加值');
  const a = fig(text, '4000', 4000, '亿元', '制造业');
  const b = fig(text, '1600', 1600, '亿元', '采矿业');
  const c = fig(text, '0.16', 0.16, '万亿元', '电力');
  const people = fig(text, '150', 150, '万人', '用工');
  const all = [total, a, b, c, people];
  const check = (parts: number[], totalId = total.id, figures = all) =>
    only('parts-exceed-total', text, figures, [{ type: 'partOfTotal', parts, total: totalId }]);

  it('flags parts that add up to more than their total, as an error naming every part and the total', () => {
    const [f, ...more] = check([a.id, b.id]);
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', figureIds: [a.id, b.id, total.id] });
    expect(f.message).toMatch(/制造业.*、.*采矿业.*合计超过了.*工业增加值/);
  });

  it('converts units before adding (0.16万亿元 is 1600亿元)', () => {
    expect(check([b.id, c.id])).toEqual([]);
    expect(check([a.id, c.id])).toHaveLength(1);
  });

  it('accepts parts that add up to the total exactly, even when the binary sum rounds a hair above it', () => {
    const t = 'x';
    const at = (v: number) => ({ ...fig(t, 'x', v, '亿元', `v${v}`) });
    const [p1, p2, sum] = [at(0.1), at(0.2), at(0.3)];
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(only('parts-exceed-total', t, [p1, p2, sum], [{ type: 'partOfTotal', parts: [p1.id, p2.id], total: sum.id }])).toEqual([]);
    const [q1, q2, whole] = [at(60), at(40), at(100)];
    expect(only('parts-exceed-total', t, [q1, q2, whole], [{ type: 'partOfTotal', parts: [q1.id, q2.id], total: whole.id }])).toEqual([]);
  });

  it('skips a relation it cannot judge: a part or the total missing, or a part in a unit that is not money', () => {
    expect(check([a.id, b.id, 9999])).toEqual([]);
    expect(check([a.id, b.id], 9999)).toEqual([]);
    expect(check([a.id, b.id, people.id])).toEqual([]);
    expect(check([people.id, a.id, b.id])).toEqual([]);
  });
});

describe('relation edges', () => {
  it('a growth rate exactly half a point off is still accepted', () => {
    const text = '由100亿元增加到200亿元。';
    const from = fig(text, '100', 100, '亿元', '2014年');
    const to = fig(text, '200', 200, '亿元', '2015年');
    // (200 / 100)^(1/1) − 1 = exactly 100 %.
    const growth = (rate: number): Relation => ({ type: 'growth', from: from.id, to: to.id, rate, years: 1 });
    expect(only('growth-mismatch', text, [from, to], [growth(99.5)])).toEqual([]);
    expect(only('growth-mismatch', text, [from, to], [growth(99.4)])).toHaveLength(1);
  });

  it('names 翻三番 by its name', () => {
    const text = '由100亿元增加到300亿元。';
    const from = fig(text, '100', 100, '亿元', '2010年');
    const to = fig(text, '300', 300, '亿元', '2015年');
    const [f] = only('multiple-mismatch', text, [from, to], [{ type: 'multiple', from: from.id, to: to.id, claim: 8 }]);
    expect(f.message).toContain('与“翻三番”不符');
  });
});

describe('reworded-claim', () => {
  it('names the slide and its field, and quotes every reworded clause', () => {
    const text = '工业增加值5557亿元。';
    const s = { ...slide(3, [], '', '工业增加值约5600亿元，增长了10%') };
    expect(checkReport(text, [], [s], [])).toEqual([
      {
        code: 'reworded-claim',
        severity: 'warning',
        figureIds: [],
        slideIds: [3],
        message: '第3页的标题改写了原文：“工业增加值约5600亿元”“增长了10%”在报告中找不到。请用原文的说法，或标明为概括',
      },
    ]);
  });
});
