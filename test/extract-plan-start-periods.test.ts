/**
 * A plan's start ("“十四五”初") is a period of its own: only its end ("到“十四五”末") is read as the plan's last year
 * (2025年), as "到2025年" is (index.ts, after periodFor).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a plan’s start and end', () => {
  it('keeps its start as written', () => {
    expect(the('“十四五”初,全市规模以上工业增加值达到1000亿元。', '1000').period).toBe('“十四五”初');
    expect(the('十四五初期,全市规模以上工业企业达到1200家。', '1200').period).toBe('“十四五”初');
  });

  it('reads its end as the plan’s last year', () => {
    expect(the('到“十四五”末,全州工业总产值突破2000亿元。', '2000').period).toBe('2025年');
  });
});
