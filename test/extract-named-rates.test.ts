/**
 * "预计金昌市规上工业经济同比增长31.1%，白银市为19.1%，酒泉市为12.6%" (甘肃): a place's rate given as "X为N%" after a
 * growth rate is that growth, for X; a place's name may be as long as a prefecture's full name (NAMED_AS in index.ts
 * allows ten characters before 州, and the clause is then twelve).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s rate after a growth rate', () => {
  it('is that growth, for a prefecture named in full', () => {
    const rate = the('全省规上工业增加值同比增长8.1%，黔西南布依族苗族自治州为9.3%。', '9.3');
    expect([rate.kind, rate.label]).toEqual(['growth', '黔西南布依族苗族自治州增速']);
  });
});
