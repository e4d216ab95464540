/**
 * Months listed, then how many they are, without 分别, are the figures' months together: "从单月总量看,6月、12月份两个月
 * 工业增加值迈上50亿元的台阶" (晋中 2017, held-out set 54) is of 6月、12月, not of 12月 alone; with 分别 each figure takes
 * its own month, as before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('months listed and counted', () => {
  it('are one period of the figure after them', () => {
    const text = '从单月总量看,6月、12月份两个月工业增加值迈上50亿元的台阶,是近三年单月总量最好水平。';
    expect(the(text, '50', { asOf: '2017年' }).period).toBe('6月、12月');
  });
  it('with 分别 after them, each figure its own month', () => {
    const text = '5月、6月两个月工业增加值分别增长12.2%和13.4%。';
    expect([the(text, '12.2').period, the(text, '13.4').period]).toEqual(['5月', '6月']);
  });
  it('not when the count is not the months listed', () => {
    expect(the('6月、12月份三个月工业增加值超过50亿元。', '50').period).not.toBe('6月、12月');
  });
});
