/**
 * The same report typed with other widths of punctuation gives the same figures. The corpus reports (test/corpus)
 * were saved from web pages, which write the ASCII , ; : — the report itself writes ， ； ：; a page may mix them
 * (full-width commas with an ASCII semicolon). And a full-width point or dash between ASCII digits ("增长3．5%",
 * "1－7月", as a full-width punctuation mode types them) is a decimal point or a range's dash, as between full-width
 * digits (a Hong Kong wire's "４０２０３﹒５").
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/extract-eval/corpus';
import { extractFigures } from '../src/shared/extract';

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
/** The text with its ASCII , ; : full-width, but those in `keep` and those between two digits (1,234.5 and 7.3:38.8). */
const widen = (text: string, keep: string) =>
  text.replace(/[,;:]/gu, (c, at: number) =>
    keep.includes(c) || (/\d/u.test(text[at - 1] ?? '') && /\d/u.test(text[at + 1] ?? '')) ? c : WIDE[c],
  );
/** Every field of every figure but the quote (the text as written). */
const read = (text: string, asOf: string) => extractFigures(text, { asOf }).map(({ quote: _quote, ...f }) => f);

const corpus = loadCorpus();

describe('a corpus report with its , ; : full-width', () => {
  it.each(corpus.map((c) => [c.report.slug, c] as const))('%s gives the figures of the page as saved', (_slug, c) => {
    expect(read(widen(c.text, ''), c.report.asOf)).toEqual(read(c.text, c.report.asOf));
  });
});

describe('a page mixing widths', () => {
  // The first reports holding one (each is read twice): a semicolon ends a clause, typed either way.
  it('an ASCII ; among full-width marks: the figures of the page as saved', () => {
    const holding = corpus.filter((c) => c.text.includes(';')).slice(0, 8);
    expect(holding).toHaveLength(8);
    for (const c of holding) expect(read(widen(c.text, ';'), c.report.asOf), c.report.slug).toEqual(read(c.text, c.report.asOf));
  });
});

describe('a full-width point or dash between ASCII digits', () => {
  it('is a decimal point: 增长3．5% is a growth of 3.5, not a share of 5', () => {
    const [f] = extractFigures('2015年全市规模以上工业增加值增长3．5%。');
    expect([f.value, f.number, f.unit, f.kind, f.label]).toEqual(['3．5', 3.5, '%', 'growth', '规模以上工业增加值增速']);
  });

  it('is a range of months: 1－7月 is the period of the figures after it', () => {
    const figures = extractFigures('1－7月，全市规模以上工业增加值增长8.5%，利润总额120﹒5亿元。');
    expect(figures.map((f) => [f.value, f.number, f.period])).toEqual([
      ['8.5', 8.5, '1-7月'],
      ['120﹒5', 120.5, '1-7月'],
    ]);
  });
});

describe('a horizontal bar between two numbers (1―2月)', () => {
  it('is the dash of a span of months, a base or a time, not the month after it', () => {
    // 国家统计局 on March 2020, a 繁體 copy (https://ttnews.xyz/a/5f97d615dc9b5e3dbb1916db).
    const text =
      '3月份,規模以上工業增加值同比實際下降1.1%,降幅比1―2月份收窄12.4個百分點。分三大門類看,3月份,採礦業增加值同比增長4.2%,1―2月份為下降6.5%;製造業下降1.8%,降幅收窄13.9個百分點。';
    const figures = extractFigures(text, { asOf: '2020年3月' });
    expect(figures.map((f) => [f.value, f.number, f.period])).toEqual([
      ['1.1', -1.1, '3月'],
      ['12.4', 12.4, '3月'],
      ['4.2', 4.2, '3月'],
      ['6.5', -6.5, '1-2月'],
      ['1.8', -1.8, '3月'],
      ['13.9', 13.9, '3月'],
    ]);
  });
});
