/**
 * A yearly rate (年均增长) with no span of its own is over the years it is read from: after the first of the years
 * whose values the sentence gives before it ("从2011年的32363亿元跃升至2016年的46485亿元，年均增长7.9%": 2012-2016年), or
 * after the base year it is compared with, up to the sentence's year ("2016年，…比2011年增长43.1%，年均增长7.4%"). The
 * years named after the rate (a forecast, a comparison with the year before) take no part.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a yearly rate after the values of two years', () => {
  it('is over the years after the first, not up to a year named after it', () => {
    const text = '全市工业增加值从2011年的32363亿元跃升至2016年的46485亿元，年均增长7.9%，预计2018年突破5万亿元。';
    expect(the(text, '7.9').period).toBe('2012-2016年');
  });
});

describe('a yearly rate since a base year', () => {
  it('is over the years after it, whatever year the sentence compares with after the rate', () => {
    const text = '2016年，全市工业增加值比2011年增长43.1%，年均增长7.4%，比2015年提高0.5个百分点。';
    expect(the(text, '7.4').period).toBe('2012-2016年');
  });
});

describe('years given out of order', () => {
  /** A span of years written backwards (2017-2011年), or one that ends before it starts (2017-2016年). */
  const backwards = (period: string) => {
    const m = /^(\d{4})-(\d{4})年$/u.exec(period);
    return m !== null && Number(m[1]) > Number(m[2]);
  };

  it('never make a yearly rate’s span run backwards', () => {
    for (const text of [
      '全市工业增加值由2016年的3000亿元降至2011年的2500亿元，年均下降3.6%。',
      '全市工业增加值由2016年的3000亿元增至2016年末的3500亿元，年均增长3.6%。',
      '2011年，全市工业增加值比2016年增长43.1%，年均增长7.4%。',
      '2016年，全市工业增加值比2016年增长43.1%，年均增长7.4%。',
    ]) {
      const rate = the(text, text.includes('7.4') ? '7.4' : '3.6');
      expect(backwards(rate.period), `${text} → ${rate.period}`).toBe(false);
    }
  });
});

describe('a span of years compared with (与2006-2010年相比)', () => {
  it('is no period of a yearly rate: it is the rate’s base', () => {
    expect(the('与2006-2010年相比，全市工业增加值年均增长10%。', '10', { asOf: '2015年' }).period).not.toBe('2006-2010年');
    expect(the('比2006-2010年，全市工业增加值年均增速提高2个百分点。', '2', { asOf: '2015年' }).period).not.toBe('2006-2010年');
  });
});
