/**
 * A rate in brackets that opens with a place and its verb, "同比增长16.5%(全国增长4.4%)", is that place's rate, an
 * aside: the figures after it are the report's own again; and "6月当月" in a report on 上半年 is its last month, June
 * (海南 2023, held-out set 18).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HAINAN =
  '海南省工业和信息化厅副厅长王媛介绍,今年上半年,海南全省规模以上工业增加值增速实现了两个“全国第一”:一是6月当月,同比增长16.5%(全国增长4.4%),全国排名第一。';

describe('(全国增长X%)', () => {
  const asOf = '2023年上半年';
  it('labels the bracketed rate with its place, and the rank after it the report’s own', () => {
    const national = the(HAINAN, '4.4', { asOf });
    // The report's own place and its name (海南全省) give way to the bracket's place, nothing left between them.
    expect(national.label).toBe('全国规模以上工业增加值增速');
    expect(national.label).not.toContain('海南');
    expect(the(HAINAN, '16.5', { asOf }).label).toContain('海南');
    expect(the(HAINAN, '一', { asOf }).label).not.toMatch(/^全国/u);
  });

  it('reads 6月当月 in a report on the first half as June', () => {
    for (const v of ['16.5', '4.4', '一']) expect(the(HAINAN, v, { asOf }).period, v).toBe('2023年6月');
  });

  it('with 全省平均为', () => {
    const text = '全市规上工业增加值增长5%(全省平均为4.1%),居全省第3位。';
    expect(the(text, '4.1').label).toMatch(/^全省/u);
    expect(the(text, '3').label).not.toMatch(/^全省/u);
  });
});
