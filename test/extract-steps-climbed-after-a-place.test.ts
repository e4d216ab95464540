/**
 * Steps climbed, counted after a place held ("经济总量跃升2个台阶" after "增速居全省第5位"): the count is of what climbed,
 * named before the verb (经济总量: the form of "全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶", 安徽 2025 政府工作报告 in the corpus);
 * only places gained or lost, counted as 名次 ("同比均提升10个名次", 郑州 2015, held-out set 36), are the measure's whose
 * place was given before. Written from the survivors of extract-subject's mutation run (session 32: figure-subject.ts,
 * `t.unit === '个' && sentence.startsWith('名次', t.outerEnd)`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('steps climbed after a place held', () => {
  it('are of what climbed, not of the measure placed before', () => {
    const text = '规上工业增加值增速居全省第5位,经济总量跃升2个台阶。';
    expect(the(text, '2').label).toBe('经济总量变化');
    expect(the(text, '5').label).toBe('规上工业增加值增速位次');
  });
});
