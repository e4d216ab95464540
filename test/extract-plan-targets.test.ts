/**
 * A five-year plan not over in the report's year: what its years will average is the plan's target, not a result
 * ("“十五五”时期…年均增长6%" in a report on 2025). A plan that ended in the report's year, or the years since a plan
 * began (“十四五”以来), are results.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const REPORT_2025 = '2025年，全省规模以上工业增加值增长6.2%。';

describe('a plan period in a report', () => {
  it('is a target when the plan ends after the report’s year, with or without the as-of', () => {
    const text = `${REPORT_2025}“十五五”时期，全省地区生产总值年均增长6%左右。`;
    for (const asOf of [undefined, '2025年']) {
      expect(the(text, '6', { asOf })).toMatchObject({ period: '“十五五”时期', status: 'target', qualifier: '左右' });
      expect(the(text, '6.2', { asOf }).status).toBe('actual');
    }
    // Half-way through a plan, its yearly average is still the plan's.
    expect(the('2022年全省生产总值增长4.1%。“十四五”时期，全省生产总值年均增长6%左右。', '6').status).toBe('target');
    expect(the('“十三五”期间，全市工业增加值年均增长8%。', '8', { asOf: '2015年' }).status).toBe('target');
  });

  it('is a result when the plan ended in the report’s year, or is the years since it began', () => {
    expect(the(`${REPORT_2025}“十四五”期间，全省规上工业增加值年均增长7.9%。`, '7.9').status).toBe('actual');
    expect(the('2015年全市生产总值增长8%。“十二五”期间年均增长10.3%。', '10.3').status).toBe('actual');
    expect(the('2023年，全市规上工业增加值增长6.2%。“十四五”以来，全市规上工业增加值年均增长7.1%。', '7.1').status).toBe('actual');
  });
});
