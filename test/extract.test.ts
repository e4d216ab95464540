/** The extractor against the curated figures of the bundled report, and against arbitrary text. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { REPORT_TEXT, RESOURCES } from './helpers';

interface Curated {
  key: string;
  valueText: string;
  unit: string;
  kind: string;
  quote: string;
  occurrence?: number;
}
const curated = (JSON.parse(readFileSync(join(RESOURCES, 'reports/cq-2015/report.json'), 'utf8')) as { figures: Curated[] }).figures.map(
  (f) => {
    const q = REPORT_TEXT.indexOf(f.quote);
    let at = -1;
    for (let n = 0; n <= (f.occurrence ?? 0); n++) at = f.quote.indexOf(f.valueText, at + 1);
    return { ...f, s: q + at, e: q + at + f.valueText.length };
  },
);

const overlaps = (x: Extracted, c: { s: number; e: number }) => x.valueStart < c.e && c.s < x.valueEnd;

function expectWellFormed(text: string, found: Extracted[]) {
  for (const x of found) {
    expect(text.slice(x.valueStart, x.valueEnd)).toBe(x.value);
    expect(text.slice(x.start, x.end)).toBe(x.quote);
    expect(x.start <= x.valueStart && x.valueEnd <= x.end).toBe(true);
    expect(Number.isFinite(x.number)).toBe(true);
    expect(x.label.length).toBeGreaterThan(0);
  }
}

describe('extractor on the bundled report', () => {
  const found = extractFigures(REPORT_TEXT);

  it('finds the curated figures (recall ≥ 95%) with few false ones (precision ≥ 90%)', () => {
    const hits = found.filter((x) => curated.some((c) => overlaps(x, c)));
    const missed = curated.filter((c) => !found.some((x) => overlaps(x, c)));
    const recall = (curated.length - missed.length) / curated.length;
    const precision = hits.length / found.length;
    console.log(
      `extractor on the bundled report: ${found.length} found, ${curated.length} curated, ` +
        `recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%` +
        (missed.length ? `; missed ${missed.map((m) => m.key).join(', ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads units as the curated data does', () => {
    const wrong = curated
      .map((c) => ({ c, x: found.find((x) => overlaps(x, c)) }))
      .filter(({ c, x }) => x && c.kind !== 'multiple' && x.unit !== c.unit)
      .map(({ c, x }) => `${c.key}: ${x!.unit} ≠ ${c.unit}`);
    expect(wrong).toEqual([]);
  });

  it('proposes sensible kinds, qualifiers and labels', () => {
    const at = (v: string, u: string) => found.find((x) => x.value === v && x.unit === u)!;
    expect(at('18.6', '%')).toMatchObject({ kind: 'growth', label: '规模工业产值年均增长' });
    expect(at('1/3', '')).toMatchObject({ kind: 'share' });
    expect(at('300', '万辆')).toMatchObject({ kind: 'level', qualifier: '突破', label: '汽车产业年产量' });
    expect(at('6', '个百分点')).toMatchObject({ kind: 'change' });
    expect(at('20', '%')).toMatchObject({ kind: 'growth', qualifier: '超过' });
    expect(at('300', '个')).toMatchObject({ qualifier: '多' });
    expect(found.find((x) => x.value === '翻了三番')).toMatchObject({ kind: 'multiple', number: 8 });
    expect(found.filter((x) => x.kind === 'growth' || x.kind === 'share').every((x) => x.unit === '%' || x.unit === '')).toBe(true);
  });

  it('does not take dates, years or named frameworks for figures', () => {
    const values = found.map((x) => x.value + x.unit);
    for (const not of ['2月', '4日', '2015', '860', '36', '500']) expect(values.some((v) => v.startsWith(not))).toBe(false);
  });

  it('gives every figure its exact spans', () => expectWellFormed(REPORT_TEXT, found));
});

describe('extractor on arbitrary input', () => {
  const pieces = fc.constantFrom('工业产值', '增长', '占全市', '2.45', '万亿元', '%', '1/3', '翻了一番', '多', '，', '。', '\n', '超过', '2015年', '3月4日', '“1+2”', '0/0', '9'.repeat(30), '千亿', '三批', '个百分点', 'x', '𠀀', '\u0000');

  it('never throws and always returns well-formed spans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        const found = extractFigures(text);
        expectWellFormed(text, found);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles a 5 MB report in bounded time', () => {
    const big = REPORT_TEXT.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(REPORT_TEXT)));
    const t0 = performance.now();
    const found = extractFigures(big);
    const ms = performance.now() - t0;
    console.log(`extractor: ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
    expect(found.length).toBeGreaterThan(1000);
  });
});
