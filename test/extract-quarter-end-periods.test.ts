/**
 * A stock counted at a quarter's end, "二季度末,生猪存栏1681.4万头" (江西 2025, held-out set 22): its period is that
 * quarter's end, as 8月末 is a month's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a period written N季度末', () => {
  it('keeps the quarter’s end', () => {
    const text = '生猪出栏1519.4万头,下降0.9%。二季度末,生猪存栏1681.4万头,增长1.3%。';
    expect(the(text, '1681.4', { asOf: '2025年上半年' }).period).toBe('二季度末');
    expect(the(text, '1.3', { asOf: '2025年上半年' }).period).toBe('二季度末');
    expect(the('2025年第三季度末,贷款余额100亿元。', '100').period).toBe('2025年三季度末');
    expect(the('一季度,规模以上工业增加值增长5%。', '5').period).toBe('一季度');
  });
});
