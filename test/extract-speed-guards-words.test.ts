/**
 * The guards put before the extractor's per-figure and per-sentence regexes (a cheap look for a character every
 * match holds) must never skip a text the regex matches: each is checked against the regex run everywhere, on
 * texts built from the regex's own words and the characters around them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALL, INCREMENT_BEFORE, RATE_FROM, incrementBefore, rateFrom, saysFall } from '../src/shared/extract/kinds';
import { isHeading } from '../src/shared/extract/sentences';
import { DOCUMENT_TARGETS, ESTIMATE, PLAN_SENTENCE, TARGET_SENTENCE, sentenceMarks } from '../src/shared/extract/status';

/** Texts of up to 10 parts: words of the regexes, their pieces, and characters that stand near them. */
const textOf = (words: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...'增加量额净产速幅涨长率度由从降负减少预计估测目标是为将要全力继续超过完成，；：的了年 1.5%'),
      ),
      {
        maxLength: 10,
      },
    )
    .map((parts) => parts.join(''));

const KIND_WORDS = [
  '增产量',
  '增加量',
  '增加额',
  '增量',
  '净增额',
  '净增量',
  '达到',
  '达',
  '为',
  '是',
  '增速',
  '增幅',
  '涨幅',
  '增长率',
  '增长速度',
  '降幅',
  '下降',
  '负增长',
  '减少',
];
const STATUS_WORDS = [
  '预计',
  '预测',
  '估计',
  '初步估算',
  '有望',
  '预期目标',
  '目标是',
  '目标为：',
  '主要目标',
  '超过',
  '完成',
  '实现',
  '将',
  '要',
  '全力',
  '继续',
  '新增',
  '争取',
  '《实施方案》明确',
  '《',
  '》',
];

describe('guards never skip a match', () => {
  it('incrementBefore is INCREMENT_BEFORE on the clause’s last 12 characters', () => {
    fc.assert(
      fc.property(textOf(KIND_WORDS), (s) => {
        expect(incrementBefore(s)).toBe(INCREMENT_BEFORE.test(s.length > 12 ? s.slice(-12) : s));
      }),
      { numRuns: 20000 },
    );
  });

  it('rateFrom is RATE_FROM', () => {
    fc.assert(
      fc.property(textOf(KIND_WORDS), (s) => {
        expect(rateFrom(s)).toBe(RATE_FROM.test(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('saysFall is FALL', () => {
    fc.assert(
      fc.property(textOf(KIND_WORDS), (s) => {
        expect(saysFall(s)).toBe(FALL.test(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('sentenceMarks finds what a search with each regex finds', () => {
    fc.assert(
      fc.property(textOf(STATUS_WORDS), (s) => {
        const stated = s.search(TARGET_SENTENCE);
        const target = stated >= 0 ? stated : s.search(DOCUMENT_TARGETS);
        const all = { estimate: s.search(ESTIMATE), target, plan: s.search(PLAN_SENTENCE) };
        // (No bracket in these texts: no noun's own "(预计,下同)" note.)
        expect(sentenceMarks(s)).toMatchObject({ ...all, noted: -1 });
      }),
      { numRuns: 20000 },
    );
  });

  it('the texts reach every branch: matches and misses of each regex', () => {
    const sample = fc.sample(fc.oneof(textOf(KIND_WORDS), textOf(STATUS_WORDS)), 5000);
    for (const re of [INCREMENT_BEFORE, RATE_FROM, FALL, ESTIMATE, TARGET_SENTENCE, PLAN_SENTENCE, DOCUMENT_TARGETS]) {
      expect(
        sample.some((s) => re.test(s)),
        re.source,
      ).toBe(true);
      expect(
        sample.some((s) => !re.test(s)),
        re.source,
      ).toBe(true);
    }
  });
});

describe('isHeading, read by code', () => {
  /** What it was: the line sliced and trimmed, then searched. */
  const sliced = (text: string, start: number, end: number) => {
    const wholeLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
    if (!wholeLine || end - start > 80) return false;
    const line = text.slice(start, end).trim();
    return line.length <= 40 && !/[。，；！？,;!?]/u.test(line);
  };
  const piece = fc.oneof(
    fc.constantFrom('\n', ' ', '\u3000', '\t', '\u00a0', '\ufeff', '\u2028', '。', '，', ',', '!', '、'),
    fc.constantFrom('工业经济稳中有进', '二、2018年发展主要预期目标', '规模以上工业增加值增长10.3%', '汽车产业'),
    fc.string({ maxLength: 30 }),
  );

  it('says what the sliced and trimmed line said, for every span of a text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const start = text.length ? x % (text.length + 1) : 0;
        const end = start + (text.length - start ? y % (text.length - start + 1) : 0);
        expect(isHeading(text, { start, end })).toBe(sliced(text, start, end));
      }),
      { numRuns: 20000 },
    );
  });
});
