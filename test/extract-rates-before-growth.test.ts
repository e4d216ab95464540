/**
 * A rate written before the growth it measures ("汽车产量继续保持40%以上增长", "实现8%的增长") is a growth rate, with 同比
 * or 环比 between as well ("实现8%的同比增长", "保持8%以上的同比增长"); so is one written in tenths ("保持三成以上的增长",
 * "实现两成增长"), as "利润增长两成" is. A share's rate stays a share ("占比30%的企业增长较快", "近六成行业",
 * "占比三成增长较快").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate before 的同比增长', () => {
  it('is a growth rate, as before 的增长', () => {
    for (const text of [
      '全市工业增加值实现8%的同比增长。',
      '全市工业增加值保持8%以上的同比增长。',
      '全市工业增加值实现8%的同比较快增长。',
      '全市工业增加值实现8%的增长。',
    ])
      expect(the(text, '8'), text).toMatchObject({ kind: 'growth', label: '工业增加值增速' });
  });

  it('leaves a share a share', () => {
    expect(the('全市工业投资占比30%的企业增长较快。', '30').kind).toBe('share');
  });
});

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
