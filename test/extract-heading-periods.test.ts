/**
 * A heading that names a year and a part of it ("2024年1-6月全省工业经济运行情况") gives its period to the figures
 * under it, after a part of the report on another period: each form the heading rule (index.ts, HEADING_TIME) reads.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

function periodsUnder(heading: string): string[] {
  const text = `2023年，全省规模以上工业增加值增长4%。\n\n${heading}全省工业经济运行情况\n\n规模以上工业增加值同比增长5.1%，其中制造业增长6.2%。`;
  return extractFigures(text).map((x) => `${x.value} ${x.period}`);
}

describe('the period a heading gives the figures under it', () => {
  it.each([
    '2024年1-6月',
    '2024年10-12月',
    '2024年6月',
    '2024年11月',
    '2024年上半年',
    '2024年下半年',
    '2024年前三季度',
    '2024年一季度',
    '2024年四季度',
    '2024年',
  ])('%s', (period) => {
    expect(periodsUnder(period)).toEqual(['4 2023年', `5.1 ${period}`, `6.2 ${period}`]);
  });
});
