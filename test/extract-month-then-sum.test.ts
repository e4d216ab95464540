/**
 * "据初步统计,5月柳州市规模以上工业产值323.6亿元,同比下降18.1%;累计产值1743.5亿元,同比下降12.2%" (柳州 2019 1-5月,
 * held-out set 31): a clause opening with 累计, in a sentence whose time is one month named before it, sums the
 * months up to that month (as "4月,…企业累计实现…" does in the month's own clause); the rate of that sum right after
 * it is of the same months. "…当月完成产值33.8亿元,…;累计完成产值273.1亿元,同比增长61.3%" (常州 2011 1-11月) reads so too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const LIUZHOU = '据初步统计,5月柳州市规模以上工业产值323.6亿元,同比下降18.1%;累计产值1743.5亿元,同比下降12.2%。';
const CHANGZHOU =
  '最新统计数据显示,今年前11个月全市规模以上五大产业企业累计完成产值4251.2亿元,同比增长27.1%,其中11月份当月完成产值444.8亿元,同比增长19.3%。五大产业中新能源产业增长势头迅猛,当月完成产值33.8亿元,同比增长118.1%;累计完成产值273.1亿元,同比增长61.3%。';

describe('累计 after a month', () => {
  it('sums the months up to it, and so does its rate (柳州)', () => {
    for (const asOf of ['2019年1-5月', undefined]) {
      const o = asOf ? { asOf } : undefined;
      expect(the(LIUZHOU, '323.6', o).period).toMatch(/^(?:2019年)?5月$/u);
      expect(the(LIUZHOU, '18.1', o).period).toMatch(/^(?:2019年)?5月$/u);
      expect(the(LIUZHOU, '1743.5', o).period).toMatch(/^(?:2019年)?1-5月$/u);
      expect(the(LIUZHOU, '12.2', o).period).toMatch(/^(?:2019年)?1-5月$/u);
    }
  });

  it('after 当月, too (常州)', () => {
    expect(the(CHANGZHOU, '33.8', { asOf: '2011年1-11月' }).period).toBe('2011年11月');
    expect(the(CHANGZHOU, '273.1', { asOf: '2011年1-11月' }).period).toBe('1-11月');
    expect(the(CHANGZHOU, '61.3', { asOf: '2011年1-11月' }).period).toBe('1-11月');
  });

  it('not for a rate with its own subject, nor after January', () => {
    const text = '5月全市工业产值323.6亿元;累计产值1743.5亿元,工业投资增长9%。';
    expect(the(text, '9', { asOf: '2019年1-5月' }).period).toBe('5月');
    expect(the('1月全市工业产值323.6亿元;累计产值330.1亿元。', '330.1', { asOf: '2019年1月' }).period).toBe('1月');
  });
});
