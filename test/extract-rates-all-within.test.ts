/**
 * A rate several subjects all fall within, 增幅都在N%以上 (芜湖 2013, held-out set 22): 都 between the rate's noun and
 * 在 is a distributor, as 分别 and 均 are; the figure is a growth rate, not a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate written 增幅都在N%以上', () => {
  it('is the growth rate of the firms named (芜湖 2013: "…等企业的增幅都在20%以上")', () => {
    const text = '前两个月产值超5亿元的企业中,美的制冷、富鑫钢铁、美芝精密、芜湖供电等企业的增幅都在20%以上。';
    const f = the(text, '20');
    expect(f.kind).toBe('growth');
    expect(f.qualifier).toBe('以上');
    expect(f.label).toContain('企业');
    expect(the('企业增速均在20%以上。', '20').kind).toBe('growth');
    // A share stays a share.
    expect(the('高新技术产业占比都在30%以上。', '30').kind).toBe('share');
  });
});
