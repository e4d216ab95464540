/**
 * "其中宜春时代1户企业拉动全市规上工业增加值增长3.9个百分点" (宜春 2024 上半年, held-out set 18): the firms counted just
 * before a pull or a contribution are the ones named before their count, a name of two characters too; a clause
 * that holds another figure before the count names no firm (its words are read across a number).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('firms named before their count, then their pull or contribution', () => {
  it('name the contribution (企业对…的贡献率)', () => {
    const text = '上半年,全市规上工业增加值增长9.8%,其中宜春时代1户企业对全市规上工业增加值增长的贡献率为30.5%。';
    const f = the(text, '30.5');
    expect(f.kind).toBe('share');
    expect(f.label).toBe('宜春时代企业对全市规上工业增加值增长的贡献率');
  });

  it('name the pull, a name of two characters too', () => {
    const text = '上半年,全市规上工业增加值增长9.8%,其中华为1户企业拉动全市规上工业增加值增长3.9个百分点。';
    expect(the(text, '3.9').label).toBe('华为企业拉动全市规上工业增加值变化');
  });

  it('are not read across another figure of the clause', () => {
    const text = '上半年,全市规上工业增加值增长9.8%,其中增长12.5%的宜春时代等3户企业拉动全市规上工业增加值增长3.9个百分点。';
    const f = the(text, '3.9');
    expect(f.kind).toBe('change');
    expect(f.label).not.toMatch(/^的/u);
  });

  it('keep 等 between the names and the words after them (others are counted too)', () => {
    const text = '上半年,全市规上工业增加值增长9.8%,其中宁德时代等龙头3户企业拉动全市规上工业增加值增长3.9个百分点。';
    expect(the(text, '3.9').label).toBe('宁德时代等龙头企业拉动全市规上工业增加值变化');
  });
});
