/**
 * "低于排名第一的淮安市8.1个百分点": the place of the one compared with, named between the comparison and its gap, is
 * an aside (that one's place, never below zero); the gap after it is the comparison's, a shortfall. And the time a
 * move of places is from ("由一季度的全省第四上升至全省第二") is no time of the sentence's figures.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 宿迁 2021 上半年 (https://m.gongyema.com/advantage/show-4804.html).
const SUQIAN =
  '与全省水平比,指标增速保持领先。工业用电量增幅保持全省前列,由一季度的全省第四上升至全省第二(工业用电量增幅高于全省10.7个百分点,低于排名第一的淮安市8.1个百分点)。';

describe('a place named before the one compared with', () => {
  it('is that one’s, and the gap after it is below', () => {
    const first = the(SUQIAN, '一', { asOf: '2021年上半年' });
    expect(first.number).toBe(1);
    expect(first.label).toContain('淮安');
    expect(the(SUQIAN, '8.1', { asOf: '2021年上半年' }).number).toBe(-8.1);
    expect(the(SUQIAN, '10.7', { asOf: '2021年上半年' }).number).toBe(10.7);
  });

  it('the time a move of places is from is not the figures’', () => {
    expect(the(SUQIAN, '10.7', { asOf: '2021年上半年' }).period).toBe('2021年上半年');
    expect(the(SUQIAN, '8.1', { asOf: '2021年上半年' }).period).toBe('2021年上半年');
  });

  it('a place is never below zero', () => {
    expect(the('全市规上工业增加值增长5%,低于全省0.5个百分点,居全省第十位。', '十', { asOf: '2021年' }).number).toBe(10);
  });
});
