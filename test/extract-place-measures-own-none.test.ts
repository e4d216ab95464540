/**
 * A place's measures of money listed one by one ("一般公共预算收入17.5亿元,增长11.5%;实际利用外资15975万美元,增长20.1%;出口
 * 13525万美元,增长3.6%", 进贤 2018 政府工作报告, test/corpus/jinxian-2018-government-work.txt): a measure named alone after
 * them is the place's, not 实际利用外资出口 (nor, past it, 一般公共预算收入出口).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a measure named alone after the place’s income or foreign capital', () => {
  it('is the place’s own', () => {
    const text =
      '全年共实现地区生产总值362.7亿元,增长9.1%;一般公共预算收入17.5亿元,增长11.5%;实际利用外资15975万美元,增长20.1%;出口13525万美元,增长3.6%。';
    expect(the(text, '13525').label).toBe('出口');
    expect(the(text, '3.6').label).toBe('出口增速');
  });

  it('still takes the owner an amount before names: an industry’s 出口', () => {
    const text = '汽车产业实现产值1510.6亿元,增长26.3%;出口35.2亿元,增长12.1%。';
    expect(the(text, '35.2').label).toBe('汽车产业出口');
  });
});
