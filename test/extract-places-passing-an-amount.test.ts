/**
 * Places counted by the amount each passes: "全县15个工业园区中,5个产值超过10亿元" counts parks (工业园区), not firms. Only
 * firms (户, 家) named by the amount they pass are that class of firms ("其中5户利润总额超过1亿元" of a county's profits:
 * 利润总额超1亿元企业). Written from the survivors of extract-subject's mutation run (session 32: figure-subject.ts,
 * `count && (t.unit === '户' || t.unit === '家') && isIn(PASSED_CLASS_FIRST, …)`, and `t.unit === '%'` of the noun read
 * after a share: the measure after the count is no part of what is counted).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places counted by the amount each passes', () => {
  it('are the places, not firms', () => {
    const label = the('全县15个工业园区中,5个产值超过10亿元。', '5').label;
    expect(label).toMatch(/工业园区$/u);
    expect(the('全县规上工业企业120家,其中5家利润总额超过1亿元。', '5').label).toBe('利润总额超1亿元企业');
  });
});
