/**
 * "城乡居民人均可支配收入分别增长7%、8%左右" (咸阳 2023, held-out set 28): 左右 written after the last item of a list in one
 * unit is about each item, as the unit is ("6、7%左右"). A bound such as 以上 may be of the last alone and is not carried;
 * nor is 左右 across items in other units, or across a clause.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('左右 after the last item of a list', () => {
  it('is about each item in the same unit', () => {
    const text = '城乡居民人均可支配收入分别增长7%、8%左右;居民消费价格涨幅3%左右。';
    expect(the(text, '7').qualifier).toBe('左右');
    expect(the(text, '8').qualifier).toBe('左右');
    expect(the('城镇和农村居民收入分别增长6、7%左右。', '6')).toMatchObject({ qualifier: '左右', unit: '%' });
  });

  it('is not carried for a bound, across units or across a clause', () => {
    expect(the('两项收入分别增长7%、8%以上。', '7').qualifier).toBeNull();
    expect(the('工业投资增长12%、总额120亿元左右。', '12').qualifier).toBeNull();
    expect(the('工业增长7%,投资增长8%左右。', '7').qualifier).toBeNull();
  });
});
