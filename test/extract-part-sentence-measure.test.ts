/**
 * A sentence opening with 其中 is a part of the one before: a bare measure in it ("其中,8月當月實現增加值25.19億元") is of
 * the subject the sentence before named that measure with (規上工業增加值), as it already was within one sentence
 * (梅州 工信简报 2023, 1-8月 in traditional characters, held-out set 33, and 1-7月 in simplified ones).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const AUGUST =
  '全市539家規上工業企業,1-8月實現規上工業增加值189.77億元,同比增長6.8%,增速在全省排名第3位、在山區五市中排名第1位。其中,8月當月實現增加值25.19億元,同比增長4.9%。';
const JULY =
  '全市539家规上工业企业,1-7月实现规上工业增加值164.65亿元,同比增长7.1%,增速在全省排名第4位、在山区五市中排名第1位。其中,7月当月实现增加值24.42亿元,同比增长7.5%。';

describe('a bare measure in a 其中 sentence', () => {
  it('is of the subject the sentence before named it with', () => {
    expect(the(AUGUST, '25.19', { asOf: '2023年1-8月' }).label).toBe('規上工業增加值');
    expect(the(AUGUST, '4.9', { asOf: '2023年1-8月' }).label).toBe('規上工業增加值增速');
    expect(the(JULY, '24.42', { asOf: '2023年1-7月' })).toMatchObject({ label: '规上工业增加值', period: '2023年7月' });
  });

  it('not without 其中, nor across a paragraph', () => {
    expect(the('全市实现规上工业增加值189.77亿元。8月实现增加值25.19亿元。', '25.19').label).toBe('增加值');
    expect(the('全市实现规上工业增加值189.77亿元。\n其中,8月实现增加值25.19亿元。', '25.19').label).toBe('增加值');
  });
});
