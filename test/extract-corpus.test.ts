/**
 * The extractor against hand-annotated real reports (test/corpus): the thresholds of issue 19, and the
 * corpus itself well-formed (an annotation error is as bad as an extractor error).
 */
import { describe, expect, it } from 'vitest';
import { corpusProblems, loadCorpus, normPeriod } from '../scripts/extract-eval/corpus';
import { evaluate, normQualifier, shortfalls, THRESHOLDS } from '../scripts/extract-eval/score';
import { formatTable } from '../scripts/extract-eval/table';

const corpus = loadCorpus();

describe('the annotated corpus', () => {
  it('is well-formed: every value at its occurrence, units, kinds, status and qualifiers from the allowed sets', () => {
    expect(corpusProblems(corpus)).toEqual([]);
  });

  it('covers at least 12 reports from at least 6 regions and several years', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((c) => c.report.region)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((c) => c.report.year)).size).toBeGreaterThanOrEqual(5);
  });

  it('holds the hard cases the thresholds are about', () => {
    const all = corpus.flatMap((c) => c.figures);
    for (const kind of ['level', 'count', 'growth', 'change', 'share', 'multiple', 'rank'] as const)
      expect(all.filter((f) => f.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    expect(all.filter((f) => f.number < 0).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((f) => f.status !== 'actual').length).toBeGreaterThanOrEqual(8);
    expect(all.filter((f) => f.qualifier !== null).length).toBeGreaterThanOrEqual(10);
  });

  it('compares periods after normalising dashes, plan quotes and the report year', () => {
    expect(normPeriod('1—7月')).toBe('1-7月');
    expect(normPeriod('1~7月')).toBe(normPeriod('1-7月'));
    expect(normPeriod('前7个月')).toBe('1-7月');
    expect(normPeriod('2015年元至7月', '2015年')).toBe('1-7月');
    expect(normPeriod('"十三五"期间')).toBe('“十三五”时期');
    expect(normPeriod('十三五')).toBe('“十三五”时期');
    expect(normPeriod('2017年至2021年')).toBe('2017-2021年');
    expect(normPeriod('2019年1-7月', '2019年')).toBe('1-7月');
    expect(normPeriod('2018年1-7月', '2019年')).not.toBe('1-7月');
    expect(normPeriod('2019年', '2019年')).toBe('2019年');
  });

  it('compares the first quarter, half and three quarters of a year as its first 3, 6 and 9 months, and no other quarter so', () => {
    expect(normPeriod('2023年一季度', '2023年')).toBe(normPeriod('1-3月', '2023年'));
    expect(normPeriod('第一季度')).toBe('1-3月');
    expect(normPeriod('2016年上半年')).toBe('2016年1-6月');
    expect(normPeriod('前三季度')).toBe('1-9月');
    expect(normPeriod('二季度')).toBe('二季度');
    expect(normPeriod('第三季度')).toBe('第三季度');
    expect(normPeriod('一季度末')).toBe('一季度末');
    expect(normPeriod('上半年末')).not.toBe(normPeriod('1-6月'));
  });

  it('compares qualifiers in simplified characters, as units: a traditional report keeps its own (以內, 約)', () => {
    // fucheng-2018-government-work: "城鎮登記失業率控制在4%以內", annotated 以内 (the allowed set is simplified).
    expect(normQualifier('以內')).toBe('以内');
    expect(normQualifier('約')).toBe('约');
    expect(normQualifier('超過')).toBe('超过');
    expect(normQualifier('餘')).toBe('余');
    expect(normQualifier('左右')).toBe('左右');
    expect(normQualifier(null)).toBeNull();
  });
});

describe('the extractor on the corpus', () => {
  const evaluation = evaluate(corpus);
  console.log(`\n${formatTable(evaluation)}\n`);
  const r = evaluation.rates;

  it('finds the figures with their units (recall and precision ≥ 98%)', () => {
    expect(r.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(r.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
  });

  it('shows every decline as negative', () => {
    expect(evaluation.total.declinesNegative).toBe(evaluation.total.declines);
  });

  it('keeps every qualifier', () => {
    expect(evaluation.total.qualifiersKept).toBe(evaluation.total.qualified);
  });

  it('gets kind ≥ 95%, period ≥ 90%, label ≥ 85%, status ≥ 90%', () => {
    expect(r.fields.kind).toBeGreaterThanOrEqual(THRESHOLDS.kind);
    expect(r.fields.period).toBeGreaterThanOrEqual(THRESHOLDS.period);
    expect(r.fields.label).toBeGreaterThanOrEqual(THRESHOLDS.label);
    expect(r.fields.status).toBeGreaterThanOrEqual(THRESHOLDS.status);
    expect(shortfalls(evaluation)).toEqual([]);
  });
});

describe('the extractor on the corpus without an as-of period (extract FILE --json with no --as-of)', () => {
  const evaluation = evaluate(corpus, false);
  it('reads the period from the text alone for ≥ 90% of the figures', () => {
    expect(evaluation.rates.fields.period).toBeGreaterThanOrEqual(THRESHOLDS.period);
  });
});
