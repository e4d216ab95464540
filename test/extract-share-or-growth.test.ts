/**
 * Whether a rate is a share or a growth rate, from the words around it: a share moved from one value to another
 * ("研发经费投入强度由1.9%提高到2.4%") is a share at both ends (only the rate verbs 回升, 回落, 加快, 放缓 make the
 * first a growth rate); rates in brackets after places, in a clause on growth that names 增长率 before the bracket,
 * are growth rates (四川 2017: "甘孜(21.5%)、泸州(10.9%)"); a share named inside brackets after a measure is an aside,
 * and the growth after it is the measure's (长治 2025 一季度: "采矿业增加值(占比75.9%)增长14.4%").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a share moved from one value to another', () => {
  it('is a share at both ends when the verb is no rate verb', () => {
    const text = '全社会研发经费投入强度由1.9%提高到2.4%。';
    for (const v of ['1.9', '2.4']) expect(the(text, v), v).toMatchObject({ kind: 'share', unit: '%', label: '全社会研发经费投入强度' });
  });
});

describe('rates in brackets after places', () => {
  it('are growth rates when the clause names 增长率 before the bracket', () => {
    const text = '全省21个市州规上工业增加值增速高于全省平均水平,其中,增长率居前三位的是甘孜(21.5%)、泸州(10.9%)和宜宾(10.2%)。';
    for (const v of ['21.5', '10.9', '10.2']) expect(the(text, v), v).toMatchObject({ kind: 'growth', number: Number(v), unit: '%' });
  });
});

describe('a share named inside brackets after a measure', () => {
  it('is an aside: the growth after the brackets is of the measure, not of the share', () => {
    const text = '采矿业增加值(占比75.9%)增长14.4%。';
    expect(the(text, '75.9')).toMatchObject({ kind: 'share', number: 75.9 });
    expect(the(text, '14.4')).toMatchObject({ kind: 'growth', number: 14.4, label: '采矿业增加值增速' });
    expect(the('制造业增加值(比重为20.1%)下降3.5%。', '3.5')).toMatchObject({ number: -3.5, label: '制造业增加值增速' });
  });
});
