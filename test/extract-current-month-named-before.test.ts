/**
 * 当月 after a clause of its sentence has named one month as its time is that month, not the report's last: "如今年5月,
 * 柳鋼扭轉了去年10月以來虧損的局面,當月盈利1500萬元" (柳州 2009 上半年, 國家石油和化工網 on 广西发改委's figures, a 繁體
 * copy with the page's pinyin glosses, held-out set 52). Months to date before it (1-8月) leave 当月 the report's month.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const LIUZHOU =
  '其中,6月份冶金工業出現回暖跡象。規模以上冶金工業在前5個月中,月度總產值同比均呈下降態勢,而6月份完成總產值36.67億元,比上年同月增長0.54%。如今年5月,柳鋼扭轉了去年10月以來虧損的局面,當月盈利1500萬元。';

describe('当月 after a month its sentence named', () => {
  it('is that month, with the as-of and without', () => {
    expect(the(LIUZHOU, '1500', { asOf: '2009年1-6月' }).period).toBe('2009年5月');
    expect(the(LIUZHOU, '1500').period).toBe('5月');
  });

  it('leaves the figures of the sentence before in their own month', () => {
    expect(the(LIUZHOU, '36.67', { asOf: '2009年1-6月' }).period).toBe('6月');
  });

  it('is the report month after months to date', () => {
    const text = '1-8月,全省规模以上工业增加值同比增长8.5%,当月增长9.1%。';
    expect(the(text, '9.1', { asOf: '2019年1-8月' }).period).toBe('2019年8月');
  });

  it('is the month written right before it, as before', () => {
    const text = '1-7月,全市规模以上工业增加值同比增长10.3%。其中,7月当月同比增长9.6%,较上月回落1.1个百分点。';
    expect(the(text, '9.6', { asOf: '2017年1-7月' }).period).toMatch(/7月$/u);
  });
});
