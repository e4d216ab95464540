/**
 * A space a page set right before a number, of whatever kind — ASCII, ideographic (U+3000), no-break (U+00A0) or a
 * tab — is read past: the subject before it is the same as without it (figure-subject.ts, written from the survivors
 * of extract-subject's mutation run, session 31). 科技部 on 2021's national high-tech zones, a 繁體 copy with spaces
 * around the numbers (http://www.ccyxbj.cn/hyshuju/3fa5258ee3f0c2becfa867cd9d80f248.html).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const zones = (space: string) => `根據科技部,2021 年,國家高新區以全國${space}2.5%的建設用地創造了${space}13.4%的國內生產總值。`;

describe('a space of any kind before a number', () => {
  for (const [name, space] of [
    ['ideographic', '\u3000'],
    ['no-break', '\u00a0'],
    ['tab', '\t'],
  ] as const)
    it(`is read past (${name}): the share after 创造了 is of the noun after it`, () => {
      expect(the(zones(space), '13.4')).toMatchObject({ kind: 'share', label: '國內生產總值' });
    });
});

describe('a share opening its clause after a comma and a space', () => {
  // (extract.test.ts reads it unspaced: "制造业生产明显加快,七成行业实现增长,71.2%工业品产量实现增长".)
  it('is of the noun after it, as with no space', () => {
    for (const text of [
      '制造业生产明显加快,七成行业实现增长, 71.2%工业品产量实现增长。',
      '制造业生产明显加快，七成行业实现增长，\u300071.2%工业品产量实现增长。',
    ])
      expect(the(text, '71.2').label, text).toBe('工业品产量');
  });
});
