/**
 * A subject too weak to keep gives way to the noun the number counts after it: a bare verb (新增, 认定) or a scope or
 * source only (据不完全统计, 根据…, 在全省). 从业人员 opens with 从 but is a noun (the people employed), not 从 opening a
 * scope; a word list of verbs is split into its words, not read character by character.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a source before the number', () => {
  it('gives way to the noun counted after it', () => {
    expect(the('据不完全统计120家规上工业企业实现利润增长。', '120').label).toBe('规上工业企业');
  });
});

describe('从业人员 before a count of people', () => {
  it('is the subject, not a scope opening with 从', () => {
    const f = the('拥有从业人员1000人以上企业35家。', '1000');
    expect(f).toMatchObject({ label: '从业人员', unit: '人', qualifier: '以上' });
    expect(the('拥有从业人员1000人以上企业35家。', '35').label).toBe('企业');
  });
});

describe('a subject that only holds a verb of the list (VERBISH) in it', () => {
  it('is kept whole: 工业总量和工业投资 (江西 2016), 工业投资增速 before 回落至', () => {
    const jiangxi =
      '我省近日制定出台《江西省强攻工业制造升级三年行动计划》,明确2016至2018年全省工业发展蓝图,集中各方力量强攻工业,大力推进制造升级,用3年时间,力争工业总量和工业投资迈上万亿元台阶,推动全省工业经济平稳健康发展。';
    expect(the(jiangxi, '万亿', { asOf: '2016年' }).label).toBe('工业总量和工业投资');
    const text = '全市工业投资增速由2015年的9.8%回落至2016年的5.6%。';
    expect(the(text, '9.8').label).toBe('工业投资增速');
    expect(the(text, '5.6').label).toBe('工业投资增速');
  });
});
