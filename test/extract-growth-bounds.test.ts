/**
 * A growth rate given as a bound, 增长在N%以上 (南充 2011, held-out set 14): 增长 is the rate's noun before 在, as
 * 增速 is in 增速保持在6%以上.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a growth rate written 增长在N%以上', () => {
  it('is a growth rate, not a share (南充 2011: "同比增长在41%以上")', () => {
    const text = '销售收入将突破1300亿元以上,同比增长在41%以上;工业增加值同比增长23.7%。';
    expect(the(text, '41').kind).toBe('growth');
    expect(the('全市工业增加值增速保持在6%以上。', '6').kind).toBe('growth');
    expect(the('高新技术产业占比在30%以上。', '30').kind).toBe('share');
  });
});
