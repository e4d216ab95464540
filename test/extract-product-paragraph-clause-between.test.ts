/**
 * In a paragraph on products (分产品看), a clause between two figures names the product whose 产量 follows ("城市轨道车辆
 * 从无到有,产量为174辆", 河北 2017); for any other figure it names a subject only as elsewhere: "市场需求旺盛", how the
 * market fared, is no subject of the growth after it, which stays the product's named before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a clause on how things fared, in a paragraph on products', () => {
  it('names no subject for a rate after it (the product before keeps it)', () => {
    const text = '分产品看,全市汽车产量120万辆,市场需求旺盛,增长15%。';
    expect(the(text, '15').label).toBe('汽车产量增速');
  });
});
