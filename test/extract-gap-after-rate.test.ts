/**
 * The gap of the subject before behind the one named ("低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点",
 * 黑龙江, held-out set 15) is the measure's gap, not its rate's: the rate's word (增速) inherited is left out.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a gap after a rate compared with a place', () => {
  it('is the gap of the measure, without its 增速', () => {
    const text = '规上工业增加值增长5.2%,增速低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点。';
    expect(the(text, '0.6').label).toBe('规上工业增加值与全国平均水平差距变化');
  });
});
