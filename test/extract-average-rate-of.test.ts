/**
 * A yearly average rate written before 的 and a measure's 增长 is that measure's growth: "以年均2.3%的能源消费增长
 * 支撑了年均6.8%的经济增长" (扬州 2022, held-out set 27) reads 2.3% as 能源消费's growth and 6.8% as 经济's, not as
 * shares; a share of things that grew ("60%的企业实现增长") names no yearly average and stays a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('年均 X% 的 Y 增长', () => {
  const text = '“十三五”期间,我市绿色发展成效显著,单位GDP能耗累计下降19.5%,以年均2.3%的能源消费增长支撑了年均6.8%的经济增长。';

  it('reads each rate as the growth of the measure named after 的', () => {
    const energy = the(text, '2.3', { asOf: '2022年' });
    expect([energy.kind, energy.number]).toEqual(['growth', 2.3]);
    expect(energy.label).toContain('能源消费');
    const economy = the(text, '6.8', { asOf: '2022年' });
    expect([economy.kind, economy.number]).toEqual(['growth', 6.8]);
    expect(economy.label).toContain('经济');
    expect(economy.label).not.toContain('能源');
  });

  it('leaves a share of things that grew a share', () => {
    expect(the('全市有60%的企业实现增长。', '60').kind).toBe('share');
  });
});
