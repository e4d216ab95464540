/**
 * A shortfall changing size: a gap behind another figure (差距) or a drag on one (下拉) that shrinks is a gain, one
 * that grows a loss, as 降幅收窄 is a rise (黑龙江 and 云南, held-out set 15).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HEILONGJIANG = '全省规模以上工业增加值同比增长2.6%,高于同期0.3个百分点,低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点。';
const YUNNAN =
  '1-8月,全省烟草制品业实现增加值709.29亿元,同比下降10.6%,降幅比1-7月收窄2.0个百分点,下拉规模以上工业增加值增速3.9个百分点,比1-7月减少0.8个百分点。';

describe('a gap behind another figure', () => {
  it('narrowing is a gain, of the subject before', () => {
    const gap = the(HEILONGJIANG, '0.6');
    expect(gap.number).toBe(0.6);
    expect(gap.label).toBe('规模以上工业增加值与全国平均水平差距变化');
    expect(the(HEILONGJIANG, '3.8').number).toBe(-3.8);
  });

  it('widening is a loss', () => {
    expect(the('全市规上工业增加值增长3.1%,与全省的差距扩大0.5个百分点。', '0.5').number).toBe(-0.5);
  });
});

describe('a drag on another figure', () => {
  it('shrinking is a gain', () => {
    expect(the(YUNNAN, '3.9').number).toBe(-3.9);
    expect(the(YUNNAN, '0.8').number).toBe(0.8);
    expect(the(YUNNAN, '2.0').number).toBe(2);
  });

  it('growing is a loss; a rate of its own after it keeps its verb', () => {
    const more = '采矿业下降2.6%,下拉全区增速2.4个百分点,比上半年增加0.3个百分点。';
    expect(the(more, '0.3').number).toBe(-0.3);
    expect(the('采矿业下降2.6%,下拉全区增速2.4个百分点;制造业增长5.1%,比上半年减少0.3个百分点。', '0.3').number).toBe(-0.3);
  });
});
