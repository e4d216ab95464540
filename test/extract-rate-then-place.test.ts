/**
 * A place right after a rate, its clause naming no measure of its own, is the rate's place: "全省规上工业增加值同比增长
 * 5.7%,全国排名第8位" (山西 2021, test/corpus/shanxi-2021-industry-targets), "规上工业增加值258亿元,增长43.1%,居珠三角第7位、
 * 全省第11位" (惠州 2021 1-2月), "單位GDP能耗…下降4.54%,列全國第四位,西部省區第一位" (陕西 2007): …增速位次, as
 * "增速居全国第5位" already was (the annotations name the measure; 增速 was lost: "分别居全国第10位、东部地区第6位", seen
 * on a held-out report in session 29). A place after 总量 (or another measure) is that measure's; one kept (继续位居,
 * 保持) is the amount's standing.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a place after a rate', () => {
  it('is the rate’s, and so is a second place in another scope', () => {
    expect(labels('全市规上工业增加值增长8.7%,分别居全国第10位、东部地区第6位。', ['10', '6'])).toEqual([
      '规上工业增加值增速位次',
      '规上工业增加值增速位次',
    ]);
    const huizhou = '2021年1-2月,全市规上工业总产值1215.4亿元,增长48%;规上工业增加值258亿元,增长43.1%,居珠三角第7位、全省第11位。';
    expect(labels(huizhou, ['7', '11'])).toEqual(['规上工业增加值增速位次', '规上工业增加值增速位次']);
    const shaanxi = '其中,我省單位GDP能耗1.361噸標準煤/萬元,下降4.54%,列全國第四位,西部省區第一位;';
    expect(labels(shaanxi, ['四', '一'])).toEqual(['單位GDP能耗增速位次', '單位GDP能耗增速位次']);
  });

  it('not after 总量, nor a place kept, nor after an amount', () => {
    expect(labels('全市实现规上工业增加值120亿元,同比增长8.7%,总量居全省第3位。', ['3'])).toEqual(['规上工业增加值位次']);
    const apples = '2011年,全省水果产量1332.7万吨,比上年增长7.6%,其中苹果902.9万吨,同比增长5.5%,继续位居全国第一;';
    expect(labels(apples, ['一'])).toEqual(['苹果位次']);
    expect(labels('2016年,福建省实现地区生产总值28519.15亿元,居全国第10位、东部地区第6位;比上年增长8.4%。', ['10', '6'])).toEqual([
      '福建省地区生产总值位次',
      '福建省地区生产总值位次',
    ]);
  });
});
