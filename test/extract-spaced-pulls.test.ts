/**
 * A pull written after a comma and a space, as some city reports type them ("上半年, 全市10个重点行业工业增加值增长
 * 11.2%, 高于全市0.8个百分点, 拉动全市增长8.4个百分点"): the space is no word, and the pull is still of the subject
 * before, as it is without the space.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a pull after a comma and a space', () => {
  it('is the pull of the subject before', () => {
    const text = '上半年, 全市10个重点行业工业增加值增长11.2%, 高于全市0.8个百分点, 拉动全市增长8.4个百分点.';
    expect(the(text, '11.2')).toMatchObject({ kind: 'growth', label: '重点行业工业增加值增速' });
    const pull = the(text, '8.4');
    expect(pull).toMatchObject({ kind: 'change', unit: '个百分点', period: '上半年' });
    expect(pull.label).toContain('重点行业工业增加值拉动');
    expect(the(text.replaceAll(', ', ','), '8.4').label).toBe(pull.label);
  });
});
