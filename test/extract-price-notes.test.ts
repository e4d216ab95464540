/**
 * A bracketed note on how a figure is priced, between its verb and its number ("比上年增长(可比价)9.8%"), does not
 * part them: the number is the verb's rate, not a share of the noun before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a price note between verb and number', () => {
  // 都昌县 2008年统计公报 (https://web.xiaze.org/tjgb/201003/22096.html).
  const DUCHANG_2008 =
    '一、综 合 经济总量日益壮大。2008年全县实现地区生产总值(现行价)300364万元,比上年增长(可比价)9.8%。其中第一产业增加值88560万元,增长4.4%。';

  it('(可比价): the rate of growth', () => {
    expect(the(DUCHANG_2008, '9.8')).toMatchObject({ kind: 'growth', label: '地区生产总值增速', period: '2008年' });
    expect(the(DUCHANG_2008, '300364')).toMatchObject({ kind: 'level', label: '地区生产总值' });
  });

  it('(按可比价格计算) and (现价) too', () => {
    expect(the('全市地区生产总值1200亿元,比上年增长(按可比价格计算)7.5%。', '7.5').kind).toBe('growth');
    expect(the('全市工业总产值比上年增长(现价)12.5%。', '12.5').kind).toBe('growth');
  });

  it('a bracket naming the measure is no price note', () => {
    expect(the('全市地区生产总值(GDP)1338.1亿元,增长6.7%。', '1338.1').kind).toBe('level');
  });
});
