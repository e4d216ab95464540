/**
 * A key message is the report's clause holding the figure; a comma inside a short note in brackets ends no
 * clause ("我市生产总值(预计,下同)、财政总收入…年均分别增长14.1%、…": 泉州 2011年工作报告, held-out set 14).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { clauseOf, takeawayOf } from '../src/main/store/draft/messages';
import { draftBundle } from '../src/main/store/draft';
import { rewordedClaims } from '../src/shared/wording';
import type { Figure, Slide } from '../src/shared/types';

const TEXT = '五年来,我市生产总值(预计,下同)、财政总收入年均分别增长14.1%和22.1%,达4270亿元和500.36亿元。';
const figure = (value: string) => extractFigures(TEXT, { asOf: '2011年' }).find((f) => f.value === value)!;

describe('a note in brackets inside a clause', () => {
  it('stays in the clause with the noun it is about', () => {
    expect(clauseOf(TEXT, figure('14.1'))).toBe('我市生产总值(预计,下同)、财政总收入年均分别增长14.1%和22.1%');
    expect(takeawayOf(TEXT, figure('14.1'))).not.toMatch(/^下同/u);
  });

  it('leaves a comma outside brackets a clause end', () => {
    expect(clauseOf(TEXT, figure('4270'))).toBe('达4270亿元和500.36亿元');
  });
});

/**
 * A note that a term holds for the rest of the report ("同比(下同)", "(劳动生产总值,下同)") is said once to the reader of
 * the whole text; a slide's line drops it, as it may drop any word, and the check that a slide never rewords the
 * report still finds its clauses in the report (test/corpus/zhongshan-2010-h1-economy.txt, baoji-2022-state-enterprises.txt).
 */
describe('a note said once for what follows', () => {
  const draft = (text: string) => {
    const meta = { key: 'k', title: '报告', organisation: '', published: '', asOf: '2022年' };
    return draftBundle(meta, text, extractFigures(text, { asOf: '2022年' }));
  };

  it('is not on the slides, which still state their numbers in the report’s words', () => {
    const text = [
      '一、经济运行',
      '上半年,全市生产总值847.40亿元,同比(下同)增长13.6%。其中,第一产业增加值17.31亿元,增长4.5%;第二产业增加值508.42亿元,增长16.1%。',
      '二、工业增加值(劳动生产总值,下同)',
      '市属国有工业企业(市县两级,下同)累计增加值66.97亿元,同比增长11%。',
    ].join('\n');
    const b = draft(text);
    const lines = b.deck.slides.flatMap((s) => [
      s.title,
      s.body.subtitle ?? '',
      ...(s.body.paragraphs ?? []),
      s.chart?.title ?? '',
      s.chart?.takeaway ?? '',
    ]);
    expect(lines.join('\n')).toContain('全市生产总值847.40亿元，同比增长13.6%');
    expect(lines.filter((l) => l.includes('下同'))).toEqual([]);
    const figures = b.figures.map((f, i) => ({ ...f, id: i + 1 })) as unknown as Figure[];
    const slides = b.deck.slides.map((s, i) => ({ ...s, id: i + 1, ord: i + 1 })) as unknown as Slide[];
    expect(rewordedClaims(text, slides, figures)).toEqual([]);
  });

  it('is kept in the slide’s notes, which quote the report as written', () => {
    const text = '上半年,全市生产总值847.40亿元,同比(下同)增长13.6%。';
    expect(draft(text).deck.slides.some((s) => s.notes.includes('(下同)'))).toBe(true);
  });
});

/**
 * A reprinted page that glosses characters with their pinyin ("生產(chǎn)信心明顯提振", test/corpus/anhui-2020-h1-industry-traditional.txt):
 * the glosses are no words of the report's lines on a slide, nor of its section names; the notes keep the page as written.
 */
describe('a page’s pinyin glosses', () => {
  const TEXT = [
    '一、總體情況',
    '上半年,全省規模以上工業(yè)增加值同比增長(zhǎng)2%,較1-5月加快1.5個(gè)百分點(diǎn)。',
    '二、生產(chǎn)信心明顯提振',
    '上半年,全省40個(gè)工業(yè)行業(yè)中,有21個(gè)行業(yè)增加值實(shí)現(xiàn)同比增長(zhǎng),較一季度增加10個(gè)。',
  ].join('\n');
  const draft = () =>
    draftBundle(
      { key: 'ah', title: '安徽', organisation: '', published: '', asOf: '2020年上半年' },
      TEXT,
      extractFigures(TEXT, { asOf: '2020年上半年' }),
    );

  it('are not on the slides, nor in the section names, which the wording check still finds in the report', () => {
    const b = draft();
    const lines = b.deck.slides.flatMap((s) => [
      s.title,
      s.body.subtitle ?? '',
      ...(s.body.paragraphs ?? []),
      ...(s.body.kpis ?? []).map((k) => k.caption),
      s.chart?.title ?? '',
      s.chart?.takeaway ?? '',
    ]);
    expect(lines).toContain('生產信心明顯提振');
    expect([...lines, ...b.sections.map((s) => s.title)].filter((l) => /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+[)）]/u.test(l))).toEqual([]);
    const figures = b.figures.map((f, i) => ({ ...f, id: i + 1 })) as unknown as Figure[];
    const slides = b.deck.slides.map((s, i) => ({ ...s, id: i + 1, ord: i + 1 })) as unknown as Slide[];
    expect(rewordedClaims(TEXT, slides, figures)).toEqual([]);
    expect(b.deck.slides.some((s) => s.notes.includes('(zhǎng)'))).toBe(true);
  });

  it('do not hide what a count’s members did: 增加值實現增長的行業, not 行業', () => {
    const captions = draft()
      .deck.slides.flatMap((s) => s.body.kpis ?? [])
      .map((k) => k.caption);
    expect(captions).toContain('增加值實現增長的行業');
  });
});
