/**
 * A weight opening its clause with no subject before it is of the produce named after it ("农产品产销两旺,540吨“弥你红”红心
 * 猕猴桃远销俄罗斯", 六盘水, held-out set 17), also when the page sets a space after the comma.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a weight opening its clause after a comma and a space', () => {
  it('is of the produce named after it', () => {
    for (const text of ['农产品产销两旺, 540吨“弥你红”红心猕猴桃远销俄罗斯。', '农产品产销两旺， 540吨“弥你红”红心猕猴桃远销俄罗斯。'])
      expect(the(text, '540').label, text).toBe('“弥你红”红心猕猴桃');
  });
});
