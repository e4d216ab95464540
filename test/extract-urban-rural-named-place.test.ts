/**
 * 城市 or 农村 alone after a measure is a part of it (城市居民消费价格涨幅), the measure taken without the place its
 * whole is of, a place named before 全省 too ("海南全省居民消费价格总水平", 海南 and 甘肃 2015 公报).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('城市 and 农村 after a measure of a named province', () => {
  it('are parts of the measure without the province', () => {
    const text = '海南全省居民消费价格总水平比上年上涨1.6%,其中城市上涨1.4%,农村上涨1.8%。';
    expect(labels(text, ['1.4', '1.8'])).toEqual(['城市居民消费价格涨幅', '农村居民消费价格涨幅']);
  });
});
