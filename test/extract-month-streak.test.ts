/**
 * A streak of months counted from a month ("从3月份起…连续七个月") is of the months it covers, written as a span of
 * months is (3-9月, as the corpus writes "3月至7月"), for its own clause only.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 工信部 on 2012 (http://finance.ce.cn/rolling/201301/24/t20130124_17047695.shtml).
const MIIT_2012 =
  '第二句话是“压力大”。经济下行压力比预期要大。全年规模以上工业增加值比上年增长10%,增速同比回落3.9个百分点,从3月份起增速连续七个月低于10%,8月份仅为8.9%,前8个月工业企业实现利润持续负增长。';

describe('a streak of months from a month', () => {
  it('is of the months it covers, and of its own clause only (工信部 2012)', () => {
    const xs = extractFigures(MIIT_2012, { asOf: '2012年' });
    expect(xs.map((x) => [x.value, x.period])).toEqual([
      ['10', '2012年'],
      ['3.9', '2012年'],
      ['10', '3-9月'],
      ['8.9', '8月'],
    ]);
  });

  it('开始 and 以来 as 起; a streak past the year, or none, leaves the month', () => {
    const of = (text: string) => extractFigures(text, { asOf: '2012年' }).map((x) => x.period);
    expect(of('从5月份开始增速连续四个月高于10%。')).toEqual(['5-8月']);
    expect(of('5月份以来增速连续3个月低于10%。')).toEqual(['5-7月']);
    expect(of('从10月份起增速连续五个月低于10%。')).toEqual(['10月']);
    expect(of('从3月份起增速低于10%。')).toEqual(['3月']);
  });
});
