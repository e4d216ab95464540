/** The consistency checks' relation branches: a stated growth rate and a stated multiple against the figures. */
import { describe, expect, it } from 'vitest';
import { checkReport, type Finding, type Relation } from '../src/shared/checks';
import type { Figure } from '../src/shared/types';

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
