/**
 * A ranked subject whose first character is also a verb of rank: 居民 (居), 到位资金 (到), 排放量 (排). "全市居民人均可支配收入居全省
 * 第3位" was labelled 数据位次: 居民… was read as the verb that holds the place, and the subject left empty.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a ranked subject that opens like a verb of rank', () => {
  it('keeps its words', () => {
    expect(the('2018年,全市居民人均可支配收入居全省第3位。', '3').label).toBe('居民人均可支配收入位次');
    expect(the('全市到位资金居全省第3位。', '3').label).toBe('到位资金位次');
    expect(the('全市二氧化硫排放量居全省第3位。', '3').label).toBe('二氧化硫排放量位次');
    const listed = '全市居民人均可支配收入和财政收入分别居全省第3位和第5位。';
    expect(the(listed, '3').label).toBe('居民人均可支配收入位次');
  });

  it('still reads a place held after a figure as that figure’s', () => {
    const text = '全市规模以上工业增加值增长9.5%,居全省第3位。';
    expect(the(text, '3').label).toBe('规模以上工业增加值增速位次');
  });
});
