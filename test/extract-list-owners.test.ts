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
