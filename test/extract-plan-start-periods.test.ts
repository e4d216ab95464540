/**
 * A plan's start ("“十四五”初") is a period of its own: only its end ("到“十四五”末") is read as the plan's last year
 * (2025年), as "到2025年" is (index.ts, after periodFor); a level reached over a plan period is of its last year, but a
 * month's level is of its month.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a plan’s start and end', () => {
  it('keeps its start as written', () => {
    expect(the('“十四五”初,全市规模以上工业增加值达到1000亿元。', '1000').period).toBe('“十四五”初');
    expect(the('十四五初期,全市规模以上工业企业达到1200家。', '1200').period).toBe('“十四五”初');
  });

  it('reads a month of seven characters as a month, not a plan (2019年1月 is no “十X五”时期)', () => {
    expect(the('2019年1月,全市规模以上工业增加值达到120亿元。', '120').period).toBe('2019年1月');
    expect(the('2019年3月,全市规模以上工业总产值突破1000亿元。', '1000').period).toBe('2019年3月');
  });

  it('reads its end as the plan’s last year', () => {
    expect(the('到“十四五”末,全州工业总产值突破2000亿元。', '2000').period).toBe('2025年');
  });
});
