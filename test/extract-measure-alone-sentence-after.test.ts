/**
 * A measure alone (增加值) in a sentence after one that named it with its subject (规上工业增加值) is that subject's,
 * whether the sentence opens with 其中 or goes straight to its month (after 梅州 2023 1-8月, held-out set 33).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a measure alone in the next sentence', () => {
  it('is of the subject the sentence before named it with, without 其中', () => {
    const text = '1-8月,全市实现规上工业增加值189.77亿元,同比增长6.8%。8月当月实现增加值25.19亿元。';
    const month = the(text, '25.19');
    expect(month.label).toBe('规上工业增加值');
    expect(month.period).toBe('8月');
  });

  it('is of the subject the sentence before named it with, after 其中', () => {
    const text = '1-8月,全市实现规上工业增加值189.77亿元,同比增长6.8%。其中,8月当月实现增加值25.19亿元。';
    expect(the(text, '25.19').label).toBe('规上工业增加值');
  });

  it('is of its own subject when the sentence names one', () => {
    const text = '全市实现规上工业增加值189.77亿元,同比增长6.8%。高新区实现增加值25.19亿元。';
    expect(the(text, '25.19').label).toBe('高新区增加值');
  });
});
