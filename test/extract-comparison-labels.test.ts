/**
 * The label of a change against another place (comparedWith): the comparison's words, from 比/较 or the verb, without
 * the rates in brackets written after each place ("高出全国(5.9%)、全省(6.4%)平均水平"), without 的 and the rate's
 * name after the place ("高于全国的增速" → 高于全国), and 较 before 快 (较快) is no comparison word.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GROWTH = '全市规模以上工业增加值增长8.4%，';

describe('the rates in brackets after the places compared with', () => {
  it('are no part of the label, each item against its own place', () => {
    const text = `${GROWTH}高出全国(5.9%)、全省(6.4%)平均水平2.5和2个百分点。`;
    expect(the(text, '2.5').label).toBe('规模以上工业增加值高出全国平均水平');
    expect(the(text, '2').label).toBe('规模以上工业增加值高出全省平均水平');
  });
});

describe('的 and the rate named after the place', () => {
  it('are no part of the label', () => {
    for (const after of ['的增速', '的平均增速', '的']) {
      const text = `${GROWTH}高于全国${after}2.5个百分点。`;
      expect(the(text, '2.5').label, text).toBe('规模以上工业增加值高于全国');
    }
  });
});

describe('较 before 快', () => {
  it('is no comparison word of its own (较快于)', () => {
    const label = the(`${GROWTH}增速较快于全国2.5个百分点。`, '2.5').label;
    expect(label).not.toContain('较较');
    expect(label).toMatch(/较快于全国$/u);
  });
});

// 中原网 on 郑州 2021 1-10月 (held-out set 41): a headline parts its phrases with a space, not a comma.
describe('a headline’s space after a percent sign', () => {
  it('parts its phrases as a comma does: the comparison after it is of the measure before', () => {
    const headline = '前10个月郑州规上工业增加值同比增长13% 高于全国2.1个百分点';
    for (const asOf of [{ asOf: '2021年1-10月' }, {}]) {
      expect(the(headline, '13', asOf).label).toBe('郑州规上工业增加值增速');
      expect(the(headline, '2.1', asOf)).toMatchObject({ label: '郑州规上工业增加值高于全国', number: 2.1, kind: 'change' });
    }
    // 山西 2015's "4月份水泥产量下降18.4% 降幅收窄" (corpus: shanxi-2015-04-industry) reads as before.
    expect(the('山西:4月份水泥产量下降18.4% 降幅收窄', '18.4', { asOf: '2015年4月' })).toMatchObject({ number: -18.4, kind: 'growth' });
  });
});
