/**
 * "商品房销售面积增速和销售额增速分别为…" (seen on a held-out report in session 29: the second was 销售额增速, 商品房
 * lost): a rate of a measure alone after a first item that names its owner, its measure and the same rate is of that
 * owner, as "商品房销售面积和销售额分别下降18.6%和16.9%" (浙江 2012, held-out set 22) already was.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a list "A销售面积增速和销售额增速"', () => {
  it('gives the second item the first item’s owner', () => {
    const text = '1-10月,全市固定资产投资增长8.5%。商品房销售面积增速和销售额增速分别为-5.2%和-8.1%。';
    expect(labels(text, ['-5.2', '-8.1'])).toEqual(['商品房销售面积增速', '商品房销售额增速']);
    expect(labels('商品房销售面积和销售额分别下降18.6%和16.9%。', ['18.6', '16.9'])).toEqual(['商品房销售面积增速', '商品房销售额增速']);
  });

  it('not when the second names its own owner', () => {
    expect(labels('商品房销售面积增速和住宅销售额增速分别为5.2%和8.1%。', ['5.2', '8.1'])).toEqual([
      '商品房销售面积增速',
      '住宅销售额增速',
    ]);
  });
});
