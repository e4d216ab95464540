/**
 * "截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点" (大同 2021): a flow's
 * growth up to a month's end, and the change of that growth, are over the months since the year began (1-11月). A
 * share held at the month's end, and its change in points, stay of the day the report names.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string) => extractFigures(text).map((f) => [f.value, f.period]);

describe('up to a month’s end', () => {
  it('a growth rate and its change are over the months since January', () => {
    expect(periods('截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点。')).toEqual([
      ['6.9', '2020年1-11月'],
      ['4.4', '2020年1-11月'],
    ]);
  });

  it('a share and its change stay of the month’s end', () => {
    expect(periods('截至11月末,全市高新技术产业增加值占比30.5%,比上年同期提高0.4个百分点。')).toEqual([
      ['30.5', '11月末'],
      ['0.4', '11月末'],
    ]);
  });
});
