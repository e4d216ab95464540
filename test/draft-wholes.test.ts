/**
 * A drafted slide's message is the whole, not one of its parts: "全省规模工业增加值比上年增长5.1%，…，其中采矿业增长
 * 8.6%、制造业增长5.3%" drafted a chart of the four titled "采矿业增长8.6%" (the fastest bar), and a divider
 * subtitled so; and a section is never titled by a clause that names no subject ("增速与上月持平"). Both seen on the
 * draft of a real provincial report, test/corpus/hunan-2023-industry.txt. Nor is the country's figure the message of
 * a province's slide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle, draftSections } from '../src/main/store/draft';
import { standouts } from '../src/main/store/draft/messages';
import { ROOT } from './helpers';

const HUNAN = readFileSync(join(ROOT, 'test/corpus/hunan-2023-industry.txt'), 'utf8');
const meta = { key: 'hunan', title: '湖南省2023年工业', organisation: '湖南省统计局', published: '2024-02-15', asOf: '2023年' };

describe('the message of a drafted slide', () => {
  it('a part after 其中 does not outrank its whole; without the text every figure competes as before', () => {
    const text = '2023年，全省规模工业增加值比上年增长5.1%，增速比前三季度提升2.5个百分点，其中采矿业增长8.6%，制造业增长5.3%。';
    const xs = extractFigures(text);
    expect(standouts(xs, text).map((x) => x.value)).toEqual(['5.1', '2.5']);
    expect(standouts(xs).map((x) => x.value)).toEqual(['8.6', '5.3', '5.1', '2.5']);
    // Parts of another sentence's figure, or without 其中, are figures of their own.
    const apart = '全省规模工业增加值增长5.1%。采矿业增长8.6%，制造业增长5.3%。';
    expect(standouts(extractFigures(apart), apart)[0]!.value).toBe('8.6');
  });

  it("the country's figure among a place's own is a comparison, not the message (test/corpus/shanghai-2020-10-industry.txt)", () => {
    const text =
      '1-10月,全市规上工业增加值下降0.8%,降幅比1-9月收窄1.1个百分点,其中10月当月增长8.9%。从横向看,全国规上工业增长1.8%,25个省市正增长,上海位列全国第28位。';
    const xs = extractFigures(text, { asOf: '2020年1-10月' });
    expect(standouts(xs, text)[0]!.value).toBe('0.8');
    expect(standouts(xs, text).map((x) => x.value)).not.toContain('1.8');
    // A report of the country itself: its figures are the message.
    const national = '全国规上工业增长1.8%。全国规上工业增加值增长4.6%。';
    expect(standouts(extractFigures(national), national)[0]!.value).toBe('4.6');
  });

  it('the 湖南 draft: its growth chart is titled by the whole, and its first section by a subject, not "增速与上月持平"', () => {
    const slides = draftBundle(meta, HUNAN, extractFigures(HUNAN, { asOf: '2023年' })).deck.slides;
    const chart = slides.find((s) => s.chart?.series.some((p) => p.label.includes('采矿业')))!;
    expect(chart.title).toBe('全省规模工业增加值比上年增长5.1%');
    const dividers = slides.filter((s) => s.layout === 'section');
    expect(dividers.map((d) => d.title)).not.toContain('增速与上月持平');
    for (const d of dividers) expect(d.body.subtitle ?? '').not.toMatch(/^(?:采矿业|制造业|电力)/u);
  });

  it('a section is not titled by how, under whom or from where the figures come (辽宁 2012, 黑龙江 2011 in test/corpus)', () => {
    for (const [file, clause] of [
      ['liaoning-2012-industry.txt', '按可比价格计算'],
      ['heilongjiang-2011-grain.txt', '按照国家统计局公布数据'],
    ]) {
      const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
      expect(text).toContain(clause);
      expect(draftSections(text).map((s) => s.title)).not.toContain(clause);
    }
    // Written so in a section's lead, a circumstance gives way to the topic after it.
    const led = '在市委市政府的坚强领导下，工业经济稳中有进，全市规模以上工业增加值增长6.9%。\n\n全市固定资产投资增长8%。';
    expect(draftSections(led).map((s) => s.title)).not.toContain('在市委市政府的坚强领导下');
  });
});

describe('the title of a chart of several bars', () => {
  const chartsOf = (file: string, asOf: string) => {
    const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
    const slides = draftBundle({ ...meta, asOf }, text, extractFigures(text, { asOf })).deck.slides;
    return slides.filter((s) => s.layout === 'chart');
  };
  // test/corpus/anhui-2025-government-work.txt: a chart of GDP, industry, cars, new-energy cars and investment was
  // titled "新能源汽车产量增长94.5%、达168.4万辆", one of its five bars.
  it("is not one bar's clause: that clause is its key message", () => {
    const anhui = chartsOf('anhui-2025-government-work.txt', '2024年').find(
      // (Three since 汽车产量增长40%以上, a bound, is a card (test/draft-list-charts.test.ts), and so is 新能源汽车产量增长94.5%,
      // over five times the others (test/draft-chart-outliers.test.ts).)
      (s) => s.chart!.series.length === 3 && s.chart!.title.startsWith('2024年'),
    )!;
    // (Titled by what it measures: test/draft-chart-headings.test.ts.)
    expect(anhui.title).toBe('2024年地区生产总值等3项指标增速');
    expect(anhui.chart!.takeaway).toBe('制造业投资增长13.3%、连续48个月保持两位数增长');
    // test/corpus/national-2022-bulletin-traditional.txt: "采礦業增長7.3%" over eight bars; the key message of its
    // profits' growth chart names its subject ("比上年增長48.6%" alone did not).
    const national = chartsOf('national-2022-bulletin-traditional.txt', '2022年');
    for (const s of national) if (s.chart!.series.length > 1) expect(s.title, s.title).not.toMatch(/^采礦業/u);
    expect(national.map((s) => s.chart!.takeaway)).toContain('采礦業利潤15574億元，比上年增長48.6%');
  });
});
