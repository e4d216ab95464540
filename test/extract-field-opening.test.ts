/**
 * A sentence opening with the field it is about ("在信息产品制造业领域,…", "在X方面,"): in its clauses after, a measure
 * named only with a place (福建, 全市, 我市) and this year is the field's; a clause that names its own subject keeps it.
 */
import { describe, expect, it } from 'vitest';
import { labels, the } from './extract-helpers';

describe('a field the sentence opens with', () => {
  it('owns the measures its clauses name with only a place', () => {
    // fujian-2011-02-manufacturing (held-out set 43).
    const fujian = '在信息产品制造业领域,福建今年1-2月完成产值近450亿元,增长三成三,产销率近九成八。';
    expect(labels(fujian, ['450', '三成三'])).toEqual(['信息产品制造业产值', '信息产品制造业产值增速']);
    // (made up)
    expect(labels('在新能源汽车领域,全市产量增长35%,产值突破200亿元。', ['35', '200'])).toEqual(['新能源汽车产量增速', '新能源汽车产值']);
  });

  it('not a clause with its own subject', () => {
    // shanxi-2017-economy.
    expect(the('在农业方面,全年全省粮食总产量130亿公斤,比上年下降1.4%。', '130').label).toBe('粮食总产量');
  });
});
