/**
 * "由“十五”期末的507.2亿元和179.99亿元提高到2010年的1260亿元和420亿元,年均分别增长20%和18.5%" (桂林 2011, 广西新闻网,
 * held-out set 33): the tenth plan (2001-2005), named “十五” in quotes, its end (末, 期末) its last year, 2005; each
 * item of the list after 由 is of that time; the yearly rates over the years after it (“十一五”时期); and 由 with the
 * plan's end no part of the label.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUILIN =
  '据市工信委最新的统计数据显示,2010年桂林工业主要经济指标增幅十分给力,全年全市工业总产值和工业增加值分别由“十五”期末的507.2亿元和179.99亿元提高到2010年的1260亿元和420亿元,年均分别增长20%和18.5%。';
// 安徽 2010 (held-out set 8): the base of a growth, written “十五”末.
const ANHUI = '2010年,全省规模以上工业企业达到1.65万户,实现产品销售收入17851.5亿元,比“十五”末分别增长212.7%、294.7%。';

describe('“十五”期末', () => {
  for (const opts of [{ asOf: '2011年' }, {}])
    it(`is 2005, each item of the list of its own, the yearly rates over “十一五” (${opts.asOf ?? 'no as-of'})`, () => {
      expect(the(GUILIN, '507.2', opts).period).toBe('2005年');
      expect(the(GUILIN, '179.99', opts).period).toBe('2005年');
      expect(the(GUILIN, '1260', opts).period).toBe('2010年');
      expect(the(GUILIN, '420', opts).period).toBe('2010年');
      expect(the(GUILIN, '20', opts).period).toBe('“十一五”时期');
      expect(the(GUILIN, '18.5', opts).period).toBe('“十一五”时期');
      expect(the(GUILIN, '18.5', opts).status).toBe('actual');
    });

  it('by years written as such, the same', () => {
    const text = '全市工业总产值和工业增加值分别由2005年的507.2亿元和179.99亿元提高到2010年的1260亿元和420亿元。';
    expect(the(text, '179.99', { asOf: '2010年' }).period).toBe('2005年');
    expect(the(text, '420', { asOf: '2010年' }).period).toBe('2010年');
  });

  it('leaves 由 and the plan’s end out of the label', () => {
    expect(the('工业化率由“十五”末的34.3%提高到43.7%。', '34.3', { asOf: '2010年' })).toMatchObject({
      label: '工业化率',
      period: '2005年',
    });
  });

  it('a growth over it stays of the report’s year; 十五 unquoted is fifteen', () => {
    expect(the(ANHUI, '212.7', { asOf: '2010年' }).period).toBe('2010年');
    expect(the('全市十五个重点项目完成投资30亿元。', '30', { asOf: '2010年' }).period).toBe('2010年');
  });
});
