/**
 * A list of gaps, each after its place and that place's rate in brackets ("分别高于全国(5.6%)2.3个、东部地区(6.5%)1.4个
 * 百分点"): the unit written after the last is every item's, the rates in brackets are asides, and each gap is against
 * its own place, signed by the one comparison.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('gaps listed past the places’ rates in brackets', () => {
  it('are each in points, against their own place', () => {
    // 山东 2015年10月 (齐鲁晚报, finance.china.com.cn/roll/20151201/3472954.shtml).
    const shandong =
      '10月份,在全国工业增速持续回落的情况下,全省规模以上工业增加值同比增长7.9%,比9月份提高0.2个百分点,分别高于全国(5.6%)2.3个、东部地区(6.5%)1.4个百分点,呈现出逆势趋稳态势。';
    const asOf = { asOf: '2015年10月' };
    expect(the(shandong, '2.3', asOf)).toMatchObject({ unit: '个百分点', number: 2.3, label: '规模以上工业增加值高于全国' });
    expect(the(shandong, '1.4', asOf)).toMatchObject({ unit: '个百分点', number: 1.4, label: '规模以上工业增加值高于东部地区' });
    expect(the(shandong, '6.5', asOf)).toMatchObject({ number: 6.5, label: '东部地区增速' });
  });

  it('below: every gap is negative, once', () => {
    // (made up, the same form below)
    const below = '全省规模以上工业增加值同比增长5.9%,分别低于全国(6.6%)0.7个、东部地区(6.5%)0.6个百分点。';
    expect(the(below, '0.7')).toMatchObject({ unit: '个百分点', number: -0.7 });
    expect(the(below, '0.6')).toMatchObject({ number: -0.6, label: '规模以上工业增加值低于东部地区' });
  });
});
