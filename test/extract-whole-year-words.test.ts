/**
 * 全年 and 今年 in a sentence: 全年 is the whole of the year the sentence has named (2019年, 2019年1-10月; after 1-10月,
 * which names no year, the report's year), and 今年全年 in a text whose year is unknown keeps both words.
 * A month 0 is no month.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const texts = (s: string, refYear: number | undefined) => periodMentions(s, refYear).map((m) => m.text);

describe('全年 after a part of the year', () => {
  it('is the report’s year', () => {
    const text = '1-10月，全市规上工业增加值增长7%，预计全年增长6.5%。';
    expect(texts(text, 2020)).toEqual(['1-10月', '2020年']);
    expect(the(text, '6.5', { asOf: '2020年1-10月' }).period).toBe('2020年');
  });
});

describe('今年全年 when no year is known', () => {
  it('keeps 今年 and 全年 as written; with a year, 全年 right after 今年 is read once', () => {
    expect(texts('预计今年全年全市工业增长6%。', undefined)).toEqual(['今年', '全年']);
    expect(texts('预计今年全年全市工业增长6%。', 2020)).toEqual(['2020年']);
  });
});

describe('a month that is none', () => {
  it('0月 and 13月 name no period', () => {
    expect(texts('0月，全市工业增长5%。', 2020)).toEqual([]);
    expect(texts('13月，全市工业增长5%。', 2020)).toEqual([]);
    expect(texts('12月，全市工业增长5%。', 2020)).toEqual(['12月']);
  });
});

describe('全年 after a part of a year the sentence names', () => {
  it('is that year, as after the year alone', () => {
    const text = '2019年1-10月，全市规上工业增加值增长7%，预计全年增长6.5%。';
    expect(texts(text, 2020)).toEqual(['2019年1-10月', '2019年']);
    expect(texts('2019年，全市规上工业增加值增长7%，全年新增企业120家。', 2020)).toEqual(['2019年', '2019年']);
  });
});
