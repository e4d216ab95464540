/**
 * A drafted divider's subtitle (and a KPI slide's title) quotes a clause that reads right on its own: never
 * a 分别 list cut after one of its values ("新材料、电子信息行业投资分别增长118.1%", seen on the draft of a
 * real provincial report, test/corpus/henan-2022-h1-industry.txt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { readsAlone, titleOf } from '../src/main/store/draft/messages';
import { ROOT } from './helpers';

const HENAN = readFileSync(join(ROOT, 'test/corpus/henan-2022-h1-industry.txt'), 'utf8');
const figures = extractFigures(HENAN);
const figure = (value: string, near: string): Extracted => {
  const found = figures.filter((x) => x.value === value && x.quote.includes(near));
  expect(found, `${value} near ${near}`).toHaveLength(1);
  return found[0]!;
};
/** A list word followed by fewer than two numbers: one value of a 分别 list shown alone. */
const loneListValue = (s: string) => /分别|依次/u.test(s) && (s.slice(s.search(/分别|依次/u)).match(/\d+(?:\.\d+)?/gu) ?? []).length < 2;

describe('a drafted subtitle reads right alone', () => {
  it('a 分别 list stays whole (its first value alone would not read right); a clause with one subject and its value does', () => {
    const list = figure('118.1', '新材料、电子信息行业投资分别增长');
    // Short enough for two lines, the list stays whole; cut after its first value it would not read alone.
    expect(titleOf(HENAN, list)).toBe('新材料、电子信息行业投资分别增长118.1%、59.6%');
    expect(readsAlone(HENAN, list)).toBe(true);
    const plain = figure('40.3', '高技术制造业投资增长');
    expect(titleOf(HENAN, plain)).toBe('高技术制造业投资增长40.3%');
    expect(readsAlone(HENAN, plain)).toBe(true);
  });

  it('a clause that opens with its predicate or a bare rate names no subject: it takes the clause naming it, or does not read alone', () => {
    const text =
      '2016年，全省实现规模以上工业增加值11017.39亿元，比上年增长7.6%，增幅比上年回落1.1个百分点。规模以上工业中高技术行业实现增加值1116.55亿元，增长11.7%。';
    const xs = extractFigures(text);
    const of = (value: string) => xs.find((x) => x.value === value)!;
    // The clause before names the subject with its own figure: together they are the statement.
    expect(titleOf(text, of('11.7'))).toBe('规模以上工业中高技术行业实现增加值1116.55亿元，增长11.7%');
    expect(readsAlone(text, of('11.7'))).toBe(true);
    expect(titleOf(text, of('7.6'))).toBe('全省实现规模以上工业增加值11017.39亿元，比上年增长7.6%');
    // "比上年增长7.6%" opens with its predicate too: 1.1's subject is two clauses back, and 增幅 alone names nothing.
    expect(readsAlone(text, of('1.1'))).toBe(false);
    expect(readsAlone(text, of('11017.39'))).toBe(true);
    // A method before a bare rate is no subject: "按可比价格计算，比上年增长8.3%" (test/corpus/datong-2013-bulletin.txt).
    const datong = '全市实现地区生产总值（GDP）967.5亿元，按可比价格计算，比上年增长8.3%。';
    expect(
      readsAlone(
        datong,
        extractFigures(datong).find((x) => x.value === '8.3')!,
      ),
    ).toBe(false);
    // test/corpus/hunan-2023-industry.txt: a contribution (拉动) opens with its predicate too.
    const hunan = '其中,装备制造业作用突出,比上年增长8.9%,拉动规模工业增加值增长2.7个百分点,金属制品业增长20.4%。';
    expect(
      readsAlone(
        hunan,
        extractFigures(hunan).find((x) => x.value === '2.7')!,
      ),
    ).toBe(false);
    // test/corpus/ningxia-2024-h1-industry.txt: a bare property (贡献率达…) is of the subject named before, so it is
    // shown with it.
    const ningxia = '其中,石油石化行业增长11.9%,贡献率达11.5%。';
    expect(
      titleOf(
        ningxia,
        extractFigures(ningxia).find((x) => x.value === '11.5')!,
      ),
    ).toBe('石油石化行业增长11.9%，贡献率达11.5%');
    // test/corpus/baoding-2021-07-industry.txt: a gap said with 高出 is shown with its subject's clause (it titled a slide
    // "高出全省水平20个百分点"); lhasa-2021-economy.txt: a rate averaged over two years names no subject alone.
    const baoding = '工业技改投资同比增长5.1%,高出全省水平20个百分点,排名全省第3位。';
    expect(
      titleOf(
        baoding,
        extractFigures(baoding).find((x) => x.value === '20')!,
      ),
    ).toBe('工业技改投资同比增长5.1%，高出全省水平20个百分点');
    // test/corpus/guizhou-2021-q3-prefectures.txt: "该地区" is of the place the sentence before named.
    const guizhou = '遵义地区生产总值3037.87亿元。该地区生产总值首次突破3000亿元,同比增速位居9个市(州)首位。';
    expect(
      readsAlone(
        guizhou,
        extractFigures(guizhou).find((x) => x.value === '3000')!,
      ),
    ).toBe(false);
    // test/corpus/changchun-gaoxin-2013-review.txt: nor does how the rates are reckoned, "按可比口径分别增长20.1%和12.1%".
    const changchun = '全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。';
    expect(
      readsAlone(
        changchun,
        extractFigures(changchun).find((x) => x.value === '20.1')!,
      ),
    ).toBe(false);
    const lhasa = '全市地区生产总值741.84亿元,同比增长6.7%,两年平均增长7.2%。';
    expect(
      readsAlone(
        lhasa,
        extractFigures(lhasa).find((x) => x.value === '7.2')!,
      ),
    ).toBe(false);
    const meta = { key: 'fj', title: '福建省工业', organisation: '', published: '2017-01-20', asOf: '2016年' };
    const slides = draftBundle(meta, text, xs).deck.slides;
    const shown = [
      ...slides.filter((s) => s.layout === 'section').map((s) => s.body.subtitle ?? ''),
      ...slides.filter((s) => s.layout === 'kpi').map((s) => s.title),
    ];
    expect(shown.length).toBeGreaterThan(0);
    for (const title of shown) expect(title).not.toMatch(/^(?:增长|比|增幅)/u);
  });

  it('the draft of that report: no divider subtitle and no KPI title shows one value of a 分别 list', () => {
    const meta = { key: 'henan', title: '河南上半年工业', organisation: '河南省统计局', published: '2022-07-20', asOf: '2022年上半年' };
    const slides = draftBundle(meta, HENAN, figures).deck.slides;
    const dividers = slides.filter((s) => s.layout === 'section');
    expect(dividers.length).toBeGreaterThan(1);
    const shown = [...dividers.map((s) => s.body.subtitle ?? ''), ...slides.filter((s) => s.layout === 'kpi').map((s) => s.title)];
    expect(shown.filter(loneListValue)).toEqual([]);
    // Every divider still has a subtitle from its figures.
    for (const d of dividers) expect(d.body.subtitle, d.title).toMatch(/\d/u);
  });

  // test/corpus/quanzhou-2023-industry.txt: a report that numbers its points "一是…二是…" titles each section by its
  // point; the divider under "七成行业实现增长" said "二是七成行业实现增长" again.
  it("never repeats the section title, nor opens on the report's own numbering (一是, 二是)", () => {
    const text = readFileSync(join(ROOT, 'test/corpus/quanzhou-2023-industry.txt'), 'utf8');
    const meta = { key: 'qz', title: '泉州工业', organisation: '泉州市统计局', published: '', asOf: '2023年' };
    const slides = draftBundle(meta, text, extractFigures(text)).deck.slides;
    const dividers = slides.filter((s) => s.layout === 'section');
    expect(dividers.map((s) => s.title)).toContain('七成行业实现增长');
    for (const d of dividers) {
      expect(d.body.subtitle ?? '', d.title).not.toBe(d.title);
      expect(d.body.subtitle ?? '', d.title).not.toMatch(/^[一二三四五六七八九十]是/u);
    }
    const seven = dividers.find((s) => s.title === '七成行业实现增长')!;
    expect(seven.body.subtitle).toBe('全市36个工业大类行业中，25个行业增加值实现正增长');
  });
});
