/**
 * "(四)2023年月度新纳规企业有所贡献。…,实现累计产值6933.2万元" (姚安 1-9月, held-out set 15): a sum since the year began,
 * of a year the report covers only part of, is of the report's months so far; a sum of an earlier year stays that
 * year's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const opts = { asOf: '2023年1-9月' };

describe('a sum since the year began', () => {
  it('is of the report’s months in the report’s year', () => {
    expect(the('(四)2023年月度新纳规企业有所贡献。2023年新纳规企业14户,实现累计产值6933.2万元。', '6933.2', opts).period).toBe(
      '2023年1-9月',
    );
  });

  it('stays of an earlier year', () => {
    expect(the('2022年全县新纳规企业14户,累计实现产值6933.2万元。', '6933.2', opts).period).toBe('2022年');
  });
});
