/**
 * Words that join a clause to the next are not part of its subject: 不仅/不但 before the measure (the 不 left alone
 * would make "…不高于…", the opposite of what the report says).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('不仅 and 不但 before the measure', () => {
  it.each([
    ['汽车制造业不仅增速高于全区规模以上工业6.9个百分点。', '汽车制造业高于全区规模以上工业'],
    ['汽车制造业不但增速高于全区规模以上工业6.9个百分点。', '汽车制造业高于全区规模以上工业'],
  ])('%s', (text, label) => {
    const f = the(text, '6.9');
    expect(f.label).toBe(label);
    expect(f.label).not.toContain('不');
  });
});
