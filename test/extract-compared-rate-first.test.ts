/**
 * A place's rate written after the comparison ("比全省平均增速8.2%低", "高于全国6.7%的增速") when the sentence gives no
 * figure of its own before it: the rate is still the place's, of the measure the clause names before the comparison,
 * and the gap after it is the report's own, signed once (before, with no figure to take the measure from, the place's
 * rate was read as the report's own and the gap as a bare "低变化"). The forms of extract-compared-place-rates.test.ts
 * ("增速比全市平均增速(8.1%)低8.4个百分点", a corpus report), here opening the sentence; written from the survivors of
 * extract-subject's mutation run (session 31: figure-subject.ts, `place && k >= 0 ? found[k].root : ''`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s rate compared with, no figure before it', () => {
  it.each([
    ['比全省平均增速8.2%低0.9个百分点', '规模以上工业增加值比全省平均增速低'],
    ['比全省8.2%的增速低0.9个百分点', '规模以上工业增加值比全省低'],
    ['低于全省8.2%的增幅0.9个百分点', '规模以上工业增加值低于全省'],
  ])('%s: the rate is the place’s, the gap the report’s own', (written, gap) => {
    const text = `1-5月,全市规模以上工业增加值增速${written}。`;
    expect(the(text, '8.2')).toMatchObject({ label: '全省规模以上工业增加值增速', number: 8.2, kind: 'growth' });
    expect(the(text, '0.9')).toMatchObject({ label: gap, number: -0.9, kind: 'change' });
  });

  it('高于…的增速, 高于…的平均水平: the place’s rate of the measure the clause names', () => {
    const rate = '1-5月,全市规模以上工业增加值增速远高于全国6.7%的增速。';
    expect(the(rate, '6.7')).toMatchObject({ label: '全国规模以上工业增加值增速', kind: 'growth' });
    const level = '全市规模以上工业增加值增速高于全国6.7%的平均水平。';
    expect(the(level, '6.7')).toMatchObject({ label: '全国规模以上工业增加值增速', kind: 'growth' });
  });
});

describe('a place’s rate compared with, no measure named', () => {
  it('is still the place’s rate (全省增速), and the gap after it the report’s own', () => {
    const text = '1-5月同比增长8.5%,比全省平均增速8.2%高0.3个百分点。';
    expect(the(text, '8.2')).toMatchObject({ label: '全省增速', kind: 'growth' });
    expect(the(text, '0.3')).toMatchObject({ label: '比全省平均增速高', number: 0.3, kind: 'change' });
    expect(the('同比增长8.5%,远高于全国6.7%的增速。', '6.7')).toMatchObject({ label: '全国增速', kind: 'growth' });
  });
});

describe('a time compared with, not a place', () => {
  it('keeps the rate the measure’s own, no place put before it', () => {
    for (const text of [
      '全市规上工业增加值增长8.5%,高于上年同期6.7%的水平。',
      '全市规上工业增加值增长8.5%,比上年同期6.7%的增速高1.8个百分点。',
    ])
      expect(the(text, '6.7'), text).toMatchObject({ label: '规上工业增加值增速', kind: 'growth' });
  });
});
