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

  it('按照可比价格 before the verb, with or without 计算, is how the rate is reckoned, not its subject', () => {
    // 山东 2009 上半年 (http://www.jjckb.cn/wzpd/2009-07/24/content_171240.htm, held-out set 42).
    const shandong = '山东省统计局今天发布的数据显示,上半年全省实现生产总值15688.5亿元,按照可比价格增长9.9%,比一季度增速提高2.9个百分点。';
    expect(the(shandong, '9.9', { asOf: '2009年上半年' })).toMatchObject({ kind: 'growth', label: '生产总值增速' });
    expect(the(shandong, '2.9', { asOf: '2009年上半年' }).label).toContain('生产总值');
    expect(the('全市实现生产总值1200亿元,按照可比价格计算增长7.5%。', '7.5').label).toBe('生产总值增速');
  });

  it('a bracket naming the measure is no price note', () => {
    expect(the('全市地区生产总值(GDP)1338.1亿元,增长6.7%。', '1338.1').kind).toBe('level');
  });
});
