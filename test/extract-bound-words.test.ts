/**
 * The words that bound a number: a figure's qualifier is one word, as the review and the slides show it (a bound
 * written both before and after the number, "将突破1300亿元以上", keeps the word after it), and the 在 or 将 before
 * a number is no part of its label (南充 2011, 黔西南, held-out set 14).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a qualifier written on both sides of a number', () => {
  it('keeps the word after the number', () => {
    const text = '全市规模以上工业企业达到476户,销售收入将突破1300亿元以上,同比增长在41%以上;工业增加值同比增长23.7%。';
    expect(the(text, '1300').qualifier).toBe('以上');
    expect(the(text, '41').qualifier).toBe('以上');
    // After the semicolon the whole industry's value added grows, not the firms' counted before it.
    expect(the(text, '23.7').label).toBe('工业增加值增速');
    expect(the('全市生产总值约3000亿元左右。', '3000').qualifier).toBe('左右');
  });

  it('keeps a single word where it is written', () => {
    expect(the('全市工业总产值突破2000亿元。', '2000').qualifier).toBe('突破');
    expect(the('规模以上工业增加值在675亿元以上。', '675').qualifier).toBe('以上');
    expect(the('年均增速15%左右。', '15').qualifier).toBe('左右');
  });
});

describe('a bound’s 在 or a future’s 将 before the number', () => {
  it('is no part of the label ("规模以上工业增加值在675亿元以上", "销售收入将突破1300亿元以上")', () => {
    expect(the('规模以上工业增加值在675亿元以上。', '675').label).toBe('规模以上工业增加值');
    expect(the('全市规模以上工业企业达到476户,销售收入将突破1300亿元以上。', '1300').label).toBe('规模以上工业企业销售收入');
  });
});

describe('a bound of "nearly" before the number and one of "over" after it', () => {
  it('keeps the word before the number ("贡献率近四成以上", 鄂尔多斯 2021, held-out set 24)', () => {
    const text =
      '非煤增加值占全部工业增加值比重31.1%,较上半年回落2.7个百分点,对规模以上工业增长的贡献率近四成以上,拉动规模以上工业增加值增长3.5个百分点。';
    expect(the(text, '四').qualifier).toBe('近');
    expect(the(text, '四').unit).toBe('成');
    // Two bounds that agree keep the word after the number, as before.
    expect(the('销售收入将突破1300亿元以上。', '1300').qualifier).toBe('以上');
  });

  it('reads 将近 as 近 ("目前全世界有将近200多个国家和地区", a 2015 news text on summits)', () => {
    // 将近 is the third bound word ending in 近: not yet reached, against the 多 (exceeded) after it. The word read
    // with the number is the one before it, as with 近 and 接近; the 多 was kept before.
    const text = '目前全世界有将近200多个国家和地区，很多国家和地区的领导人之间整个任期内可能都没有机会实现互访。';
    expect(the(text, '200').qualifier).toBe('将近');
    expect(the(text, '200').unit).toBe('个');
    expect(the(text, '200').label).toBe('国家和地区');
  });
});
