/**
 * A section's cards go on as few slides as six a slide allows, as even as can be, breaking between sentences: seven
 * cards were a slide of six and a slide of one. 重庆 2024's "电子产业在低基数背景下同比增长9.3%，拉动全市增长1.5个百分点" had
 * its pull alone on the second slide under that title, its rate on the first; 国家统计局 2022's "國有控股企業 3922億元" stood
 * alone on its slide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function kpiSlides(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
  return bundle.deck.slides
    .filter((s) => s.body.kpis)
    .map((s) => ({ section: s.section, title: s.title, values: s.body.kpis!.map((k) => byKey.get(k.figure)!.valueText) }));
}

describe("a section's cards", () => {
  it('keep a sentence together: a pull on the slide of its rate (重庆 2024)', () => {
    const slides = kpiSlides('chongqing-2024-02-economy.txt', '2024年1-2月');
    const electronics = slides.find((s) => s.values.includes('1.5'))!;
    expect(electronics.values).toContain('9.3');
    expect(electronics.values).toHaveLength(4);
  });

  it('put a known base in brackets with the estimates compared with it, not alone on a slide of results (郑州 2015)', () => {
    // "据预计,1至9月,…在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位": last year's rank is known, the rest estimated.
    const slides = kpiSlides('zhengzhou-2015-q3-industry.txt', '2015年1-9月');
    const base = slides.find((s) => s.values.includes('15'))!;
    expect(base.values).toEqual(expect.arrayContaining(['3', '12']));
    expect(base.title).toMatch(/^预计完成情况/u);
  });

  it('put the value a change starts from with the estimate it became (四平 2011, 万州 2020)', () => {
    // "其总量由全省第八位跃升到第四位": 第八位 stood on a slide of results as if it were the rank now.
    const siping = kpiSlides('siping-2011-government-work.txt', '2011年');
    const rank = siping.find((s) => s.values.includes('八'))!;
    expect(rank.values).toContain('四');
    expect(rank.title).toMatch(/^预计完成情况/u);
    // "规上工业总产值比重由76.9%提高到79%".
    expect(kpiSlides('wanzhou-2020-government-work.txt', '2020年').find((s) => s.values.includes('76.9'))?.values).toContain('79');
  });

  it("show a figure said twice once: the headline's in the lead (拉萨 2021)", () => {
    // "拉萨市2021年地区生产总值突破700亿元" (the headline) and "2021年全市地区生产总值突破700亿元,达到741.84亿元": two cards read
    // "突破700亿元" side by side. The second is still on the slide (its sentence in the notes), not in the appendix.
    const text = readFileSync(join(ROOT, 'test/corpus/lhasa-2021-economy.txt'), 'utf8');
    const figures = extractFigures(text, { asOf: '2021年' });
    expect(figures.filter((f) => f.value === '700' && f.unit === '亿元')).toHaveLength(2);
    const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf: '2021年' }, text, figures);
    const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
    const cards = bundle.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => byKey.get(k.figure)!);
    expect(cards.filter((f) => f.valueText === '700')).toHaveLength(1);
    const slide = bundle.deck.slides.find((s) => s.body.kpis?.some((k) => byKey.get(k.figure)!.valueText === '741.84'))!;
    expect(slide.notes).toContain('2021年全市地区生产总值突破700亿元');
    expect(slide.noteFigures.map((k) => byKey.get(k)!.valueText)).toEqual(['700']);
    expect(bundle.deck.slides.some((s) => s.title.startsWith('附'))).toBe(false);
    // Not the same thing, though one name ends the other: "新增农业产业化省级重点龙头企业2家" and "入驻邓坪工业园区的2家企业正式投产"
    // (竹山 2011); nor one rank among two groups ("在全国27个省会城市中排名第3位…在全省18个省辖市中排名第3位", 郑州 2015, above).
    const zhushan = kpiSlides('zhushan-2011-industry.txt', '2011年').flatMap((s) => s.values);
    expect(zhushan.filter((v) => v === '2').length).toBeGreaterThanOrEqual(2);
  });

  it('show a figure said twice once when one names its period with the year and one without (重庆 2017)', () => {
    // "2017年1-7月重庆规模以上工业增加值同比增长10.3%" (the headline) and "1-7月,全市规模以上工业增加值同比实际增长10.3%": two
    // cards read 10.3% side by side.
    const text = readFileSync(join(ROOT, 'test/corpus/chongqing-2017-07-industry.txt'), 'utf8');
    const values = kpiSlides('chongqing-2017-07-industry.txt', '2017年1-7月').flatMap((s) => s.values);
    expect(extractFigures(text, { asOf: '2017年1-7月' }).filter((f) => f.value === '10.3')).toHaveLength(2);
    expect(values.filter((v) => v === '10.3')).toHaveLength(1);
    // Not the same span a year apart: 2016年1-7月 is not the report's 1-7月.
    const other = text.replace('2017年1-7月重庆', '2016年1-7月重庆');
    const bundle = draftBundle(
      { key: 'k', title: 'T', organisation: 'O', published: '', asOf: '2017年1-7月' },
      other,
      extractFigures(other, { asOf: '2017年1-7月' }),
    );
    const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
    const cards = bundle.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => byKey.get(k.figure)!);
    expect(cards.filter((f) => f.valueText === '10.3')).toHaveLength(2);
  });

  it('never leave one card alone on a slide after a full one, in reports of four genres', () => {
    for (const [file, asOf] of [
      ['chongqing-2024-02-economy.txt', '2024年1-2月'],
      ['national-2022-bulletin-traditional.txt', '2022年'],
      ['zhengzhou-2015-q3-industry.txt', '2015年1-9月'],
      ['binhai-2025-government-work.txt', '2025年'],
    ]) {
      const slides = kpiSlides(file, asOf);
      for (const [i, s] of slides.entries()) {
        const prev = slides[i - 1];
        if (prev && prev.section === s.section)
          expect(Math.abs(prev.values.length - s.values.length), `${file}: ${s.title}`).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe('a deck too long', () => {
  it('keeps the shortest it came to, never dropping a slide for an appendix page as long (湖北 2018)', () => {
    // Its sections' later KPI slides, three or four cards each now, went one by one to the appendix, each adding a page:
    // 21 slides of which three appendix pages, where the deck before the last two drops was 21 with one. (Its lists of
    // two now fold into cards first, draft-long-decks.test.ts: 20 slides, no appendix.)
    const text = readFileSync(join(ROOT, 'test/corpus/hubei-2018-10-industry.txt'), 'utf8');
    const asOf = '2018年1-10月';
    const slides = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf })).deck
      .slides;
    expect(slides.filter((s) => s.title.startsWith('附')).length).toBeLessThanOrEqual(1);
    expect(slides.length).toBeLessThanOrEqual(20);
  });
});
