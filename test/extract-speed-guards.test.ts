/**
 * The extractor's shortcuts for speed must never change what it finds: a regex is skipped only where it cannot
 * match. Each property builds sentences from the period words and the characters around them (spaces, numerals,
 * 上/去/今/本, 同期, 以来) and checks the shortcut against the regex run everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternativesByFirst, firstCharsOf, isIn, wordsIn } from '../src/shared/extract/chars';
import { LEADING_FIRST, LEADING_WORDS, MARKER, NOUN_STOP_WORDS, afterLeading, markerIn, nounAfter } from '../src/shared/extract/labels';
import { P, PERIOD_NUMBERED, PERIOD_RE, RELATIVE_RE, mayName } from '../src/shared/extract/periods';
import { COUNTED_MEASURE, COUNTED_MEASURE_LAST, PASSED_MEASURE, PASSED_MEASURE_LAST } from '../src/shared/extract/subject-rules';
import { BRACKET_TONE, GLOSS, withGlosses } from '../src/shared/extract/text-forms';

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

  it('reads past a lookbehind or lookahead before the first character (they read none)', () => {
    const table = firstCharsOf(['(?<![占可]|性别)比', '(?<!(?:^|[^占])比)较', '(?<=将|要)冲击', '(?!x)a', '(?=b)[ab]']);
    const chars = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => isIn(table, c, 0));
    expect(chars.sort().join('')).toBe([...'比较冲ab'].sort().join(''));
  });

  it('throws on syntax it does not read, so no word can be missed', () => {
    for (const word of ['(?<x>a)', '\\sa', '[a-z]', '.a', '[\\s]', 'a+|^b']) expect(() => firstCharsOf([word])).toThrow();
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

describe('MARKER is tried only at offsets where one of its words can start', () => {
  /** Its words, what its lookarounds ask about before and after them, and characters around. */
  const PIECES = [
    ...'比较与由从按负增降为是居超达占可下新将要的年末底，；,;目标任务计划全世第首前西中东',
    '同比',
    '环比',
    '年均',
    '平均',
    '增长',
    '提高',
    '下降',
    '每年',
    '性别比',
    '比重',
    '占比',
    '较快',
    '相比',
    '2015年',
    '“十三五”末',
    '上年同期',
    '去年底',
    '可比',
    '从业',
    '增长率',
    '贡献',
    '增产量',
    '新增产',
    '力争冲击',
    '争取冲击',
    '将冲击',
    '约',
    '为代表的',
    '为主的',
    '下达',
    '最高',
    '最多达',
    '最大为',
    '达到',
    '增加值',
    '增加',
    '稳定在',
    '工业',
    '产值',
    '企业',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

  it('markerIn finds the offset text.search(MARKER) finds', () => {
    expect(markerIn('规上工业增加值同比增长8%')).toBe('规上工业增加值'.length);
    expect(markerIn('人口性别比为')).toBe('人口性别比'.length);
    expect(markerIn('规模工业产值')).toBe(-1);
    let found = 0;
    fc.assert(
      fc.property(text, (s) => {
        const at = s.search(MARKER);
        if (at >= 0) found++;
        expect(markerIn(s)).toBe(at);
      }),
      { numRuns: 30000 },
    );
    expect(found).toBeGreaterThan(10000);
  });
});

describe('a text is searched for pinyin glosses only when a bracket has a tone mark after it', () => {
  const PIECES = [...'(（)）规模工业增长个百分点azhngüǎǎèéī 1', '(zhǎng)', '（gè）', '(guī)(guī)', '(ǚ', 'zhǎng)'];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

  it('every text GLOSS matches in, BRACKET_TONE matches in', () => {
    expect(withGlosses('增長(zhǎng)', [])).toEqual([{ start: 2, end: 9 }]);
    let glossed = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (new RegExp(GLOSS.source, 'gu').test(s)) {
          glossed++;
          expect(BRACKET_TONE.test(s)).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(glossed).toBeGreaterThan(2000);
  });
});

describe('the measures after a count are looked for only in a noun ending with one of their last characters', () => {
  /** The words of the group a regex ends with ("(?:a|b|c)$"), optional characters (年?) left out and kept. */
  const lastWords = (re: RegExp) =>
    /\(\?:([^()]*)\)\$$/u
      .exec(re.source)![1]
      .split('|')
      .flatMap((w) => [w.replace(/.\?/gu, ''), w.replace(/\?/gu, '')]);

  it('COUNTED_MEASURE and PASSED_MEASURE end only with a character of their tables', () => {
    for (const [re, table] of [
      [COUNTED_MEASURE, COUNTED_MEASURE_LAST],
      [PASSED_MEASURE, PASSED_MEASURE_LAST],
    ] as const) {
      const words = lastWords(re);
      expect(words.length).toBeGreaterThan(3);
      for (const w of words) expect(isIn(table, w, w.length - 1)).toBe(true);
    }
    expect(COUNTED_MEASURE.test('规上工业企业利润总额')).toBe(true);
    expect(PASSED_MEASURE.test('产值突破')).toBe(true);
  });
});

describe('a counted noun is cut at the first of its stop words found at offsets where one can start', () => {
  const NOUN_STOP = new RegExp(NOUN_STOP_WORDS.join('|'), 'u');
  const STOP_AT = alternativesByFirst(NOUN_STOP_WORDS, 'uy');
  const PIECES = [
    ...'全部均都已呈正负被将共较与有中平人年新建投产企业项目现增下上稳快回在加抓紧式多两三十1相比，；工业园区',
    '远销',
    '增长点',
    '新建投产',
    '投产企业',
    '连续多年',
    '共建',
    '较快',
    '中有',
    '相比',
    '实现',
    '成为',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

  it('wordsIn finds the offset the one regex of the words finds', () => {
    expect(nounAfter('行业实现增长')).toBe('行业');
    let found = 0;
    fc.assert(
      fc.property(text, (s) => {
        const at = s.search(NOUN_STOP);
        if (at >= 0) found++;
        expect(wordsIn(STOP_AT, s)).toBe(at);
      }),
      { numRuns: 30000 },
    );
    expect(found).toBeGreaterThan(10000);
  });
});
