/**
 * A pull in points ("拉动规模以上工业增长3.6个百分点") after a growth rate and its change is the pull of that measure on
 * the whole, named with 拉动: not the change of the rate before it, which a bare change in points after a rate is
 * ("增速较1-2月加快2.6个百分点"). 陕西 2020 一季度 (corpus: shaanxi-2020-q1-industry).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHAANXI =
  '一季度,能源工业受疫情影响较小且受主要行业带动,对全省增速贡献突出,增加值同比增长7.4%,增速较1-2月加快2.6个百分点,拉动规模以上工业增长3.6个百分点。';

describe('a pull after a rate and its change', () => {
  it('is named as a pull, not as the rate’s change', () => {
    expect(the(SHAANXI, '2.6').label).toBe('能源工业增加值增速变化');
    const pull = the(SHAANXI, '3.6');
    expect(pull.label).toContain('拉动规模以上工业');
    expect(pull.label).not.toBe('能源工业增加值增速变化');
  });
});
