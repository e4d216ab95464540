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

  it('after its time, and as the group the figures are in (在…中)', () => {
    // 浙江 2016年4月 (浙江省统计局, via hangzhou.baogaosu.com).
    const zhejiang = '4月份,在高新技术产业开发区和高新园区中,规模以上工业增加值236亿元,同比增长13.1%,比全省平均水平高6.1个百分点。';
    expect(the(zhejiang, '236', { asOf: '2016年4月' }).label).toBe('高新技术产业开发区和高新园区规模以上工业增加值');
  });

  it('not a clause with its own subject', () => {
    // shanxi-2017-economy.
    expect(the('在农业方面,全年全省粮食总产量130亿公斤,比上年下降1.4%。', '130').label).toBe('粮食总产量');
    // (made up)
    expect(the('在工业投资中,技改投资增长12%。', '12').label).toBe('技改投资增速');
  });
});
