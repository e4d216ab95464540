/**
 * Rates in brackets after places, in a clause on growth, are growth rates (四川 2017: "甘孜(21.5%)、泸州(10.9%)"); a
 * share named right before the brackets stays a share ("比去年同期贡献率(41.5%)", 广东), also when its name opens the
 * clause ("占比(75.9%)提高1.2个百分点").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a share named right before its brackets', () => {
  it('stays a share when the name opens the clause', () => {
    const share = the('全省制造业增加值增长9.5%,占比(75.9%)提高1.2个百分点。', '75.9');
    expect([share.kind, share.label]).toEqual(['share', '制造业增加值占比']);
  });
});
