/**
 * "A和B增加值分别增长…，…，对全市工业经济增长的贡献率分别为34.8%和42.1%": a list of contributions is of the items of
 * the sentence's first list of as many values (their measure left out), not of a list of another length before it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list of contributions', () => {
  it('is of the items of the first list of as many values', () => {
    const text =
      '一、二、三产业分别增长3%、5%和7%,电子信息产业和装备制造业增加值分别增长38.2%、18.8%,对全市工业增长的贡献率分别为34.8%和42.1%。';
    expect(the(text, '34.8').label).toBe('电子信息产业贡献率');
    expect(the(text, '42.1').label).toBe('装备制造业贡献率');
  });
});
