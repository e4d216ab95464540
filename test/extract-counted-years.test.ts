/**
 * Years counted back from the report's own (近两年, 过去两年, 连续两年, 近三年): 两 is a numeral the period prefilter's
 * look at 年 does not take for a year's digit, and 近三年 without 来 is found by its own pass, also after the sentence
 * has named its year. Two to ten years are a span; one year or more than ten are not (连续11年位居全省第一 is a record,
 * not the time of a figure).
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const texts = (s: string, refYear: number) => periodMentions(s, refYear).map((m) => [m.text, m.role]);

describe('years counted with 两 in a sentence naming no other period', () => {
  it('近两年 and 过去两年 are the two years up to the report’s', () => {
    expect(texts('近两年，全市规模以上工业增加值年均增长8.5%。', 2020)).toEqual([['2019-2020年', 'time']]);
    expect(texts('过去两年，全市固定资产投资年均增长10.2%。', 2020)).toEqual([['2019-2020年', 'time']]);
    expect(the('近两年，全市规模以上工业增加值年均增长8.5%。', '8.5', { asOf: '2020年' }).period).toBe('2019-2020年');
  });

  it('连续两年 is the two years up to the report’s, for its own clause', () => {
    const [streak] = periodMentions('全市规上工业增加值连续两年保持在1000亿元以上。', 2020);
    expect(streak).toMatchObject({ text: '2019-2020年', role: 'time', local: true });
    expect(the('全市规上工业增加值连续两年保持在1000亿元以上。', '1000', { asOf: '2020年' }).period).toBe('2019-2020年');
  });
});

describe('近三年 after the year the sentence names', () => {
  const text = '2020年全市工业增加值增长8%，近三年全市工业增加值年均增长7.5%。';

  it('is a span of its own, not lost behind the year before it', () => {
    expect(texts(text, 2020)).toEqual([
      ['2020年', 'time'],
      ['2018-2020年', 'time'],
    ]);
    expect(the(text, '8').period).toBe('2020年');
    expect(the(text, '7.5').period).toBe('2018-2020年');
  });
});

describe('how many years make a span', () => {
  it('two to ten, not one or eleven', () => {
    expect(texts('近1年来，全市新增企业120家。', 2020)).toEqual([]);
    expect(texts('全市工业增加值连续11年位居全省第一。', 2020)).toEqual([]);
    expect(texts('近10年来，全市新增企业1200家。', 2020)).toEqual([['2011-2020年', 'time']]);
    expect(texts('全市工业增加值连续2年位居全省第一。', 2020)).toEqual([['2019-2020年', 'time']]);
  });

  it('reads what follows the years, not the sentence’s first word (a sentence opening with 前)', () => {
    const text = '前三季度，全市规上工业增加值增长7%，近三年年均增长6.5%。';
    expect(texts(text, 2020)).toEqual([
      ['前三季度', 'time'],
      ['2018-2020年', 'time'],
    ]);
    expect(the(text, '6.5', { asOf: '2020年前三季度' }).period).toBe('2018-2020年');
  });
});

describe('N年间 before a yearly rate', () => {
  it('is the span of every figure after it, not of the rate alone (as N年平均 is)', () => {
    const text = '五年间年均增长9.5%，累计完成投资1000亿元。';
    expect(periodMentions(text, 2020)).toMatchObject([{ text: '“十三五”时期', rateOnly: undefined }]);
    expect(the(text, '1000', { asOf: '2020年' }).period).toBe('“十三五”时期');
    // 五年平均 is of the rate only.
    expect(periodMentions('五年平均增长9.5%，2020年完成投资1000亿元。', 2020)[0]).toMatchObject({ rateOnly: true });
  });
});
