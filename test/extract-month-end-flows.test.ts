/**
 * A flow summed or grown up to a month's end ("截至3月末,…累计实现销售收入28.8亿元,增长53%", 当涂 2008) is over the months
 * since the year began (1-3月), whether 截至 names the year or not; a stock held on the day stays of the day.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a flow up to a month’s end', () => {
  it('is over the months since January when 截至 names no year', () => {
    const text = '截至3月末,全县240户规模工业企业累计实现销售收入28.8亿元,增长53%。';
    expect(the(text, '28.8').period).toBe('1-3月');
    expect(the(text, '53').period).toBe('1-3月');
    expect(the(text, '240').period).toBe('3月末');
  });
});

describe('exports and imports up to a month’s end', () => {
  it('are flows, with or without 额; firms that export are no flow', () => {
    for (const measure of ['出口', '进口', '进出口'])
      expect(the(`截至11月末，全市${measure}增长12%。`, '12').period, measure).toBe('1-11月');
    expect(the('截至11月末，全市出口企业增长12%。', '12').period).toBe('11月末');
  });
});
