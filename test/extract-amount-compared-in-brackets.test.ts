/**
 * An amount compared with another place's, that amount in brackets: "全市居民人均可支配收入35000元,高于全省平均水平(32000元)".
 * The bracketed 32000元 is the province's level, not a gap (it read as a change labelled 全省平均水平高于全省平均水平( ),
 * as a rate in brackets is the place's rate (内蒙古 2023's 产销率, a share). Seen by h191 (session 32).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an amount compared with another place’s, in brackets', () => {
  it('is that place’s level', () => {
    const text = '全市居民人均可支配收入35000元,高于全省平均水平(32000元)。';
    const theirs = the(text, '32000');
    expect(theirs.kind).toBe('level');
    expect(theirs.label).toBe('全省平均水平');
    expect(the('全市人均生产总值8.2万元,高于全国平均水平(7.2万元)。', '7.2').kind).toBe('level');
  });

  it('leaves a gap after the brackets a change', () => {
    const text = '全市居民人均可支配收入35000元,高于全省平均水平(32000元)3000元。';
    expect(the(text, '3000').kind).toBe('change');
  });
});
