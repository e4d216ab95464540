/**
 * "远高于全国6.7%的增速": a rate written after the place a growth is compared with, then 的增速, is that place's rate of
 * the measure before, not the report's own; so after the place and 平均 ("全州平均"), and after the place and 的
 * ("全国的6.7%的增速").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GROWTH = '全市规模以上工业增加值增长8.5%，';

describe('a rate after the place compared with', () => {
  it.each([
    ['全国', '全国'],
    ['全州平均', '全州'],
    ['全县平均', '全县'],
    ['全国的', '全国'],
  ])('高于%s…的增速 is the rate of %s', (named, place) => {
    const text = `${GROWTH}远高于${named}6.7%的增速。`;
    expect(the(text, '6.7')).toMatchObject({ label: `${place}规模以上工业增加值增速`, kind: 'growth' });
    expect(the(text, '8.5').label).toBe('规模以上工业增加值增速');
  });
});
