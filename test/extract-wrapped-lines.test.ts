/**
 * Hard-wrapped text (a page's lines saved or pasted with a break every so many characters): a sentence a line
 * break falls in is still one sentence, its figures read as in the same text unwrapped, and every quote and
 * value still points into the text as given. The real case: test/corpus/hanzhong-2016-government-work.txt,
 * whose deck showed a section subtitle starting mid-word ("业产值占规模以上工业总产值比重达77.9%").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftBundle, draftSections } from '../src/main/store/draft';
import { titleOf } from '../src/main/store/draft/messages';
import { sectionParagraphs } from '../src/shared/brief-text';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { joinWrapped, wrappedBreaks } from '../src/shared/extract/wrapped-lines';
import { ROOT } from './helpers';

const corpus = (slug: string) => readFileSync(join(ROOT, `test/corpus/${slug}.txt`), 'utf8');
const HANZHONG = corpus('hanzhong-2016-government-work');

/** Every line of the text cut into lines of `width` characters, as a mail client or a page would wrap it. */
const wrap = (text: string, width: number) =>
  text
    .split('\n')
    .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? line)
    .join('\n');

const verbatim = (text: string, xs: Extracted[]) => {
  for (const x of xs) {
    expect(text.slice(x.start, x.end), x.value).toBe(x.quote);
    expect(text.slice(x.valueStart, x.valueEnd), x.quote).toBe(x.value);
  }
};

/** A figure as it reads, line breaks left out. */
const reading = (x: Extracted) => ({
  value: x.value.replace(/\n/gu, ''),
  number: x.number,
  unit: x.unit,
  label: x.label,
  period: x.period,
  kind: x.kind,
  status: x.status,
  qualifier: x.qualifier,
  sentence: x.quote.replace(/\n/gu, ''),
});

describe('a hard-wrapped report (汉中, a page with a line break every 38 or so characters)', () => {
  // Extracted inside each test, not once for the describe block: mutation testing (docs/mutation.md) then knows
  // which test reaches what (an extraction while the file loads makes every mutant it reaches a static one).
  const figures = () => extractFigures(HANZHONG, { asOf: '2016年' });
  const of = (value: string, xs = figures()) => xs.find((x) => x.value === value)!;

  it('a sentence a line break falls in is one sentence; its figures name their whole subject', () => {
    // "…装备制造、有色冶金、绿色食药产\n业产值占规模以上工业总产值比重达77.9%" read before as a sentence from 业产值.
    const xs = figures();
    expect(of('77.9', xs).quote).toContain('装备制造、有色冶金、绿色食药产\n业产值占规模以上工业总产值比重达77.9%');
    expect(of('77.9', xs).label).toMatch(/^装备制造、有色冶金、绿色食药产业产值占规模以上工业总产值比重/u);
    expect(of('61.7', xs).label).toMatch(/五大产业产值占农业总产值比重/u);
    expect(of('38', xs).label).toMatch(/^旅游总收入/u);
  });

  it('quotes and values still point into the text as given, line breaks and all', () => {
    const xs = figures();
    verbatim(HANZHONG, xs);
    expect(of('1156.49', xs).quote).toMatch(/^生产总值年均增长12\.2%/u);
  });

  it('the draft’s divider subtitle starts at a word, and no title or subtitle carries a line break', () => {
    const meta = { key: 'hz', title: '汉中市政府工作报告', organisation: '', published: '2017-02-14', asOf: '2016年' };
    const slides = draftBundle(meta, HANZHONG, figures()).deck.slides;
    const subtitle = slides.find((s) => s.layout === 'section')?.body.subtitle ?? '';
    // The section's headline, the first result that reads alone.
    expect(subtitle).toBe('生产总值年均增长12.2%');
    // The share whose clause a line break cuts ("…绿色食药产\n业产值占…比重达77.9%") is titled from a word.
    const share = titleOf(
      HANZHONG,
      figures().find((x) => x.value === '77.9')!,
    );
    expect(share).toMatch(/77\.9%$/u);
    expect(share).not.toMatch(/^业|\n/u);
    for (const s of slides) expect(`${s.title}${s.body.subtitle ?? ''}`).not.toMatch(/\n/u);
  });
});

describe('the same report wrapped at 30 and at 38 characters reads as unwrapped', () => {
  // Two reports of different kinds: a city's quarterly release (46 figures) and a 政府工作报告 excerpt (25).
  for (const [slug, asOf] of [
    ['yaan-2024-q3-economy', '2024年前三季度'],
    ['chengdu-2016-government-work', '2015年'],
  ] as const) {
    const text = corpus(slug);
    for (const width of [30, 38]) {
      it(`${slug} at ${width}`, () => {
        const plain = extractFigures(text, { asOf }).map(reading);
        const wrapped = wrap(text, width);
        expect(wrappedBreaks(wrapped).length).toBeGreaterThan(10);
        const xs = extractFigures(wrapped, { asOf });
        verbatim(wrapped, xs);
        expect(xs.map(reading)).toEqual(plain);
      });
    }
  }
});

describe('what is not a wrapped line', () => {
  it('a text of one paragraph a line, and one of a sentence a line, have no wrapped breaks', () => {
    expect(wrappedBreaks(corpus('yaan-2024-q3-economy'))).toEqual([]);
    const sentences = Array.from({ length: 8 }, (_, i) => `第${i + 1}季度全市规模以上工业增加值同比增长${i + 3}.5%。`).join('\n');
    expect(wrappedBreaks(sentences)).toEqual([]);
  });

  it('a short line, a heading, a line that ends a sentence and a line before a paragraph marker still end', () => {
    const text = [
      '一、工业经济运行总体平稳，主要指标好于预期水平',
      '前三季度，全市规模以上工业增加值同比增长百分之六点二，增速比',
      '上半年加快零点四个百分点，比全省平均水平高出一点一个百分点',
      '，工业经济运行总体平稳。全市工业用电量同比增长百分之五点一。',
      '（二）工业投资较快增长',
      '前三季度，工业投资同比增长百分之十二，其中技术改造投资同比增',
      '长百分之二十一，占工业投资的比重达到百分之三十八点二，比上年',
      '同期提高四点一个百分点',
      '二是消费市场稳步回暖，社会消费品零售总额同比增长百分之五。',
    ].join('\n');
    const joined = joinWrapped(text).text.split('\n');
    expect(joined).toEqual([
      '一、工业经济运行总体平稳，主要指标好于预期水平',
      '前三季度，全市规模以上工业增加值同比增长百分之六点二，增速比上半年加快零点四个百分点，比全省平均水平高出一点一个百分点，工业经济运行总体平稳。全市工业用电量同比增长百分之五点一。',
      '（二）工业投资较快增长',
      '前三季度，工业投资同比增长百分之十二，其中技术改造投资同比增长百分之二十一，占工业投资的比重达到百分之三十八点二，比上年同期提高四点一个百分点',
      '二是消费市场稳步回暖，社会消费品零售总额同比增长百分之五。',
    ]);
  });

  it('offsets in the joined text map back to the text as written', () => {
    const text = [
      '全市规模以上工业增加值同比增长百分之六点二，增速比上半年加',
      '快零点四个百分点，比全省平均水平高出一点一个百分点，总体平',
      '稳。全市工业投资同比增长百分之十二，其中技术改造投资同比增',
      '长百分之二十一。',
    ].join('\n');
    const j = joinWrapped(text);
    expect(j.text).toBe(text.replaceAll('\n', ''));
    const at = j.text.indexOf('快零点');
    expect(j.startOf(at)).toBe(text.indexOf('快零点'));
    // An end just before a break ends before it; a start at it starts after it.
    expect(text.slice(j.startOf(0), j.endOf(at))).toBe(text.slice(0, text.indexOf('\n')));
    expect(j.endOf(at + 3)).toBe(text.indexOf('快零点') + 3);
    const last = j.text.indexOf('长百分之');
    expect(j.startOf(last)).toBe(text.indexOf('长百分之'));
    expect(j.endOf(j.text.length)).toBe(text.length);
  });
});

describe('the draft reads a wrapped paragraph as one line', () => {
  it('no line of a wrapped paragraph becomes a section title', () => {
    const text = corpus('chengdu-2016-government-work');
    const plain = draftSections(text).map((s) => s.title);
    expect(draftSections(wrap(text, 30)).map((s) => s.title)).toEqual(plain);
  });
});

describe('the brief prints a wrapped paragraph as one', () => {
  it('汉中: its paragraphs, not its page lines, and no line of prose taken for a heading', () => {
    const paragraphs = sectionParagraphs({ text: HANZHONG }, { start: HANZHONG.indexOf('一、'), end: HANZHONG.length });
    // As the brief prints it: the page's ASCII commas set full-width (cjk-punctuation.ts).
    expect(paragraphs[0]).toMatch(/^四届人大一次会议以来，在省委、省政府和市委的坚强领导下，全市上下围绕建设陕甘川毗邻地区/u);
    expect(paragraphs.find((p) => p.includes('77.9%'))).toContain('绿色食药产业产值占规模以上工业总产值比重达77.9%');
    expect(paragraphs.filter((p) => p.startsWith('━━'))).toHaveLength(2);
  });
});
