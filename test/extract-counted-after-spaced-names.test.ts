/**
 * Names and 等 before a count ("华微电子等 20 户重点增量企业", 吉林市 2025, held-out set 21) name members of what is
 * counted, not what it is: the noun after the count is. So they do when what stands between them and the number is a
 * full-width space, a tab or a no-break space (a table's or a saved page's text), a qualifier set off by spaces
 * ("等近  20户"), or 共 summing the list ("…等共354个投资项目", 桂林 2011, held-out set 33).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('names and 等 before a count', () => {
  it('are no subject across any space before the number', () => {
    for (const space of ['　', '\t', '\u00a0']) {
      const text = `华微电子等${space}20户重点增量企业满产增产。`;
      expect(the(text, '20').label, JSON.stringify(space)).toBe('重点增量企业');
    }
  });

  it('nor across a qualifier set off by spaces', () => {
    expect(the('华微电子等近  20户重点增量企业满产增产。', '20').label).toBe('重点增量企业');
    expect(the('近年来华微电子等近  20户重点增量企业满产增产。', '20').label).toBe('重点增量企业');
  });

  it('nor across 共 after 等, whatever the clause opens with', () => {
    expect(the('全年共签约华为、中兴等共54个投资项目。', '54').label).toBe('投资项目');
  });
});
