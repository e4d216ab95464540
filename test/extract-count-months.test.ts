/**
 * A month written between a count and the noun counted ("2户8月份新纳规企业") says which things are counted: it is
 * the count's own period, not the time of the sentence's other figures (read-sentence.ts, countMonths). Only a single
 * month is so read: a span of months after a count ("17大類1月至10月規上工業增加值") is still the sentence's time.
 * Written from extract-index's survivors (session 27): each test fails with the rule's mutants applied.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 姚安 2023年1-9月 (held-out set 15, test/corpus/yaoan-2023-09-industry.txt).
const YAOAN = '(四)2023年月度新纳规企业有所贡献。2户8月份新纳规企业实现当月产值1336.6万元,实现累计产值6933.2万元,两户企业均为新投产企业。';

describe('a month between a count and its noun', () => {
  it('is the count’s period, and the sum after it keeps the heading’s year (no as-of given)', () => {
    expect(the(YAOAN, '2')).toMatchObject({ unit: '户', number: 2, kind: 'count', period: '8月' });
    // Without the rule, 8月 would be the time of the whole sentence: the sum since the year began is not August's.
    expect(the(YAOAN, '6933.2')).toMatchObject({ unit: '万元', kind: 'level', status: 'actual', period: '2023年' });
  });
});

describe('a span of months after a count (辽宁 2022年1-10月, a 繁體 copy: test/corpus/liaoning-2022-10-industry-traditional.txt)', () => {
  const LIAONING =
    '此外,在遼寧省40個工業大類中,17大類1月至10月規上工業增加值保持同比增長。其中,計算機通信和其他電子設備製造業、醫藥製造業、鐵路船舶和其他運輸設備製造業等行業同比增速均在10%以上。';
  it('is the time of the sentence, which the next sentence’s rate goes on with', () => {
    const asOf = { asOf: '2022年1-10月' };
    expect(the(LIAONING, '17', asOf)).toMatchObject({ unit: '大類', kind: 'count', period: '1-10月' });
    expect(the(LIAONING, '10', asOf)).toMatchObject({ unit: '%', kind: 'growth', qualifier: '以上', period: '1-10月' });
    expect(the(LIAONING, '10').period).toBe('1-10月');
  });
});
