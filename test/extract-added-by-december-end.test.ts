/**
 * What was added (新增) to a stock by December's end was added over the year: "到去年12月末,…各项存款余额19147.62亿元,
 * 新增存款2784.3亿元,比上年增长9.2%" (陕西 2011, held-out set 24); with no year named, the period is 全年. Written from the
 * survivors of extract-figure's mutation run (session 33: figure-time.ts, which no test reached).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an amount added by December’s end, no year named', () => {
  it('is of the whole year', () => {
    const text = '到12月末,全市各项存款余额19147.62亿元,新增存款2784.3亿元,比上年增长9.2%。';
    expect(the(text, '2784.3')).toMatchObject({ period: '全年', kind: 'change' });
    expect(the(text, '9.2')).toMatchObject({ period: '全年', kind: 'growth' });
  });
});
