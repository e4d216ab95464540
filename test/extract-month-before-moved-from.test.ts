/**
 * A rate moved from 上月 ("同比速度由上月下降8.1%转为增长3%", 北京 2011, held-out set 28) is of the month before the
 * figure's own: 2011年1月's is 2010年12月, 5月's is 4月. Where the month before cannot be told (a January of no year, a
 * whole year), the rate keeps a time of its own. Written from the survivors of extract-figure's mutation run (session
 * 33: time-rules.ts, previousOf, which no test reached).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate moved from 上月', () => {
  it('is of December of the year before, after a January of a year', () => {
    const text = '2011年1月,全市工业增加值同比速度由上月下降8.1%转为增长3%。';
    expect(the(text, '8.1')).toMatchObject({ period: '2010年12月', number: -8.1, kind: 'growth' });
    expect(the(text, '3')).toMatchObject({ period: '2011年1月', number: 3 });
  });

  it('is of the month before, in a report of no year', () => {
    const text = '5月份,全市工业增加值同比速度由上月下降8.1%转为增长3%。';
    expect(the(text, '8.1')).toMatchObject({ period: '4月', number: -8.1 });
  });

  it('is of a month, after a January of no year', () => {
    const text = '1月份,全市工业增加值同比速度由上月下降8.1%转为增长3%。';
    expect(the(text, '8.1').period).toMatch(/^\d{1,2}月$/u);
  });

  it('keeps the year named, after a whole year', () => {
    const text = '2011年,全市工业增加值同比速度由上月下降8.1%转为增长3%。';
    expect(the(text, '8.1')).toMatchObject({ period: '2011年', number: -8.1 });
  });
});
