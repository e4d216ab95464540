/**
 * Reports in traditional characters (a Hong Kong or Taiwan reprint, a big5 mirror of a government page): their
 * figures come out as those of the same report in simplified characters, with quotes verbatim at their
 * offsets and what the extractor writes in the report's own characters.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { readAsSimplified, TRADITIONAL_ONLY } from '../src/shared/extract/script';

const SIMPLIFIED =
  '2021年，全国粮食总产量13657亿斤，比上年增加267亿斤，增长2.0%。稻谷播种面积4.49亿亩，比上年减少231万亩，下降0.5%。' +
  '全国粮食播种面积112220千公顷（168329万亩），比2016年减少815千公顷（1222万亩），下降0.7%。' +
  '农村居民恩格尔系数为30.1%，比上年下降了0.8个百分点。高技术制造业增加值占规上工业的比重达15.1%左右。';
const TRADITIONAL =
  '2021年，全國糧食總產量13657億斤，比上年增加267億斤，增長2.0%。稻穀播種面積4.49億畝，比上年減少231萬畝，下降0.5%。' +
  '全國糧食播種面積112220千公頃（168329萬畝），比2016年減少815千公頃（1222萬畝），下降0.7%。' +
  '農村居民恩格爾系數為30.1%，比上年下降了0.8個百分點。高技術製造業增加值佔規上工業的比重達15.1%左右。';

describe('a report in traditional characters', () => {
  it('gives the figures of its simplified twin: values, signs, kinds, periods, statuses and qualifiers', () => {
    const simple = extractFigures(SIMPLIFIED);
    const traditional = extractFigures(TRADITIONAL);
    expect(simple.length).toBeGreaterThan(10);
    const core = (f: (typeof simple)[number]) => [f.value, f.number, f.kind, f.period, f.status, f.valueStart];
    expect(traditional.map(core)).toEqual(simple.map(core));
    expect(traditional.find((f) => f.value === '231')).toMatchObject({ number: -231, kind: 'change' });
    expect(traditional.find((f) => f.value === '15.1')?.qualifier).toBe('左右');
  });

  it('quotes the report verbatim at its offsets, and names units and subjects in its own characters', () => {
    const figures = extractFigures(TRADITIONAL);
    for (const f of figures) {
      expect(TRADITIONAL.slice(f.start, f.end)).toBe(f.quote);
      expect(TRADITIONAL.slice(f.valueStart, f.valueEnd)).toBe(f.value);
    }
    expect(figures.find((f) => f.value === '13657')).toMatchObject({ unit: '億斤', label: '全國糧食總產量' });
    expect(figures.find((f) => f.value === '0.8')).toMatchObject({ unit: '個百分點', number: -0.8, label: '農村居民恩格爾系數變化' });
  });

  it('reads full-width digits and points as numbers, keeping the value as written (a Hong Kong wire)', () => {
    const wire = '１－７月，全國規模以上工業企業實現利潤總額４０２０３﹒５億元，同比下降１﹒７％，降幅較１－６月收窄０﹒１個百分點。';
    const figures = extractFigures(wire);
    expect(figures.map((f) => [f.value, f.number, f.unit, f.kind, f.period])).toEqual([
      ['４０２０３﹒５', 40203.5, '億元', 'level', '1-7月'],
      ['１﹒７', -1.7, '%', 'growth', '1-7月'],
      ['０﹒１', 0.1, '個百分點', 'change', '1-7月'],
    ]);
    for (const f of figures) expect(wire.slice(f.valueStart, f.valueEnd)).toBe(f.value);
  });

  it('leaves a simplified report as it is, and one with a few traditional names in it', () => {
    expect(readAsSimplified(SIMPLIFIED)).toMatchObject({ text: SIMPLIFIED, traditional: false });
    const quoted = SIMPLIFIED + '（引自《國務院關於…的通知》）';
    expect(readAsSimplified(quoted).traditional).toBe(false);
    expect(readAsSimplified(TRADITIONAL).traditional).toBe(true);
  });

  it('reads a short text as traditional on fewer than 8 such characters when they are a tenth of it', () => {
    // A known fault of earlier held-out sets: a sentence or two of a traditional page read as simplified (增長 no verb).
    expect(readAsSimplified('工業增加值增長8%。').traditional).toBe(true);
    const figures = extractFigures('規模以上工業增加值同比增長6.1%，其中製造業增長7%。');
    expect(figures.map((f) => [f.value, f.kind, f.label])).toEqual([
      ['6.1', 'growth', '規模以上工業增加值增速'],
      ['7', 'growth', '製造業增速'],
    ]);
    // One such character, or fewer than a tenth of a short text, is a name in a simplified one.
    expect(readAsSimplified('全市工業增加值增长8%。').traditional).toBe(false);
    expect(readAsSimplified('全市规模以上工业企业实现营业收入增长8%，其中国有企业增长5%，《經濟》报道。').traditional).toBe(false);
  });

  it('reads any text at the same length, so every offset stays an offset into the original', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(han, fc.constantFrom(...'這個國們為發產業長億萬，。0123456789%')), { maxLength: 400 });
    fc.assert(
      fc.property(text, (chars) => {
        const original = chars.join('');
        const read = readAsSimplified(original);
        expect(read.text.length).toBe(original.length);
        if (!read.traditional) expect(read.text).toBe(original);
      }),
      { numRuns: 200 },
    );
  });

  it('tells the script only by characters a simplified text never holds', () => {
    // Each is one that OpenCC itself turns into another character: none is also a simplified one.
    const { Converter } = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (o: { from: string; to: string }) => (s: string) => string;
    };
    const toSimple = Converter({ from: 'hk', to: 'cn' });
    const same = [...TRADITIONAL_ONLY].map((c) => String.fromCharCode(c)).filter((c) => toSimple(c) === c);
    expect(same).toEqual([]);
  });
});
