/**
 * A list of values (、/和) moved from 上年 to new ones is of the year before, every item, as a ratio's parts are:
 * "產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%" (a 怀化 county's 2023 统计公报, in
 * traditional characters, held-out set 50) gave the first three the report's year.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list moved from last year’s values', () => {
  it('gives each item moved from the year before, the new ones the year', () => {
    const s = '產業結構不斷調整,產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%。';
    for (const v of ['22.26', '28.63', '49.11']) expect(the(s, v, { asOf: '2023年' }).period).toBe('2022年');
    for (const v of ['21.35', '27.92', '50.73']) expect(the(s, v, { asOf: '2023年' }).period).toBe('2023年');
  });
  it('holds for a 分别 list of two moved on by 提高到', () => {
    const s = '全市规上工业增加值、营业收入分别由上年的5.1%、6.2%提高到7.3%和8.0%。';
    expect(the(s, '5.1', { asOf: '2023年' }).period).toBe('2022年');
    expect(the(s, '6.2', { asOf: '2023年' }).period).toBe('2022年');
    expect(the(s, '8.0', { asOf: '2023年' }).period).toBe('2023年');
  });
  it('leaves a list that moves nowhere the year’s', () => {
    const s = '由上年的基础看,三次产业分别增长22.2%、28.6%和49.1%。';
    expect(the(s, '22.2', { asOf: '2023年' }).period).toBe('2023年');
  });
});
