/**
 * "全省16個州市中9個州市增長,且增幅均高于全省平均水平,增幅最高的是麗江市,同比增長10.7%" (云南 2009 1至4月, a 繁體 copy,
 * held-out set 45, test/corpus/yunnan-2009-04-industry-traditional): the name a clause tops a ranking of rates with is
 * whose the rate after it is; it was 州市增速, the places counted before.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('what tops a ranking owns the rate after it', () => {
  it('增幅最高的是麗江市, then its rate', () => {
    const text = '1至4月,全省16個州市中9個州市增長,且增幅均高于全省平均水平,增幅最高的是麗江市,同比增長10.7%。';
    expect(labels(text, ['10.7'])).toEqual(['麗江市增速']);
    expect(labels('增长最快的为汽车制造业,同比增长25.1%。', ['25.1'])).toEqual(['汽车制造业增速']);
  });

  it('not a clause that picks out without ranking', () => {
    expect(labels('全省9个州市增长,同比增长10.7%。', ['10.7'])[0]).not.toContain('的是');
  });
});
