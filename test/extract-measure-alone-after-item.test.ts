/**
 * A measure alone (增加值, 产量, 销售额) after an item of its clause, or after a list of one owner's measures in the
 * clause before, is of the owner that item names, the same measure again or another; never of a share's whole.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a measure alone after an item that names its owner', () => {
  it('the same measure again is the item’s owner’s, not the total’s before it', () => {
    const text = '全市规上工业总产值1200亿元,其中高技术产业增加值增长12.5%、增加值120亿元。';
    expect(the(text, '120').label).toBe('高技术产业增加值');
  });

  it('the same measure in the next clause is the owner’s of the list before (早稻产量, not 粮食产量)', () => {
    const text = '全区粮食产量500万吨,其中早稻产量、单产均增长3.1%,产量达到120万吨。';
    expect(the(text, '120').label).toBe('早稻产量');
  });

  it('the item’s own rate word is no part of the owner (商品房销售面积增速 → 商品房销售额)', () => {
    const text = '1-5月,全市商品房销售面积增速和销售额分别下降18.6%和16.9%。';
    const sales = the(text, '16.9');
    expect(sales.number).toBe(-16.9);
    expect(sales.label).toBe('商品房销售额增速');
  });

  it('after a share, the measure is not of the share’s whole (no 占 in it)', () => {
    const text = '全市规上工业总产值1200亿元,其中制造业增加值占规上工业增加值的86.3%、产值1000亿元。';
    const output = the(text, '1000');
    expect(output.kind).toBe('level');
    expect(output.label).not.toContain('占');
  });
});
