/**
 * The extractor's shortcuts for speed must never change what it finds: a regex is skipped only where it cannot
 * match. Each property builds sentences from the period words and the characters around them (spaces, numerals,
 * 上/去/今/本, 同期, 以来) and checks the shortcut against the regex run everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstCharsOf, isIn } from '../src/shared/extract/chars';
import { LEADING_FIRST, LEADING_WORDS, afterLeading } from '../src/shared/extract/labels';
import { P, PERIOD_NUMBERED, PERIOD_RE, RELATIVE_RE, mayName } from '../src/shared/extract/periods';

/** The leading words as one anchored regex: what afterLeading (sticky, at an offset) must agree with. */
const LEADING = new RegExp('^(?:' + LEADING_WORDS.join('|') + ')', 'u');

const WORDS = [
  '2015年',
  '2013-2016年',
  '2013 - 2016年',
  '2013至2016年',
  '1-7月',
  '1 - 7月',
  '元月-7月',
  '12月份',
  '“十三五”',
  '十五五',
  '上半年',
  '前三季度',
  '第一季度',
  '四季度',
  '前7个月',
  '前五个月',
  '前十二月',
  '去年同期',
  '上年同期',
  '今年',
  '全年',
  '本年度',
  '上月',
  '当月',
  '本月末',
  '五年来',
  '十年间',
  '两年平均',
  '三年年均',
  '2019年1-10月',
  '比上年',
  '年均',
];
const CHARS = [...'年月五季十一二三四前上下第元去今全本当度份末底以来间平均同期半个日号-—至到 　\t“”‘"近过去连续0123456789.，。增长'];
const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...CHARS)), { maxLength: 8 }).map((parts) => parts.join(''));

const matches = (re: RegExp, s: string) => new RegExp(re.source, 'gu').test(s);

describe('period regexes are skipped only where they cannot match', () => {
  it('PERIOD_RE matches only sentences mayName lets it read', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (matches(PERIOD_RE, s)) expect(mayName(s).period).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('RELATIVE_RE matches only sentences mayName lets it read', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (matches(RELATIVE_RE, s)) expect(mayName(s).relative).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('a sentence without a period word is not read', () => {
    expect(mayName('工业增加值比上年增长8.5%，增速回落0.3个百分点')).toEqual({ period: false, relative: false });
    expect(mayName('2015年，全市工业增加值比上年同期增长8.5%')).toEqual({ period: true, relative: true });
  });
});

describe('PERIOD_RE is run without its group names', () => {
  it('PERIOD_NUMBERED matches where PERIOD_RE does, capture P[name] holding group name', () => {
    const names = Object.keys(P);
    expect(names).toContain('plan');
    expect(names).toContain('mo2End');
    let matched = 0;
    fc.assert(
      fc.property(sentence, (s) => {
        const named = [...s.matchAll(new RegExp(PERIOD_RE.source, 'gu'))];
        const numbered = [...s.matchAll(new RegExp(PERIOD_NUMBERED.source, 'gu'))];
        expect(numbered.map((m) => [m.index, m[0]])).toEqual(named.map((m) => [m.index, m[0]]));
        named.forEach((m, k) => {
          matched++;
          expect(numbered[k].groups).toBeUndefined();
          for (const name of names) expect(numbered[k][P[name]]).toBe(m.groups![name]);
        });
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(10000);
  });
});

describe('LEADING is skipped only for a text no word of it can start', () => {
  it('reads the first characters of the regex syntax the word lists use', () => {
    const table = firstCharsOf([
      '[)）]',
      '[“‘"]?十[一二三四五]五',
      '第?[一二三四]季度',
      '(?:19|20)\\d{2}年',
      '有(?![色线机效])',
      '集聚了?',
      '[、和及与]',
    ]);
    const chars = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => isIn(table, c, 0));
    expect(chars.sort().join('')).toBe([...')）“‘"十第一二三四12有集、和及与'].sort().join(''));
  });

  it('throws on syntax it does not read, so no word can be missed', () => {
    for (const word of ['(?=x)a', '\\sa', '[a-z]', '.a', '[\\s]', 'a+|^b']) expect(() => firstCharsOf([word])).toThrow();
  });

  it('every text LEADING matches starts with a character of LEADING_FIRST', () => {
    const plainWords = LEADING_WORDS.filter((w) => !/[\\[\](){}?*+|^$.]/u.test(w));
    expect(plainWords.length).toBeGreaterThan(50);
    const text = fc
      .array(fc.oneof(fc.constantFrom(...plainWords), fc.constantFrom(...'（()）“”■●一二三十两年月前上下第2019、和工业增长全市')), {
        minLength: 1,
        maxLength: 5,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        if (LEADING.test(s)) expect(isIn(LEADING_FIRST, s, 0)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('afterLeading (sticky, at an offset) removes what LEADING removes from the copies left, word after word', () => {
    const plainWords = LEADING_WORDS.filter((w) => !/[\\[\](){}?*+|^$.]/u.test(w));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...plainWords), fc.constantFrom(...'（()）“”■●一二三十两年月前上下第2019、和工业增长全市有色')), {
        minLength: 0,
        maxLength: 7,
      })
      .map((parts) => parts.join(''));
    const byCopies = (s: string) => {
      let rest = s;
      for (let i = 0; i < 4; i++) {
        const m = LEADING.exec(rest);
        if (!m || !m[0]) break;
        rest = rest.slice(m[0].length);
      }
      return s.length - rest.length;
    };
    expect(afterLeading('2019年全市工业')).toBe('2019年全市'.length);
    expect(afterLeading('全年全市同时其中还工业')).toBe('全年全市同时其中'.length);
    fc.assert(
      fc.property(text, (s) => {
        expect(afterLeading(s)).toBe(byCopies(s));
      }),
      { numRuns: 20000 },
    );
  });
});
