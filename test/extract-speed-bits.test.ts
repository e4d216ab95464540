/**
 * The extractor's one-pass character looks (charBits, codeWithin, codes read by hand) must never change what it
 * finds: a word is skipped only where its character is not there, a regex only where it cannot match. Each
 * property builds texts from the words the rules ask for and the characters around them, and checks the look
 * against the rule asked everywhere (every bit set, the regex run on every text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMONG, AMONG_LISTED, amongAfter, amongListedAfter } from '../src/shared/extract/among';
import { charBits, charTable, codeAt, codeWithin, isIn, lastCode } from '../src/shared/extract/chars';
import { readPredicate, readPredicateWith } from '../src/shared/extract/kinds';
import {
  LEADING_WORDS,
  afterLeading,
  cleanSubject,
  cleanSubjectWith,
  subjectBefore,
  subjectBeforeWith,
} from '../src/shared/extract/labels';
import {
  GROUP_OPENING,
  INDUSTRY_OPENING,
  SECTION_OPENING,
  TOPIC,
  industryOpening,
  sectionOpening,
  topicOpening,
} from '../src/shared/extract/openings';
import { isYearOnly, mayName, periodMentions, yearOf } from '../src/shared/extract/periods';
import { SENTENCE_BITS, nextSentence, type SentenceSpan } from '../src/shared/extract/sentences';
import { sentenceMarks } from '../src/shared/extract/status';
import { scanTokens } from '../src/shared/extract/tokens';
import { baseOf } from '../src/shared/extract/units';

const ALL = 0xffff;
const text = (words: readonly string[], maxLength = 10) =>
  fc.array(fc.constantFrom(...words), { maxLength }).map((parts) => parts.join(''));

/** Words and characters the sentence, clause and subject looks ask about, and some that stand around them. */
const WORDS = [
  ...'预估有可目将要努近过连同产每“”（()）当受《》元的于出超拉降幅速率增年月五季累约差距由从其上中里亿万值长了损额',
  '预计',
  '有望',
  '可实现',
  '目标是：',
  '预期指标为：',
  '主要预期目标',
  '将达到',
  '要实现',
  '努力实现',
  '近三年',
  '过去5年',
  '连续4年',
  '由同期的',
  '从同期的',
  '由年初的',
  '从年初的',
  '产品产量',
  '每出口4辆',
  '就有1辆',
  '“10强50户”',
  '当月增速',
  '5年累计',
  '受疫情影响',
  '《中国制造2025》',
  '超100亿元的企业',
  '高于全国',
  '拉动',
  '影响全省增速',
  '降幅由',
  '增长',
  '增速',
  '同比',
  '比上年',
  '2015年',
  '1-7月',
  '上半年',
  '去年同期',
  '8.5%',
  '12.3亿元',
  '3个百分点',
  '，',
  '；',
  '。',
  '工业增加值',
  '规模以上',
  '其中',
  '上年完成',
  '亏损',
  '亏损额',
  '约占',
  ' ',
  '在',
  '带动下',
  '[2]',
  '［3］',
  '——',
  '由于',
  '由於',
  '得益于',
  '二季度',
];
const sentence = text(WORDS, 12);

/** Copies of what a function returns in a shared object (mayName, sentenceMarks, subjectBefore, scanTokens). */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('one pass over a sentence asks what its words would', () => {
  it('mayName, periodMentions, sentenceMarks and scanTokens find with the sentence’s bits what they find asking every word', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(copy(mayName(s))).toEqual(copy(mayName(s, ALL)));
        expect(periodMentions(s, 2015, 2016)).toEqual(periodMentions(s, 2015, 2016, ALL));
        expect(copy(sentenceMarks(s))).toEqual(copy(sentenceMarks(s, ALL)));
        const tokens = copy(scanTokens(s));
        expect(tokens).toEqual(copy(scanTokens(s, ALL)));
      }),
      { numRuns: 4000 },
    );
  });

  it('cleanSubject, subjectBefore and readPredicate find with the text’s bits what they find asking every word', () => {
    fc.assert(
      fc.property(text(WORDS, 8), (s) => {
        expect(cleanSubject(s)).toBe(cleanSubjectWith(s, ALL));
        expect(copy(subjectBefore(s))).toEqual(copy(subjectBeforeWith(s, ALL)));
        expect(readPredicate(s)).toEqual(readPredicateWith(s, ALL));
      }),
      { numRuns: 6000 },
    );
  });

  it('cleanSubject only removes characters (what the bits of its text say holds for every step after)', () => {
    fc.assert(
      fc.property(text(WORDS, 8), (s) => {
        for (const c of cleanSubject(s)) expect(s).toContain(c);
        for (const c of subjectBefore(s).subject) expect(s).toContain(c);
      }),
      { numRuns: 4000 },
    );
  });

  it('the texts reach the words: a sentence with 目标是： has a target mark, one with 预计 an estimate', () => {
    expect(sentenceMarks('主要预期目标是：工业增加值增长8%').target).toBeGreaterThanOrEqual(0);
    expect(sentenceMarks('预计全年增长8%').estimate).toBe(0);
    expect(cleanSubject('《中国制造2025》试点城市')).toBe('中国制造2025试点城市');
    expect(readPredicate('降幅由年初的')).toMatchObject({ verb: '降幅', direction: 'down' });
  });
});

describe('regexes run only where a character of their match stands', () => {
  const OPENING_WORDS = [
    ...'汽车电子信息装备制造重点',
    '产业',
    '行业',
    '企业',
    '1、',
    '12.',
    '——',
    '—',
    '（一）',
    '(3)',
    '一是',
    '受',
    '增长',
    '运行',
    '呈',
    '整体',
    '，',
    '业',
  ];
  it('topicOpening, industryOpening and sectionOpening are TOPIC, INDUSTRY_OPENING and SECTION_OPENING || GROUP_OPENING', () => {
    fc.assert(
      fc.property(text(OPENING_WORDS, 8), (s) => {
        expect(topicOpening(s)?.[1]).toBe(TOPIC.exec(s)?.[1]);
        expect(industryOpening(s)?.[1]).toBe(INDUSTRY_OPENING.exec(s)?.[1]);
        expect(sectionOpening(s)?.[1]).toBe((SECTION_OPENING.exec(s) || GROUP_OPENING.exec(s))?.[1]);
      }),
      { numRuns: 20000 },
    );
    expect(industryOpening('汽车产业省政府专门设立40亿元')?.[1]).toBe('汽车产业');
    expect(sectionOpening('——机械制造企业增速呈下降态势')?.[1]).toBe('机械制造企业');
    expect(topicOpening('电子信息行业受出口拉动')?.[1]).toBe('电子信息行业');
  });

  // Words LEADING_WORDS match (and the characters that make some of them fail: a lookahead, a class), then subjects.
  const LEADING_TEXT = [
    ...'）)■●—－、和及与与同的还也又而并且但对即更再有达为是仅只占年月季度前上下半近该全我本从自去当第十三五“”"1290（(一二两',
    '2015年',
    '2015年1-7月',
    '3-5月',
    '1月份',
    '前三季度',
    '上半年',
    '“十三五”时期',
    '去年同期',
    '上年完成',
    '同口径增长',
    '名义增长',
    '近三年来',
    '连续4个月',
    '据初步核算',
    '按可比价格计算',
    '全市',
    '全国的',
    '与上年相比',
    '实现',
    '建成区',
    '集聚了',
    '有色',
    '尤其是',
    '再生',
    '对外',
    '即期',
    '更新',
    '并购',
    '工业增加值',
    '增长',
    '，',
  ];
  it('afterLeading, trying only the words that start with the character there, removes what LEADING_WORDS as one regex did', () => {
    const all = new RegExp('(?:' + LEADING_WORDS.join('|') + ')', 'uy');
    const reference = (s: string) => {
      let p = 0;
      while (p < 2 && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 0x3000)) p++;
      if (p === 0 && '[【〔'.includes(s[0] ?? 'x')) p = /^[[【〔][\u4e00-\u9fff]{2,12}[\]】〕]/u.exec(s)?.[0].length ?? 0;
      for (let i = 0; i < 4; i++) {
        all.lastIndex = p;
        if (!all.test(s) || all.lastIndex === p) break;
        p = all.lastIndex;
      }
      return p;
    };
    fc.assert(
      fc.property(text(LEADING_TEXT, 8), (s) => {
        expect(afterLeading(s)).toBe(reference(s));
      }),
      { numRuns: 30000 },
    );
    expect(afterLeading('2015年1-7月，全市累计实现工业增加值')).toBe(reference('2015年1-7月，全市累计实现工业增加值'));
    expect(afterLeading('其中全市规模以上工业')).toBe(4);
  });

  const AMONG_WORDS = [...'41个大类行业食品制造金属之等有，,。', '中', '里', '之中', '34', '15', '两'];
  it('amongAfter and amongListedAfter are AMONG and AMONG_LISTED after the number', () => {
    fc.assert(
      fc.property(text(AMONG_WORDS, 14), fc.nat(20), (s, k) => {
        const at = Math.min(k, s.length);
        expect(amongAfter(s, at)).toBe(AMONG.test(s.slice(at, at + 18)));
        expect(amongListedAfter(s, at)?.[1]).toBe(AMONG_LISTED.exec(s.slice(at, at + 90))?.[1]);
      }),
      { numRuns: 20000 },
    );
    expect(amongAfter('41个大类行业中有34个', 3)).toBe(true);
    expect(amongListedAfter('23个行业大类中食品制造业、金属制品业等15个行业', 3)?.[1]).toBe('行业大类');
  });
});

describe('codes read by hand', () => {
  const YEAR_WORDS = [...'0123456789年月-', '19', '20', '2015年', '1-7月', '“十三五”'];
  it('yearOf and isYearOnly read what /((?:19|20)\\d{2})年/u and /^(?:19|20)\\d{2}年$/u read', () => {
    fc.assert(
      fc.property(text(YEAR_WORDS, 6), (s) => {
        const m = /((?:19|20)\d{2})年/u.exec(s);
        expect(yearOf(s)).toBe(m ? Number(m[1]) : undefined);
        expect(isYearOnly(s)).toBe(/^(?:19|20)\d{2}年$/u.test(s));
      }),
      { numRuns: 20000 },
    );
    expect(yearOf('2019年1-7月')).toBe(2019);
    expect(yearOf('12019年')).toBe(2019);
    expect(isYearOnly('2015年')).toBe(true);
  });

  it('baseOf drops a leading magnitude as the loop over MAGNITUDES did', () => {
    const before = (unit: string) => {
      for (const m of ['万亿', '亿', '万']) if (unit.startsWith(m)) return unit.slice(m.length);
      return unit;
    };
    for (const unit of ['', '万', '亿', '万亿', '亿元', '万亿元', '万人次', '万亩', '元', '%', '个百分点', '亿万'])
      expect(baseOf(unit)).toBe(before(unit));
  });

  it('codeAt, lastCode, codeWithin and isIn read inside the string only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 9 }), fc.integer({ min: -3, max: 9 }), (s, a, b) => {
        const c = codeAt(s, a);
        if (a >= 0 && a < s.length) expect(c).toBe(s.charCodeAt(a));
        else expect(c).toBeNaN();
        if (s.length) expect(lastCode(s)).toBe(s.charCodeAt(s.length - 1));
        else expect(lastCode(s)).toBeNaN();
        const table = charTable(s.slice(0, 2));
        expect(isIn(table, s, a)).toBe(a >= 0 && a < s.length && s.slice(0, 2).includes(s[a]));
        const code = s.charCodeAt(0) || 65;
        let within = false;
        for (let k = Math.max(0, a); k <= b && k < s.length; k++) if (s.charCodeAt(k) === code) within = true;
        expect(codeWithin(s, code, Math.max(0, a), b)).toBe(within);
      }),
    );
  });
});

describe('the sentence bits are read with the sentence’s end', () => {
  it('nextSentence gives each sentence the bits charBits reads from it', () => {
    const texts = fc
      .array(
        fc.oneof(
          fc.constantFrom(...WORDS),
          fc.constantFrom('\n', '。', '！', '?', '\n\n', ' \n', '3.\n9', '增长\n15.2%', '制造业\n增加值', '，'),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''));
    let read = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const s: SentenceSpan = { start: 0, end: 0, bits: 0 };
        for (let from = 0; (from = nextSentence(text, from, s)) >= 0;) {
          read++;
          expect(s.bits).toBe(charBits(text.slice(s.start, s.end), SENTENCE_BITS));
        }
      }),
      { numRuns: 4000 },
    );
    expect(read).toBeGreaterThan(5000);
  });
});
