/**
 * A pull whose only figure before in the sentence is an aside in brackets ("增速高于全国(3.9%)，拉动全省工业增长1.2个
 * 百分点"): the aside is read past (no figure before to take a subject from), and the pull is read as one, of the
 * subject the clause before names when it names one (工业), never of the place's rate.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a pull after an aside in brackets', () => {
  it('is read as a pull when the clause before names no subject', () => {
    const f = the('增速高于全国(3.9%)，拉动全省工业增长1.2个百分点。', '1.2');
    expect(f.kind).toBe('change');
    expect(f.label).toMatch(/^拉动工业/u);
  });
  it('is of the subject the clause before names', () => {
    const text = '工业增速快于全国(3.9%)，拉动全省经济增长1.2个百分点。';
    expect(the(text, '1.2').label).toBe('工业拉动经济增速变化');
    expect(the(text, '3.9').label).toBe('全国增速');
  });
});
