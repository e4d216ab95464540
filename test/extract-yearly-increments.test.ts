/**
 * An amount added each year on average is over the years, as a yearly rate is: "固定资产投资五年累计完成9091亿元,年均
 * 增加349亿元" (包头 2012 政府工作报告, held-out set 21), a review of 2008–2012.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('年均增加', () => {
  it('is over the five years the review names (包头 2012)', () => {
    const text =
      '过去五年工作回顾\n五年来,市政府团结依靠全市各族人民,完成了各项任务。预计2012年全市生产总值完成3440亿元左右;固定资产投资五年累计完成9091亿元,年均增加349亿元。';
    const f = the(text, '349', { asOf: '2012年' });
    expect([f.kind, f.period]).toEqual(['change', '2008-2012年']);
    expect(the(text, '9091', { asOf: '2012年' }).period).toBe('2008-2012年');
  });

  it('leaves an amount added in one year to that year', () => {
    expect(the('2012年,全市固定资产投资比上年增加349亿元。', '349').period).toBe('2012年');
  });
});
