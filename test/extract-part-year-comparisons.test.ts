/**
 * A figure compared with the same time a year before (比上年同期), in a report on part of a year, is of the report's
 * months: "今年,全省以…为载体,…。在規模以上工業中,高技術産業完成工業增加值33.89億元,比上年同期增長46.2%" (青海 2014
 * 前三季度, held-out set 19, in traditional characters) was given the whole of 2014 its paragraph's 今年 named. A
 * whole year's figure with no such comparison stays of the year.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const QINGHAI = readFileSync(new URL('./corpus/qinghai-2014-q3-manufacturing-traditional.txt', import.meta.url), 'utf8');
const PARAGRAPH = QINGHAI.slice(QINGHAI.indexOf('今年,全省以'));

describe('the same time a year before', () => {
  it('makes the figures of its sentence the report’s months, with and without --as-of', () => {
    for (const opts of [{ asOf: '2014年前三季度' }, undefined]) {
      const figures = extractFigures(QINGHAI, opts).filter((f) => f.start >= QINGHAI.indexOf('今年,全省以'));
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        ['33.89', '2014年前三季度'],
        ['46.2', '2014年前三季度'],
        ['4.6', '2014年前三季度'],
      ]);
    }
  });

  it('not in a report on a whole year, nor a sentence without the comparison', () => {
    expect(the(PARAGRAPH, '46.2', { asOf: '2014年' }).period).toBe('2014年');
    const target = '今年,全省以项目为载体。全年工业增加值力争达到900亿元。';
    expect(the(target, '900', { asOf: '2014年前三季度' }).period).toBe('2014年');
  });
});
