/**
 * Rates of places compared with, listed after one verb ("高于全国和全省6.7%和5.1%的增速"): the second has no 高于 of its
 * own (its words before are 和) and is still read as a rate of the comparison, with a label of the report's words.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the second of two places’ rates compared with', () => {
  it('is read as a rate', () => {
    const text = '全市规上工业增加值增长12%,分别高于全国和全省6.7%和5.1%的增速。';
    const f = the(text, '5.1');
    expect(f.kind).toBe('growth');
    expect(f.number).toBe(5.1);
    expect(f.label).toMatch(/^[\u4e00-\u9fff]+增速$/u);
  });
});
