/**
 * Tenths (成) after a verb of change are a growth, as a rate in % is: "江苏工业利润增速涨一成" (江苏 2016, held-out
 * set 16), and 一成 is then a figure; before a noun they stay a share ("近六成行业"), and 一成不变 is an idiom.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('成 after a verb of change', () => {
  it('reads 涨一成 in a headline as a growth of one tenth', () => {
    const f = the('江苏工业利润增速涨一成 利润总额连续18个月居全国首位', '一');
    expect([f.number, f.unit, f.kind]).toEqual([1, '成', 'growth']);
    expect(f.label).toContain('利润');
  });

  it('signs a fall, and keeps a share before a noun a share', () => {
    expect(the('产量下降两成。', '两').number).toBe(-2);
    const share = the('近六成行业实现增长。', '六');
    expect([share.kind, share.qualifier]).toEqual(['share', '近']);
    expect(the('近一成企业亏损。', '一').kind).toBe('share');
  });

  it('takes no figure from 一成不变 or 一成 without a verb', () => {
    expect(extractFigures('政策一成不变,一成一批。')).toEqual([]);
  });
});
