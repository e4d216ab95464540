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

describe('城市 and 农村 after a measure with a digit in it', () => {
  it('are parts of the measure, a digit opening it or not', () => {
    expect(labels('全年5G用户增长16%,其中城市增长14%,农村增长18%。', ['14', '18'])).toEqual(['城市5G用户增速', '农村5G用户增速']);
    expect(labels('全年移动电话5G用户增长16%,其中城市增长14%,农村增长18%。', ['14'])).toEqual(['城市移动电话5G用户增速']);
  });

  it('are parts of a measure of two characters (物价)', () => {
    expect(labels('全年物价上涨1.6%,其中城市上涨1.4%,农村上涨1.8%。', ['1.4'])).toEqual(['城市物价涨幅']);
  });
});
