/**
 * "增幅由一季度的7.4%上升至最新的8.4%": 由 and a time before 的 is where the rate moved from, no part of what it is
 * (as 由上半年的, 由2015年的 were).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('增幅由一季度的…', () => {
  it('is the rate of the subject before', () => {
    // 厦门, 前11个月 (http://iosapp77.com/xiamen/news/1903025.html).
    const text =
      '前11個月,全市規模以上高新技術產業完成工業總產值3844.45億元,實現工業增加值886.14億元,佔全市規模以上工業增加值的67.7%,增幅由一季度的7.4%上升至最新的8.4%。高新技術產業增加值比重不斷擴大。';
    // (The measure's own label, 工業增加值, does not carry its owner yet: the 886.14億元 before it is labelled so too.)
    expect(the(text, '7.4').label).toBe(the(text, '886.14').label + '增幅');
    expect(the(text, '7.4').period).toBe('一季度');
    expect(the(text, '8.4').label).toBe(the(text, '886.14').label + '增幅');
    // (The share written 佔…的 after the amount is of that measure too: its label opens with the amount's.)
    expect(the(text, '67.7').label).toBe(the(text, '886.14').label + '佔全市規模以上工業增加值比重');
    expect(the('规上工业增加值增速由上半年的5.1%提高到8.4%。', '5.1').label).toBe('规上工业增加值增速');
  });
});
