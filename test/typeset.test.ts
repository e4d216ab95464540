/**
 * The pure helpers behind Chinese typesetting and the new print layouts: runs that keep a number with its
 * unit and squeeze "：“", nested quotes, 公文 heading markers, the appendix's qualifier column, N-up sheets,
 * the 期号 parameter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureColumns } from '../src/shared/figure-columns';
import { gongwenPageNumber, leadHeading } from '../src/shared/gongwen';
import { parseIssue, parsePrintQuery, printQuery, PRINT_LAYOUTS, slidesPerSheet } from '../src/shared/print';
import { fillQuoted, nestQuotes, quote } from '../src/shared/quotes';
import { typesetRuns } from '../src/shared/typeset';
import { GONGWEN_PAGE_CSS, sheetPages, sheetsOf } from '../src/renderer/print/outline';
import type { FigureKind, FigureStatus } from '../src/shared/types';

const CJK = fc.constantFrom(...'工业总产值年均增长万亿元个百分点，。、：；“”‘’（）《》0123456789.%/多约');
const cjkText = fc.array(CJK, { maxLength: 60 }).map((a) => a.join(''));

describe('typesetRuns', () => {
  it('keeps a time with its 年/月/日, so a title never breaks "1-11" from its 月 (榆林 2021 title slide)', () => {
    const keeps = (text: string) =>
      typesetRuns(text)
        .filter((r) => r.kind === 'keep')
        .map((r) => r.text);
    expect(keeps('榆林市2021年1-11月工業經濟運行情況')).toEqual(['2021年', '1-11月']);
    expect(keeps('1-5月份，12月31日')).toEqual(['1-5月份', '12月', '31日']);
  });

  it('keeps every character, in order', () => {
    fc.assert(
      fc.property(cjkText, (s) => {
        expect(
          typesetRuns(s)
            .map((r) => r.text)
            .join(''),
        ).toBe(s);
      }),
    );
  });

  it('a kept run is one number with its unit; a squeezed one a pair of marks with a curly quote', () => {
    fc.assert(
      fc.property(cjkText, (s) => {
        for (const r of typesetRuns(s)) {
          if (r.kind === 'keep') expect(r.text).toMatch(/^[-−]?\d/);
          if (r.kind === 'squeeze') {
            expect([...r.text]).toHaveLength(2);
            expect(r.text).toMatch(/[“‘”’]/);
          }
        }
      }),
    );
  });

  it('never splits a number from its unit, and squeezes "：“" and "”，"', () => {
    const runs = typesetRuns('获悉：“预计全市工业总产值2.45万亿元”，年均增长18.6%，提高1.4个百分点，占全国1/3，300多家');
    const kept = runs.filter((r) => r.kind === 'keep').map((r) => r.text);
    expect(kept).toEqual(['2.45万亿元', '18.6%', '1.4个百分点', '1/3', '300多家']);
    expect(runs.filter((r) => r.kind === 'squeeze').map((r) => r.text)).toEqual(['：“', '”，']);
    // Chromium squeezes bracket pairs itself: those stay plain.
    expect(typesetRuns('，（测试）').every((r) => r.kind === 'plain')).toBe(true);
  });
});

describe('nested quotes', () => {
  it('turns “” inside “” into ‘’', () => {
    expect(quote('“十二五”发展总貌')).toBe('“‘十二五’发展总貌”');
    expect(quote('没有引号')).toBe('“没有引号”');
  });

  it('nesting twice gives the text back, and never changes its length', () => {
    fc.assert(
      fc.property(cjkText, (s) => {
        expect(nestQuotes(nestQuotes(s))).toBe(s);
        expect(nestQuotes(s)).toHaveLength(s.length);
      }),
    );
  });

  it('a table string nests only the values it sets inside “…”', () => {
    expect(fillQuoted('图表“{title}”引用的数据（编号 {id}）不存在', { title: '“十二五”增长率', id: 3 })).toBe(
      '图表“‘十二五’增长率”引用的数据（编号 3）不存在',
    );
    expect(fillQuoted('{title}：共 {n} 项', { title: '“十二五”', n: 2 })).toBe('“十二五”：共 2 项');
    expect(fillQuoted('缺少 {x}', {})).toBe('缺少 {x}');
  });
});

describe('公文 headings', () => {
  it('finds 一、 （一） 1. and sets the heading sentence apart from the body', () => {
    expect(leadHeading('一、总体情况。全市工业平稳增长。')).toEqual({ level: 1, head: '一、总体情况。', rest: '全市工业平稳增长。' });
    expect(leadHeading('（二）产业结构更加优化。汽车产量占全国1/8。')).toMatchObject({ level: 2, head: '（二）产业结构更加优化。' });
    expect(leadHeading('3. 加大减负力度。出台三批共110项减负目录。')).toMatchObject({ level: 3, head: '3. 加大减负力度。' });
    expect(leadHeading('2.45万亿元的工业总产值。')).toEqual({ level: null, head: '', rest: '2.45万亿元的工业总产值。' });
    expect(leadHeading('全市工业平稳增长。')).toMatchObject({ level: null, head: '' });
  });

  it('head + rest is always the paragraph', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '一、', '（三）', '12.', '2.5'), cjkText, (m, s) => {
        const h = leadHeading(m + s);
        expect(h.head + h.rest).toBe(m + s);
      }),
    );
  });

  it('page numbers "— n —" at the outer edge, 14 pt, on a 156 × 225 mm block', () => {
    expect(gongwenPageNumber(3)).toBe('— 3 —');
    expect(GONGWEN_PAGE_CSS).toMatch(/margin: 37mm 26mm 35mm 28mm/); // 297 − 37 − 35 = 225; 210 − 28 − 26 = 156
    expect(GONGWEN_PAGE_CSS).toMatch(/:right \{ @bottom-right \{ content: "— " counter\(page\) " —";[^}]*font-size: 14pt/);
    expect(GONGWEN_PAGE_CSS).toMatch(/:left \{ margin: 37mm 28mm 35mm 26mm; @bottom-left/);
  });
});

describe('appendix columns', () => {
  const f = (
    valueText: string,
    value: number,
    unit: string,
    qualifier: string | null,
    status: FigureStatus = 'actual',
    kind: FigureKind = 'level',
  ) => ({
    valueText,
    value,
    unit,
    qualifier,
    status,
    kind,
  });

  it('"预计2.45" → 预计 | 2.45 | 万亿元', () => {
    expect(figureColumns(f('2.45', 2.45, '万亿元', '预计', 'estimate'))).toEqual({
      status: 'estimate',
      qualifier: '',
      value: '2.45',
      unit: '万亿元',
    });
    expect(figureColumns(f('2.45', 2.45, '万亿元', null, 'estimate'))).toMatchObject({ status: 'estimate', value: '2.45' });
  });

  it('a target, a qualifier and an inner 多 stay out of the unit and next to the right thing', () => {
    expect(figureColumns(f('20', 20, '%', '超过', 'target'))).toEqual({ status: 'target', qualifier: '超过', value: '20', unit: '%' });
    expect(figureColumns(f('300', 300, '家', '多'))).toEqual({ status: null, qualifier: '', value: '300多', unit: '家' });
    expect(figureColumns(f('10', 10, '%', '左右'))).toEqual({ status: null, qualifier: '左右', value: '10', unit: '%' });
  });

  it('the value column never holds a qualifier word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, '超过', '约', '预计', '近', '左右', '多'),
        fc.constantFrom<FigureStatus>('actual', 'estimate', 'target'),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (q, status, v) => {
          const c = figureColumns(f(String(Number(v.toFixed(2))), v, '亿元', q, status));
          expect(c.value).not.toMatch(/超过|约|预计|近|左右/);
          expect(c.unit).toBe('亿元');
        },
      ),
    );
  });
});

describe('N-up handouts and the print query', () => {
  it('sheets of N hold every slide once, in order; pages = contents + ceil(n/N)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.constantFrom(2, 3, 6), (n, per) => {
        const sheets = sheetsOf(n, per);
        expect(sheets.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(sheets.every((s) => s.length >= 1 && s.length <= per)).toBe(true);
        expect(sheetPages(n, per)).toBe(1 + sheets.length);
      }),
    );
    expect(sheetsOf(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(() => sheetsOf(3, 0)).toThrow();
  });

  it('every layout is named, N-up layouts know their N', () => {
    expect(PRINT_LAYOUTS).toEqual(expect.arrayContaining(['handout-2', 'handout-3', 'handout-6', 'brief-gongwen']));
    expect(PRINT_LAYOUTS.map(slidesPerSheet)).toEqual(
      PRINT_LAYOUTS.map((l) => ({ 'handout-2': 2, 'handout-3': 3, 'handout-6': 6 })[l as string] ?? null),
    );
  });

  it('期号 survives the query; a bad one is refused with a message', () => {
    expect(parsePrintQuery(printQuery({ layout: 'brief-gongwen', internal: false, issue: 12 }))).toEqual({
      layout: 'brief-gongwen',
      internal: false,
      issue: 12,
    });
    expect(parsePrintQuery('?layout=brief-gongwen')).toEqual({ layout: 'brief-gongwen', internal: false });
    expect(parseIssue(undefined)).toBe(1);
    for (const bad of ['0', '-1', '1.5', 'abc', '10000']) expect(() => parseIssue(bad)).toThrow(/期号应为 1 到 9999 的整数/);
    expect(() => parsePrintQuery('?layout=brief-gongwen&issue=x')).toThrow(/期号/);
  });
});
