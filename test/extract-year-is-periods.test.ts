/**
 * "2025年是全力打好“十四五”收官攻坚战、…的重要一年": a sentence holding no figure that says what a year is names, after
 * its 是, the plan or stage the year belongs to; the figures after it are of the year, not of the plan.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 滨海新区 2026年政府工作报告, its review of 2025 (district site, held-out set 34).
const BINHAI =
  '2025年和“十四五”时期工作回顾\n单泽峰在政府工作报告中说,2025年是全力打好“十四五”收官攻坚战、奋力打造中国式现代化“滨城”样板的重要一年。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,经济社会发展保持稳中有进、稳中向优的良好态势。预计全区地区生产总值同比增长5%左右,占全市比重较“十三五”末提升2个百分点;一般公共预算收入增长6.3%,占全市16个区总量的45%;节能减排减污降碳完成市下达目标任务。';

// 北京 2024 (corpus beijing-2024-11-industry), its first sentence, then a figure.
const BEIJING = '2024年是新中国成立75周年,也是实现“十四五”规划目标的关键一年。全市规模以上工业增加值增长7%。';

describe('a year said to be a stage of a plan', () => {
  it('is the time of the figures after it', () => {
    expect(the(BINHAI, '5').period).toBe('2025年');
    expect(the(BINHAI, '6.3').period).toBe('2025年');
    expect(the(BINHAI, '45').period).toBe('2025年');
    expect(the(BEIJING, '7').period).toBe('2024年');
  });

  it('not a plan named as the time of a sentence that says no year is', () => {
    expect(the('“十四五”时期,全区地区生产总值年均增长6%。', '6').period).toBe('“十四五”时期');
    expect(the('2025年全区完成了“十四五”规划目标。“十四五”期间,工业增加值年均增长7%。', '7').period).toBe('“十四五”时期');
  });
});
