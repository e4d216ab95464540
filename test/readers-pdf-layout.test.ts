/**
 * A PDF's positioned text as the report's text, rule by rule, on runs and lines placed as a PDF places them
 * (points, y upwards): which runs make a line and where a space goes, which lines are page numbers, running
 * heads and repeated headers, and where a paragraph ends. Issue 26: the mutation run of pdf-layout.ts (the
 * Chromium-printed PDFs of readers.test.ts check the same end to end, too slowly to run for every mutant).
 */
import { describe, expect, it } from 'vitest';
import { dropMargins, isPageNumber, joinParagraphs, pageLines, type Line, type Run } from '../src/main/readers/pdf-layout';

/** A run of text at (x, y), each character `size` wide unless told. */
const run = (str: string, x: number, y: number, size = 12, width = [...str].length * size): Run => ({ str, x, y, width, size });
/** A line as pageLines gives it: from x0, each character `size` wide. */
const line = (text: string, y: number, x0 = 72, size = 12): Line => ({ text, x0, x1: x0 + [...text].length * size, y, size });
const texts = (lines: Line[]) => lines.map((l) => l.text);

describe('runs into lines', () => {
  it('groups runs by baseline, top to bottom and left to right, whatever order they come in', () => {
    const lines = pageLines([run('投资', 72, 680), run('增长', 96, 700), run('工业', 72, 700), run('7.6%', 96, 680)]);
    expect(lines).toEqual([
      { text: '工业增长', x0: 72, x1: 120, y: 700, size: 12 },
      { text: '投资7.6%', x0: 72, x1: 144, y: 680, size: 12 },
    ]);
  });

  it('takes a baseline within 0.45 of the smaller type size as the same line', () => {
    expect(texts(pageLines([run('增长', 72, 700), run('10.3%', 96, 694.7)]))).toEqual(['增长10.3%']);
    expect(texts(pageLines([run('增长', 72, 700), run('10.3%', 96, 694.5)]))).toEqual(['增长', '10.3%']);
    // Against the smaller of the two sizes (12 pt: 5.4 pt), not the larger (20 pt would take 7 pt).
    expect(texts(pageLines([run('增长', 72, 700), run('注', 96, 693, 20)]))).toEqual(['增长', '注']);
    // Against the line's first run, not the last one added.
    const drift = pageLines([run('一', 72, 700), run('二', 84, 695), run('三', 96, 690)]);
    expect(texts(drift)).toEqual(['一二', '三']);
  });

  it('gives a line the size of its largest type and its first run’s baseline', () => {
    expect(pageLines([run('工业', 72, 700, 12), run('增长', 96, 698, 14)])).toEqual([
      { text: '工业增长', x0: 72, x1: 124, y: 700, size: 14 },
    ]);
  });

  it('puts no space between Chinese runs unless the gap is wider than 1.2 characters', () => {
    expect(texts(pageLines([run('工业', 72, 700), run('增长', 96 + 14, 700)]))).toEqual(['工业增长']);
    expect(texts(pageLines([run('工业', 72, 700), run('增长', 96 + 15, 700)]))).toEqual(['工业 增长']);
  });

  it('puts a space between other runs when the gap is wider than 0.2 of a character', () => {
    expect(texts(pageLines([run('增长', 72, 700), run('10.3%', 96 + 2, 700)]))).toEqual(['增长10.3%']);
    expect(texts(pageLines([run('增长', 72, 700), run('10.3%', 96 + 3, 700)]))).toEqual(['增长 10.3%']);
    expect(texts(pageLines([run('GDP', 72, 700, 12, 24), run('grew', 96 + 3, 700, 12, 30)]))).toEqual(['GDP grew']);
    // No second space where a run already ends or starts with one.
    expect(texts(pageLines([run('GDP ', 72, 700, 12, 30), run('grew', 102 + 5, 700, 12, 30)]))).toEqual(['GDP grew']);
    expect(texts(pageLines([run('GDP', 72, 700, 12, 24), run(' grew', 96 + 5, 700, 12, 36)]))).toEqual(['GDP grew']);
  });

  it('measures a gap from the furthest right any earlier run reached (a run drawn inside another)', () => {
    const lines = pageLines([run('Total', 72, 700, 12, 100), run('x', 80, 700, 12, 10), run('y', 175, 700, 12, 10)]);
    expect(lines).toEqual([{ text: 'Totalx y', x0: 72, x1: 185, y: 700, size: 12 }]);
  });

  it('drops empty runs and runs of no size (text a PDF hides), trims the line', () => {
    const lines = pageLines([run(' 增长 ', 72, 700), run('', 72, 650), run('隐藏', 72, 680, 0), run('投资', 72, 600)]);
    expect(texts(lines)).toEqual(['增长', '投资']);
  });
});

describe('page numbers', () => {
  it('knows the ways reports print them', () => {
    for (const text of [
      '3',
      '— 3 —',
      '- 12 -',
      '–3–',
      '~ 7 ~',
      '·3·',
      '第 3 页',
      '第 12 页',
      '12/30',
      'Page 12',
      '第3页 共12页',
      '第3页，共12页',
      '第 3 页 / 共 12 页',
      '3/12',
      '3 ／ 12',
      'Page 3',
      'page 3 of 12',
      'P. 4',
      'p.4/9',
    ])
      expect(isPageNumber(text), text).toBe(true);
  });

  it('takes no figure or heading for one', () => {
    for (const text of ['12345', '10.3%', '第3章', '第三页', '3月', '共12页', '3/12/2016', 'Page', 'page 3 of', '增长3', '3 页', '2016年'])
      expect(isPageNumber(text), text).toBe(false);
  });
});

/** A page: optional header at 800, body lines 20 pt apart from 760, optional footer at 60. */
function page(body: string[], header?: string, footer?: string): Line[] {
  return [...(header ? [line(header, 800)] : []), ...body.map((t, i) => line(t, 760 - i * 20)), ...(footer ? [line(footer, 60)] : [])];
}
const BODY = ['工业增加值增长10.3%。', '汽车产业下降4.1%。', '电子信息产业增长15.2%。', '固定资产投资增长7.6%。'];
const kept = (pages: Line[][]) => dropMargins(pages).pages.map(texts);

describe('headers, footers and page numbers', () => {
  it('drops a header repeated on every page and the page numbers, counting what it dropped', () => {
    const pages = [1, 2, 3].map((n) => page(BODY, '重庆市工业经济运行简报', `— ${n} —`));
    expect(dropMargins(pages)).toEqual({ pages: [1, 2, 3].map(() => page(BODY)), dropped: 6 });
  });

  it('takes a header for one when it is on at least half the pages, and on two', () => {
    const pages = (withHeader: number, of: number) =>
      Array.from({ length: of }, (_, i) => page(BODY, i < withHeader ? '内部资料' : undefined));
    expect(dropMargins(pages(2, 3)).dropped).toBe(2);
    expect(dropMargins(pages(2, 4)).dropped).toBe(2);
    expect(dropMargins(pages(1, 3)).dropped).toBe(0);
    expect(dropMargins(pages(1, 2)).dropped).toBe(0);
    // A title on the first page alone is kept.
    expect(kept([page(BODY, '2016年全市工业经济运行情况')])[0][0]).toBe('2016年全市工业经济运行情况');
  });

  it('counts headers that differ in their numbers only, or in spaces, as the same', () => {
    const pages = [1, 2, 3].map((n) => page(BODY, n === 2 ? `统计 简报 第${n}期` : `统计简报第${n}期`));
    expect(kept(pages)).toEqual([BODY, BODY, BODY]);
  });

  it('reads a page’s first or last two lines as its margins only when set apart from the body', () => {
    // Two header lines close together, then the gap: both are the header.
    const twoLines = [1, 2].map(() => [line('重庆市统计局', 820), line('统计简报', 805), ...page(BODY)]);
    expect(kept(twoLines)).toEqual([BODY, BODY]);
    // A number at a page's foot in the body's spacing is a table's last row, not a page number.
    const row = [...page(BODY), line('12', 760 - 4 * 20)];
    expect(kept([row])).toEqual([[...BODY, '12']]);
    // The same number set apart from the body is the page number.
    expect(kept([[...page(BODY), line('12', 60)]])).toEqual([BODY]);
    // Only the first and last two lines: a page number-like line in the middle is body.
    const middle = page(['增长10.3%', '2016', '增长7.6%', '增长9%', '增长7%']);
    expect(kept([middle, middle])).toEqual([texts(middle), texts(middle)]);
  });

  it('drops a running head: a short line set apart at the top in smaller type, on a one-page PDF too', () => {
    const small = (text: string) => line(text, 800, 72, 9);
    expect(kept([[small('内部资料 注意保存'), ...page(BODY)]])).toEqual([BODY]);
    // Not one as long as a line of text.
    const long = '本资料仅供内部参考，不得对外公开引用，如需引用请与市统计局综合处联系，联系电话：63899000';
    expect(kept([[small(long), ...page(BODY)]])).toEqual([[long, ...BODY]]);
    // Not one in the body's type size (a title).
    expect(kept([[line('运行情况', 800), ...page(BODY)]])).toEqual([['运行情况', ...BODY]]);
    // Not small type at the foot (a footnote).
    expect(kept([[...page(BODY), line('注：增速按可比价格计算。', 60, 72, 9)]])).toEqual([[...BODY, '注：增速按可比价格计算。']]);
  });

  it('sets the body size by the median line, so a few large headings do not make the body look small', () => {
    const pages = [[line('一、工业', 800, 72, 16), line('二、投资', 780, 72, 16), ...page(BODY)]];
    // 16 pt headings over four 12 pt lines: the body is 12 pt and nothing is a running head.
    expect(kept(pages)).toEqual([['一、工业', '二、投资', ...BODY]]);
  });

  it('drops a page that holds only its number', () => {
    expect(dropMargins([[line('— 3 —', 60)], page(BODY)])).toEqual({ pages: [[], page(BODY)], dropped: 1 });
  });
});

/** Lines of a paragraph as a PDF wraps it: full lines to x 504, the last one short, 20 pt apart. */
function wrapped(parts: string[], y0: number, indent = 24): Line[] {
  return parts.map((t, i) => ({ ...line(t, y0 - i * 20, i === 0 ? 72 + indent : 72), x1: i === parts.length - 1 ? 300 : 504 }));
}

describe('lines into paragraphs', () => {
  it('joins a paragraph’s wrapped lines without a space between Chinese characters, and ends it at a short line', () => {
    const lines = [...wrapped(['全市规模以上', '工业增加值增长', '10.3%。'], 760, 0), ...wrapped(['汽车产业', '下降4.1%。'], 700, 0)];
    expect(joinParagraphs([lines])).toBe('全市规模以上工业增加值增长10.3%。\n汽车产业下降4.1%。');
  });

  it('puts a space where a line break fell between two words or after a comma or full stop', () => {
    const lines = wrapped(['GDP grew', 'by 5.2% in 2023,', 'and', '增长'], 760, 0);
    expect(joinParagraphs([lines])).toBe('GDP grew by 5.2% in 2023, and增长');
  });

  it('starts a paragraph at an indented line', () => {
    const lines = [...wrapped(['一', '二'], 760, 0), ...wrapped(['三', '四'], 720).map((l, i) => (i === 1 ? { ...l, x1: 504 } : l))];
    // 三 is indented two characters: a new paragraph although 二 ran to the right edge (x1 504 on the first).
    lines[1] = { ...lines[1], x1: 504 };
    expect(joinParagraphs([lines])).toBe('一二\n三四');
    // Indented by less than 0.9 of a character: the same paragraph.
    const slight = [...wrapped(['一', '二'], 760, 0).map((l) => ({ ...l, x1: 504 })), { ...line('三', 720, 82), x1: 300 }];
    expect(joinParagraphs([slight])).toBe('一二三');
  });

  it('starts a paragraph after a gap of more than 1.5 lines, and at a change of type size', () => {
    const full = (t: string, y: number, size = 12) => ({ ...line(t, y, 72, size), x1: 504 });
    // Lines 20 pt apart; a gap of 31 pt (over 1.5 × 20) breaks, 29 pt does not.
    expect(joinParagraphs([[full('一', 760), full('二', 740), full('三', 709), full('四', 689), full('五', 660)]])).toBe('一二\n三四五');
    // A 15 pt line among 12 pt ones (a size 15 % apart or more) is a paragraph of its own; 13 pt is not.
    expect(joinParagraphs([[full('一', 760), full('标题', 740, 15), full('二', 720), full('三', 700, 13)]])).toBe('一\n标题\n二三');
  });

  it('continues a paragraph over a page break when the page’s last line runs to the edge, not after a short one', () => {
    const full = (t: string, y: number) => ({ ...line(t, y, 72), x1: 504 });
    const pageOne = [full('一', 760), full('二', 740)];
    // Page two's text starts lower (under a picture): a gap in y, but across pages it does not count.
    const pageTwo = [full('三', 600), { ...full('四', 580), x1: 300 }];
    expect(joinParagraphs([pageOne, pageTwo])).toBe('一二三四');
    expect(joinParagraphs([[full('一', 760), { ...full('二', 740), x1: 300 }], pageTwo])).toBe('一二\n三四');
  });

  it('reads each page’s own margins for short and indented lines, and skips a page left empty', () => {
    // Page two is set narrower (its lines end at 400): its full lines are not short.
    const pageTwo = [
      { ...line('三', 760, 100), x1: 400 },
      { ...line('四', 740, 100), x1: 400 },
    ];
    expect(joinParagraphs([[{ ...line('一', 760), x1: 504 }], [], pageTwo])).toBe('一三四');
  });
});

describe('at each rule’s exact threshold (sizes chosen so the products are exact)', () => {
  it('runs: a baseline 0.45 of the size apart is another line; a gap of exactly 1.2 (Chinese) or 0.2 (other) characters is none', () => {
    expect(texts(pageLines([run('增长', 72, 700, 10), run('注', 92, 695.5, 10)]))).toEqual(['增长', '注']);
    expect(texts(pageLines([run('工业', 72, 700, 10), run('增长', 92 + 12, 700, 10)]))).toEqual(['工业增长']);
    expect(texts(pageLines([run('增长', 72, 700, 10), run('10.3%', 92 + 2, 700, 10)]))).toEqual(['增长10.3%']);
  });

  it('runs: a run set a little lower but further left comes first (its line is sorted by x)', () => {
    expect(texts(pageLines([run('增长', 96, 700), run('工业', 72, 699)]))).toEqual(['工业增长']);
  });

  it('margins: a line exactly 1.8 line pitches from the body is not set apart', () => {
    const pages = [1, 2].map(() => [line('内部资料', 760 + 36), ...page(BODY)]);
    expect(kept(pages)).toEqual([
      ['内部资料', ...BODY],
      ['内部资料', ...BODY],
    ]);
    expect(kept([[...page(BODY), line('12', 700 - 36)]])).toEqual([[...BODY, '12']]);
  });

  it('margins: headers whose numbers differ in length are the same header', () => {
    const pages = [9, 10, 11].map((n) => page(BODY, `统计简报第${n}期`));
    expect(kept(pages)).toEqual([BODY, BODY, BODY]);
  });

  it('running heads: 0.85 of the body size is not smaller; 40 characters is short enough; the third line is no head', () => {
    const head = (text: string, size: number, y = 820) => line(text, y, 72, size);
    const body20 = BODY.map((t, i) => line(t, 760 - i * 30, 72, 20));
    expect(kept([[head('内部资料', 17), ...body20]])).toEqual([['内部资料', ...BODY]]);
    expect(kept([[head('内部资料', 16), ...body20]])).toEqual([BODY]);
    const forty = '本资料仅供内部参考不得对外公开引用如需引用请与市统计局综合处联系电话号码为六三八九九零零零';
    expect(forty.slice(0, 40)).toHaveLength(40);
    expect(kept([[head(forty.slice(0, 40), 9, 800), ...page(BODY)]])).toEqual([BODY]);
    // A short page's third line at its foot in small type: a footnote, kept.
    const short = [line('工业增长10.3%', 760), line('投资增长7.6%', 740), line('注：按可比价格计算', 60, 72, 9)];
    expect(kept([short])).toEqual([texts(short)]);
  });

  it('running heads: the body size is the median line’s, whatever the order of the lines', () => {
    // 11 pt is a running head against 16 pt headings, not against the 12 pt body the median finds.
    const lines = [
      line('内部资料', 800, 72, 11),
      ...[0, 1, 2].map((i) => line(`标题${i}`, 760 - i * 20, 72, 16)),
      ...BODY.slice(0, 3).map((t, i) => line(t, 700 - i * 20)),
    ];
    expect(kept([lines])[0][0]).toBe('内部资料');
  });

  it('paragraphs: a gap of exactly 1.5 pitches, an indent of exactly 0.9 of a character, a size 15 % apart do not break', () => {
    const full = (t: string, y: number, x0 = 72, size = 12) => ({ ...line(t, y, x0, size), x1: 504 });
    expect(joinParagraphs([[full('一', 760), full('二', 740), full('三', 710), full('四', 690)]])).toBe('一二三四');
    expect(joinParagraphs([[full('一', 760, 72, 10), full('二', 740, 81, 10), full('三', 720, 72, 10)]])).toBe('一二三');
    expect(joinParagraphs([[full('一', 760, 72, 23), full('二', 730, 72, 20), full('三', 700, 72, 20)]])).toBe('一二三');
  });

  it('paragraphs: a line ending two characters short of the right edge is not short; ten points short neither', () => {
    const at = (t: string, y: number, x1: number) => ({ ...line(t, y), x1 });
    expect(joinParagraphs([[at('一', 760, 504), at('二', 740, 504 - 24), at('三', 720, 504)]])).toBe('一二三');
    expect(joinParagraphs([[at('一', 760, 504), at('二', 740, 504 - 10), at('三', 720, 300)]])).toBe('一二三');
  });

  it('paragraphs: the space between words reads the paragraph’s last character, not its second', () => {
    const at = (t: string, y: number, x1: number) => ({ ...line(t, y), x1 });
    expect(joinParagraphs([[at('全市GDP', 760, 504), at('grew 5.2%', 740, 300)]])).toBe('全市GDP grew 5.2%');
  });
});
