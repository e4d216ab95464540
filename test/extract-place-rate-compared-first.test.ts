/**
 * "高于全国6.7%的增速": a place's rate compared with, when no figure stands before it in the sentence, is still read as
 * a rate (no measure before to give it; its label is the words of the report, no placeholder).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s rate compared with, first in its sentence', () => {
  it('is read as a rate', () => {
    const f = the('今年以来,我市工业增速高于全国6.7%的增速。', '6.7');
    expect(f.kind).toBe('growth');
    expect(f.label).toMatch(/^[\u4e00-\u9fff]+增速$/u);
  });
});
