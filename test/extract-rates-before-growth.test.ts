/**
 * "汽车产量继续保持40%以上增长", "实现8%的增长": a rate written before the growth it measures is that growth; so is one
 * written in tenths ("保持三成以上的增长", "实现两成增长"), as "利润增长两成" is. A share's tenths stay a share ("近六成行业",
 * "占比三成增长较快").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate written before the growth it measures', () => {
  it('is that growth, in % or in tenths', () => {
    expect(the('汽车产量继续保持40%以上增长。', '40')).toMatchObject({ kind: 'growth', label: '汽车产量增速' });
    expect(the('全市汽车销量保持三成以上的增长。', '三')).toMatchObject({ kind: 'growth', label: '汽车销量增速', number: 3 });
  });

  it('stays a share when the tenths are of firms or named a share', () => {
    expect(the('全市近六成行业增长较快。', '六').kind).toBe('share');
    expect(the('占比三成增长较快。', '三').kind).toBe('share');
  });
});
