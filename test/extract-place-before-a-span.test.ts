/**
 * The place a move over the years a sentence named starts from is the year's before them: "2011-2016年,…,2016年达到
 * 1156.49亿元,总量由全省第7位进到第6位" (the form of 汉中 2016, held-out set 10) puts 第7位 in 2010年, also when a plan's
 * period of no first year of its own (“十二五”期间) is named after the span. Written from the survivors of extract-figure's
 * mutation run (session 33: time-rules.ts, spanFromBefore, which no test reached).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the place a move over the years starts from', () => {
  it('is of the year before the span', () => {
    const text = '2011-2016年,全市生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7位进到第6位。';
    expect(the(text, '7', { asOf: '2016年' })).toMatchObject({ kind: 'rank', period: '2010年' });
    expect(the(text, '6', { asOf: '2016年' })).toMatchObject({ kind: 'rank', period: '2016年' });
  });

  it('is of the year before the span, a plan’s period named after it', () => {
    const text = '2011-2016年,全市生产总值年均增长12.2%,“十二五”期间,2016年达到1156.49亿元,总量由全省第7位进到第6位。';
    expect(the(text, '7', { asOf: '2016年' })).toMatchObject({ kind: 'rank', period: '2010年' });
  });
});
