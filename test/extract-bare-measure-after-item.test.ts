/**
 * A measure alone after another item of its clause is of the owner that item names with its own measure ("商品房销售
 * 面积和销售额分别下降…", 浙江, held-out set 22): "原煤产量下降5.2%、销售额增长3.1%" is 原煤's 销售额. After a figure of
 * several measures of one owner written once (an owner of none: "出口、投资"), a measure alone is itself.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a measure alone after an item of its clause', () => {
  it('is of the owner the item names (原煤)', () => {
    expect(the('原煤产量下降5.2%、销售额增长3.1%。', '3.1').label).toBe('原煤销售额增速');
  });
});

describe('a measure alone after a figure of measures listed without an owner', () => {
  it('is that measure alone', () => {
    const text = '出口、投资增速均为8%,税收增长3%。';
    expect(the(text, '3').label).toBe('税收增速');
    expect(the(text, '8').label).toBe('出口、投资增速');
  });
});
