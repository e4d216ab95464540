/**
 * In a sentence opening with 其中, a bare measure is of the subject the sentence before named the measure with (梅州 2023
 * 1-8月, held-out set 33), also when that subject was a share's ("高技术制造业增加值占…的比重": 高技术制造业增加值); a
 * measure the sentence before named for no one stays itself.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bare measure in a 其中 sentence', () => {
  it('is of the owner a share before named the measure with', () => {
    const text = '高技术制造业增加值占规上工业增加值的比重为35.2%。其中,8月当月增加值25.19亿元。';
    expect(the(text, '25.19').label).toBe('高技术制造业增加值');
  });
  it('stays itself when the sentence before named it for no one', () => {
    expect(the('全市规上工业增加值增长6.8%。其中,8月利润25亿元。', '25').label).toBe('利润');
  });
});
