/**
 * Bodies counted with a measure of theirs written right after them, "全市10个省级及以上工业园区规模工业增加值占全市规模
 * 工业增加值比重达到68.6%" (岳阳 2017, held-out set 22): what is counted ends before the measure (the count was
 * labelled 省级及以上工业园区规模工业增, cut at its length).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a count of bodies followed by their measure', () => {
  it('counts the bodies, not their measure', () => {
    const yueyang = '全市10个省级及以上工业园区规模工业增加值占全市规模工业增加值比重达到68.6%,园区工业增速8.5%。';
    expect(the(yueyang, '10').label).toBe('省级及以上工业园区');
    expect(the(yueyang, '68.6').label).toContain('工业园区');
    expect(the('在产的34个大类行业中,22个行业增加值实现增长。', '22').label).toBe('行业');
    expect(the('全省11个市县规模以上工业增加值实现增长,增长面61.1%。', '11').label).toBe('市县');
  });
});
