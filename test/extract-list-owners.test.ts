/**
 * A bare measure as the second item of a list, "商品房销售面积和销售额分别下降18.6%和16.9%" (浙江 2012, held-out set 22):
 * it is of the owner the first item names (商品房), not of the amount read before the list (固定资产投资).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list "A销售面积和销售额"', () => {
  it('gives the second item the first item’s owner', () => {
    const text = '固定资产投资7568亿元,增长23.9%,商品房销售面积和销售额分别下降18.6%和16.9%,降幅分别比一季度收窄18.6和21.2个百分点。';
    expect(the(text, '16.9').label).toBe('商品房销售额增速');
    expect(the(text, '16.9').number).toBe(-16.9);
    expect(the(text, '21.2').label).toContain('销售额');
  });
});

describe('an owner written once before a list of its measures', () => {
  it('owns a measure named alone in the next clause (广西 2020: 早稻面积、产量…,单产增幅…)', () => {
    const text = '我区早稻面积、产量增幅均排全国第3位,单产增幅排全国第5位。';
    expect(the(text, '5', { asOf: '2020年前三季度' }).label).toBe('早稻单产位次');
  });

  it('gives nothing to the next clause when the figure before names one measure, not a list', () => {
    expect(the('全市商品房销售面积增长5%,产值增长3%。', '3').label).toBe('产值增速');
    expect(the('商品房销售面积和销售额分别增长5%和6%,利润增长3%。', '3').label).toBe('利润增速');
    // (Two owners' measures, not one owner's list: 固定资产 owns no 产值.)
    expect(the('固定资产投资和社会消费品零售总额均增长10%,产值增长5%。', '5').label).toBe('产值增速');
  });
});
