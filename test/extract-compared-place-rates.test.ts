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

describe('the place’s rate written between the comparison and the gap', () => {
  // (made up, on the form of "增速比全市平均增速(8.1%)低8.4个百分点", a corpus report, written without the brackets)
  it.each([
    ['低于全省8.2%的增幅0.9个百分点', '规上工业增加值低于全省'],
    ['低于全省8.2%的平均水平0.9个百分点', '规上工业增加值低于全省'],
    ['比全省8.2%的增速低0.9个百分点', '规上工业增加值比全省低'],
    ['比全省平均增速8.2%低0.9个百分点', '规上工业增加值比全省平均增速低'],
  ])('%s: the rate is the place’s, unsigned; the gap below is the report’s own, signed once', (written, gap) => {
    const text = `全市规上工业增加值增长7.3%,${written}。`;
    expect(the(text, '8.2')).toMatchObject({ label: '全省规上工业增加值增速', number: 8.2, kind: 'growth' });
    expect(the(text, '0.9')).toMatchObject({ label: gap, number: -0.9, kind: 'change' });
  });

  it('高于…的平均水平, 快于…的增长速度: the place’s rate of the measure before', () => {
    const level = '全县规模以上工业增加值增长12%,高于全市9.5%的平均水平2.5个百分点。';
    expect(the(level, '9.5')).toMatchObject({ label: '全市规模以上工业增加值增速', number: 9.5 });
    expect(the(level, '2.5')).toMatchObject({ label: '规模以上工业增加值高于全市', number: 2.5 });
    expect(the('全县规模以上工业增加值增长12%,快于全国6.7%的增长速度。', '6.7').label).toBe('全国规模以上工业增加值增速');
  });
});
