/**
 * A sentence opening with an industry names whose its bare measures are, before the owner a sentence before gave the
 * same measure: "鋼鐵行業…實現增加值88.9億元,增長20.9%。…。汽車行業經歷連續兩年的“井噴”式發展後漸轉平穩,但仍實現增加值167
 * 億元,增長22.3%" (湖北 2011 前两月, a 繁體 copy, held-out set 54): 167億元 and 22.3% were labelled with the earlier
 * sentence's owner.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const HUBEI =
  '钢铁行业抓住产品价格回暖的有利时机,实现增加值88.9亿元,增长20.9%。汽车行业经历连续两年的“井喷”式发展后渐转平稳,但仍实现增加值167亿元,增长22.3%。';

describe('a sentence opening with an industry', () => {
  it('owns its bare measures, not the industry of the sentence before', () => {
    const read = () => labels(HUBEI, ['167', '22.3']);
    expect(read()).toEqual(['汽车行业增加值', '汽车行业增加值增速']);
  });

  it('a sentence opening with no industry keeps the owner of the same measure before', () => {
    const read = () => labels('钢铁行业实现增加值88.9亿元,增长20.9%。其中,2月实现增加值45亿元。', ['45']);
    expect(read()).toEqual(['钢铁行业增加值']);
  });
});
