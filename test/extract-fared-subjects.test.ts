/**
 * "另外,食品制造业也表现出了良好的发展态势,上半年完成工业增加值1200万元,增长29%" (西藏 2012, held-out set 19): the
 * industry that the clause before says fared well owns the bare 工业增加值 after it; "代表工业发展新方向的高技术制造业"
 * (山东 2018) is no such clause. "全區汽車製造業逆勢發展" and "廣西汽車製造業也有不凡表現" (广西 2016 1至2月, held-out set
 * 25): grown against the trend, and 也有 before how it fared, are such clauses too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry and how it fared, then a bare measure', () => {
  it('the measure is the industry’s', () => {
    const xizang = '另外,食品制造业也表现出了良好的发展态势,上半年完成工业增加值1200万元,增长29%。';
    expect(the(xizang, '1200', { asOf: '2012年上半年' }).label).toBe('食品制造业工业增加值');
    expect(the(xizang, '29', { asOf: '2012年上半年' }).label).toContain('食品制造业');
  });

  it('a name that holds 发展 is no such clause', () => {
    const shandong = '前2个月,代表工业发展新方向的高技术制造业,利润同比增幅则达到7.6%,占规模以上工业利润总额的比重超过10%。';
    expect(the(shandong, '7.6', { asOf: '2018年1-2月' }).label).toContain('高技术制造业');
  });

  it('grown against the trend (逆势发展), or 也有 before how it fared (也有不凡表现)', () => {
    const asOf = { asOf: '2016年1-2月' };
    const grew = '其中,全區汽車製造業逆勢發展,實現工業增加值同比增長13.9%,成為拉動全區規模以上工業增長的主動力。';
    expect(the(grew, '13.9', asOf).label).toContain('汽車製造業');
    const fared = '廣西汽車製造業也有不凡表現,不僅增速高於全區規模以上工業增加值增速6.9個百分點。';
    expect(the(fared, '6.9', asOf).label).toContain('汽車製造業');
    // Without those words the clause before names no owner.
    expect(the('其中,全區汽車製造業的情況,實現工業增加值同比增長13.9%。', '13.9', asOf).label).not.toContain('汽車');
  });
});

describe('grain and how its production fared, then amounts in 万吨 (陕西 2011, held-out set 24)', () => {
  it('the amounts are grain’s', () => {
    const shaanxi = '全省粮食生产取得好收成,连续八年稳定在1000万吨以上,2011年达到1194.7万吨。';
    expect(the(shaanxi, '1000', { asOf: '2011年' }).label).toContain('粮食');
    expect(the(shaanxi, '1194.7', { asOf: '2011年' }).label).toContain('粮食');
  });
});

describe('an industry that 实现增长 in a month named between, then its amounts (上海 2009-04)', () => {
  it('the amounts are that industry’s, not the one named a clause before', () => {
    // 上海 2009年4月, a 繁體 copy (http://www.globalev.com.cn/product/baofeiqiche/790880dc32814282815fa6cd7b372d81.htm).
    const shanghai = '其中,精品鋼材制造業完成91.86億元,下降21.9%;汽車制造業4月則實現增長,完成197.92億元,增長12%。';
    expect(the(shanghai, '197.92', { asOf: '2009年4月' }).label).toBe('汽車制造業');
    expect(the(shanghai, '12', { asOf: '2009年4月' }).label).toBe('汽車制造業增速');
    expect(the(shanghai, '91.86', { asOf: '2009年4月' }).label).toBe('精品鋼材制造業');
    // The same, with no month between.
    expect(the('汽车制造业实现较快增长,完成产值197.92亿元。', '197.92').label).toContain('汽车制造业');
  });
});

describe('an investment and how it fared (增势良好), then its rate', () => {
  it('the rate is the investment’s, how it fared no part of the label', () => {
    // 河北 2022 一季度 (http://m.xxznews.com/gn/2022/0421/251556.html).
    const hebei =
      '工业投资同比增长15.0%,其中,工业技改投资增长24.6%。高技术产业投资增势良好,同比增长14.7%。其中,高技术制造业投资增长33.8%。';
    expect(the(hebei, '14.7', { asOf: '2022年一季度' }).label).toBe('高技术产业投资增速');
    expect(the(hebei, '33.8', { asOf: '2022年一季度' }).label).toBe('高技术制造业投资增速');
  });
});
