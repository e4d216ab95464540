/**
 * A measure named bare after another's amount takes that amount's owner, not the amount's own measure word: 利税总额
 * and 销售面积 are measures (商品房销售面积…,销售额… is 商品房销售额), and an index owns no measure after it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bare measure after another amount', () => {
  it('is not owned by 利税总额 nor by an index', () => {
    // 重庆 2008 统计公报 (https://dizaynex.com/oANvqsStPD/reports/2009-04/27/content_17681608_2.htm).
    const text =
      '全年规模以上工业经济效益综合指数达到195.2%,比上年提高15.0个百分点;实现利税总额512.20亿元,增长11.4%;实现利润259.36亿元,增长10.1%。';
    expect(the(text, '259.36').label).toBe('利润');
    expect(the(text, '10.1').label).toBe('利润增速');
  });
  it('is of the owner 销售面积 was measured for', () => {
    // 繁昌区 2021 1-6月 (https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html).
    const text = '商品房销售面积16.93万平方米,销售额12.4亿元,分别增长50.6%和54.9%。';
    expect(the(text, '12.4').label).toBe('商品房销售额');
  });
});
