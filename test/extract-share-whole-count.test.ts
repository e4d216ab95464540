/**
 * "一般公共预算收入增长6.3%,占全市16个区总量的45%": a count in the whole a share is of counts the places named after
 * it (区), and the share after it reads past it: 45% is 一般公共预算收入's share, not "区总量".
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

// 滨海新区 2026年政府工作报告, its review of 2025 (district site, held-out set 34).
const BINHAI =
  '预计全区地区生产总值同比增长5%左右,占全市比重较“十三五”末提升2个百分点;一般公共预算收入增长6.3%,占全市16个区总量的45%;节能减排减污降碳完成市下达目标任务。';

describe('a count in a share’s whole', () => {
  it('counts the places after it, and the share is of the subject before', () => {
    const [districts, share] = labels(BINHAI, ['16', '45']);
    expect(districts).toBe('区');
    expect(share).toContain('一般公共预算收入');
    expect(share).not.toMatch(/^区/u);
    expect(labels('规上工业增加值增长6%,占全省11个市总量的12.5%。', ['11', '12.5'])).toEqual(['市', '规上工业增加值占全省11个市比重']);
  });

  it('not a count that is what is shared, nor one outside a 占 clause', () => {
    expect(labels('全市新增规上工业企业16个,占全省的12%。', ['16'])[0]).toContain('规上工业企业');
    expect(labels('全市共有16个区,一般公共预算收入增长6.3%。', ['16'])[0]).not.toBe('区总量');
  });
});
