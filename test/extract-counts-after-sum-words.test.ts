/**
 * A count right after a name or a counted noun, a word of summing (共, 累计) between, counts what it counted without
 * that word: the noun after a second count ("5个方面共18项重点工作"), or the parts of the name before it ("中资环累计5家
 * 子公司"). The subject before was read without the word; the count is not that subject again.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a word of summing between a noun and the count after it', () => {
  it('leaves a second count the noun after it (after 襄阳 2022, held-out set 29)', () => {
    expect(the('推动5个方面共18项重点工作项目化。', '18').label).toBe('重点工作项目化');
    expect(the('建设3个园区累计12个项目。', '12').label).toBe('项目');
  });

  it('leaves a count of parts the parts of the name before (after 滨海新区 2025)', () => {
    expect(the('中资环累计5家子公司落户。', '5').label).toBe('中资环子公司');
  });

  it('names no part when the noun after the count is none (分支机构 is read as no 分公司)', () => {
    expect(the('中资环5家分支机构落户。', '5').label).toMatch(/^中资环/u);
  });
});
