/**
 * Places listed before the measure they share, written once after the last ("遵义、黔西南、安顺地区生产总值比上年同期保持两位数
 * 增长,分别增长 11.7%、11.5%、11.3%", 贵州 2021 前三季度 by 市州, held-out set 53): each place's measure is 地区生产总值 whole.
 * The measure was cut at 总值, so the first two read 遵义总值 and 黔西南总值 on a chart beside 安顺地区生产总值.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places listed before 地区生产总值', () => {
  it('each take the whole measure', () => {
    const text = '遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长 11.7%、11.5%、11.3%,位居前列。';
    expect(the(text, '11.7').label).toBe('遵义地区生产总值增速');
    expect(the(text, '11.5').label).toBe('黔西南地区生产总值增速');
    expect(the(text, '11.3').label).toBe('安顺地区生产总值增速');
  });

  it('and so with 国内生产总值 and 生产总值', () => {
    const text = '美国、日本国内生产总值分别增长2.5%和1.9%。';
    expect(the(text, '2.5').label).toBe('美国国内生产总值增速');
    const county = '甲县、乙县生产总值分别增长6.1%和5.2%。';
    expect(the(county, '6.1').label).toBe('甲县生产总值增速');
  });
});
