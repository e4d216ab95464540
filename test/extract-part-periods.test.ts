/**
 * "全省工业5年累计投资15322亿元,年均增长40.9%,其中,技术改造投资完成7614亿元" (安徽 2010): a part (其中) of the amount
 * or count before, in a clause naming no time, is of that figure's period, a span of years here; the whole is the
 * last figure before of the same kind and unit (not the rate between). 其中 may open its clause with a comma after it
 * or run on into it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value, f.period]);

describe('a part (其中) of a figure over a span of years', () => {
  it('is of the span, 其中 running on into its clause', () => {
    expect(periods('全省工业5年累计投资15322亿元,年均增长40.9%,其中技术改造投资完成7614亿元。', '2010年')).toEqual([
      ['15322', '“十一五”时期'],
      ['40.9', '“十一五”时期'],
      ['7614', '“十一五”时期'],
    ]);
  });

  it('is of the amount’s span, not of a rate of the last year between them', () => {
    const read = periods('全省工业5年累计投资15322亿元,增长15.2%,其中技术改造投资7614亿元。', '2017年');
    expect(read.filter(([value]) => value !== '15.2')).toEqual([
      ['15322', '2013-2017年'],
      ['7614', '2013-2017年'],
    ]);
  });

  it('is of the span for a count too', () => {
    expect(periods('全省5年累计新增规上工业企业1500家,其中高新技术企业300家。', '2017年')).toEqual([
      ['1500', '2013-2017年'],
      ['300', '2013-2017年'],
    ]);
  });
});
