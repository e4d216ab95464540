/**
 * A level passed over a plan period is of the plan's last year, as one reached is: "“十四五”期间,…全部工业开票销售
 * 达9000亿元,力争超10000亿元" (扬州 2022, held-out set 27) sets both for 2025年; a yearly average stays the plan's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('超 N over a plan period', () => {
  const text =
    '根据《规划》提出的目标,“十四五”期间,我市规模以上工业增加值年均增长7%,全部工业开票销售达9000亿元,力争超10000亿元,年均增长8%以上。';

  it('gives the level passed the plan’s last year', () => {
    const passed = the(text, '10000', { asOf: '2022年' });
    expect([passed.period, passed.status, passed.qualifier]).toEqual(['2025年', 'target', '超']);
    expect(the(text, '9000', { asOf: '2022年' }).period).toBe('2025年');
  });

  it('keeps the yearly averages the plan’s', () => {
    expect(the(text, '7', { asOf: '2022年' }).period).toBe('“十四五”时期');
    expect(the(text, '8', { asOf: '2022年' }).period).toBe('“十四五”时期');
  });
});
