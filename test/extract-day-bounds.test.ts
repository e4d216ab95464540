/**
 * Dates and counted months are read only when they can be: "截至12月31日" is a day a stock is counted up to, "截至13月5日"
 * or "截至3月32日" none; "前12个月" is 1-12月, "前13个月" no period, "前一个月" the month before (not the first months).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const dayOf = (date: string) => the(`截至${date},全市金融机构存款余额1200亿元。`, '1200').period;
const monthsOf = (months: string) => the(`${months},全市规模以上工业增加值增长8%。`, '8').period;

describe('a day counted up to (截至…日)', () => {
  it.each(['1月1日', '1月31日', '12月1日', '12月31日'])('is read when it can be: %s', (date) => {
    expect(dayOf(date)).toBe(date);
  });

  it.each(['0月5日', '13月5日', '3月0日', '3月32日'])('is no period when it cannot be: %s', (date) => {
    expect(dayOf(date)).toBe('');
  });
});

describe('the first months counted (前N个月)', () => {
  it('are the months from January, two to twelve', () => {
    expect(monthsOf('前2个月')).toBe('1-2月');
    expect(monthsOf('前12个月')).toBe('1-12月');
    expect(monthsOf('前一个月')).toBe('');
    expect(monthsOf('前13个月')).toBe('');
  });
});
