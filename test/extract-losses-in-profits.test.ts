/**
 * A profit written as a loss is below zero: "全市规模以上工业企业利润亏损12.3亿元" (a corpus report), and so with 亏损额
 * ("利润亏损额12.3亿元", also 盈利); a word ending in 损 that is no loss ("同比减损2.3亿元": losses cut) keeps its sign.
 * Written from the survivors of extract-figure's mutation run (session 33: figure-kind.ts, endsWithLoss).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a profit written as a loss', () => {
  it('is below zero after 亏损', () => {
    expect(the('全市规模以上工业企业利润亏损12.3亿元。', '12.3').number).toBe(-12.3);
  });

  it('is below zero after 亏损额', () => {
    expect(the('全市规模以上工业企业利润亏损额12.3亿元。', '12.3').number).toBe(-12.3);
    expect(the('1-5月,全市规模以上工业企业盈利亏损额12.3亿元。', '12.3').number).toBe(-12.3);
  });

  it('is not below zero after a word ending in 损 that is no loss', () => {
    expect(the('全市规上工业企业利润总额12.5亿元,同比减损2.3亿元。', '2.3').number).toBe(2.3);
  });
});
