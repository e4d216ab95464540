/**
 * "占全省经济比重由48%提高到48.8%" (安徽 2012 县域经济, test/corpus/anhui-2012-county-economy): the label ended with 由
 * (县(市)GDP占全省经济比重由). The 由 or 比 that opens a base or a move before the number is no part of the subject, as
 * 从 was not; a word that ends in 比 itself (占比, 性别比, 同比) keeps it.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a base word before the number is no part of the label', () => {
  it('由 and 比 go', () => {
    const text =
      '全省62个县(市)GDP总量突破8000亿元大关,由上年的7342.9亿元增至8403.8亿元,增速自2005年以来连续8年快于全省,占全省经济比重由48%提高到48.8%。';
    expect(labels(text, ['48', '48.8'])).toEqual(['县(市)GDP占全省经济比重', '县(市)GDP占全省经济比重']);
    expect(labels('工业增加值占GDP比重从38%提高到41%。', ['38'])).toEqual(['工业增加值占GDP比重']);
  });

  it('a word ending in 比 stays', () => {
    expect(labels('全市人口性别比为103.2。', ['103.2'])).toEqual(['人口性别比']);
    expect(labels('高技术制造业增加值占比为15.2%。', ['15.2'])).toEqual(['高技术制造业增加值占比']);
  });
});
