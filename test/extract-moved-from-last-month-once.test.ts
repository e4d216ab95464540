/**
 * What moves from 上月 with its value written right after it ("由上月的3%回升至4%", "由上月18.4:45.9:35.7调整为…") is of the
 * month before the report's, once: 上月 is that value's own time, already the month before, and the rule for a move from
 * 上月 ("同比速度由上月下降8.1%转为增长3%", 北京 2011, held-out set 28) stepped back a second month (5月's 3% was read as
 * of 3月, and each item of a list one month further: 30%、70% as of 3月 and 2月). Found while writing tests for
 * extract-figure's survivors (session 33: figure-time.ts, the move from 上年/上月 of a ratio, which no test reached).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a value moved from 上月, written right after it', () => {
  it('is of the month before, a rate', () => {
    const text = '5月份,全市工业用电量增速由上月的3%回升至4%。';
    expect(the(text, '3')).toMatchObject({ period: '4月', kind: 'growth' });
    expect(the(text, '4')).toMatchObject({ period: '5月', kind: 'growth' });
  });

  it('is of the month before, each part of a ratio', () => {
    const text = '5月份,全市三次产业结构由上月18.4:45.9:35.7调整为18.6:46.5:34.9。';
    expect(the(text, '18.4').period).toBe('4月');
    expect(the(text, '45.9').period).toBe('4月');
    expect(the(text, '35.7').period).toBe('4月');
    expect(the(text, '18.6').period).toBe('5月');
  });

  it('is of the month before, each item of a list', () => {
    const text = '5月份,全市轻重工业用电比例由上月的30%、70%调整为40%、60%。';
    expect(the(text, '30').period).toBe('4月');
    expect(the(text, '70').period).toBe('4月');
    expect(the(text, '40').period).toBe('5月');
  });

  it('is of the month before, of a year', () => {
    const text = '2023年5月,全市工业用电量增长8%,轻重工业用电比例由上月的3:7调整为4:6。';
    expect(the(text, '3').period).toBe('2023年4月');
    expect(the(text, '7').period).toBe('2023年4月');
    expect(the(text, '4').period).toBe('2023年5月');
  });
});
