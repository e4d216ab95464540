/**
 * A bare measure sharing a total ("产值占全省比重", "增加值占规模以上工业比重") is the measure of the subject before:
 * the measure it names when the subject before ends with it (规上工业总产值: its 总产值, not 规上工业产值), else the
 * subject's owner with the measure named ("民营企业利润…，增加值占…": 民营企业增加值).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a measure sharing a total after the subject before', () => {
  it('keeps the measure the subject before ends with (总产值)', () => {
    expect(the('规上工业总产值增长8%，产值占全省比重为12%。', '12').label).toBe('规上工业总产值占全省比重');
  });
  it('names its own measure after the owner of another (利润 → 增加值)', () => {
    expect(the('民营企业利润增长6.3%，增加值占规模以上工业比重70.0%。', '70.0').label).toBe('民营企业增加值占规模以上工业比重');
  });
});
