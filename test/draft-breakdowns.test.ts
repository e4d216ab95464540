/**
 * A report turns from a whole to its parts inside a sentence ("分门类看，", "分行业看，", "其中"). The draft of
 * 天津 2019 (test/corpus/tianjin-2019-industry.txt) showed what goes wrong when it does not notice: a divider
 * subtitled by the fastest industry (黑色金属冶炼 18.6%) instead of the whole's 3.6%, a bar chart mixing the whole
 * with categories and industries cut at eight bars, a KPI slide titled by a setup clause ("规模以上工业在目录的412种
 * 产品中") and a card "产品产量" for the 221 products whose output grew.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { breakdownOf, readsAlone, titleOf } from '../src/main/store/draft/messages';
import { ROOT } from './helpers';

const TIANJIN = readFileSync(join(ROOT, 'test/corpus/tianjin-2019-industry.txt'), 'utf8');
const meta = { key: 'tj', title: '天津市2019年工业', organisation: '天津市统计局', published: '2020-03-01', asOf: '2019年' };

function draft(text: string) {
  const xs = extractFigures(text, { asOf: meta.asOf });
  const bundle = draftBundle(meta, text, xs);
  const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
  return { bundle, xs, slides: bundle.deck.slides, value: (key: string) => byKey.get(key)!.valueText };
}

describe('the parts a sentence turns to', () => {
  it('are found after 分门类看, 分行业看 and 其中, and only there', () => {
    const text = '规模以上工业增加值增长3.4%。分门类看，采矿业增长3.0%；分行业看，20个行业增长，其中汽车制造业增长13.7%。';
    const xs = extractFigures(text);
    const turn = (value: string) =>
      breakdownOf(
        text,
        xs.find((x) => x.value === value)!,
      )?.words ?? '';
    expect([turn('3.4'), turn('3.0'), turn('20'), turn('13.7')]).toEqual(['', '分门类看', '分行业看', '其中']);
  });

  it('the 天津 draft: the divider names the whole, each turn is a chart of its own, titled by its whole', () => {
    const { slides, value } = draft(TIANJIN);
    const divider = slides.find((s) => s.layout === 'section')!;
    expect(divider.body.subtitle).toBe('全市工业增加值比上年增长3.6%');
    const charts = slides.filter((s) => s.chart);
    const bar = (x: (typeof charts)[number]['chart'] & object) => x.series.map((b) => ('figure' in b ? value(b.figure) : ''));
    const bars = charts.map((s) => bar(s.chart!));
    // 分门类看: the three categories; 其中: the five industries; never one with the whole or cut at eight.
    expect(bars).toContainEqual(['3.0', '3.3', '6.0']);
    expect(bars).toContainEqual(['13.7', '18.6', '8.8', '10.9', '1.7']);
    const categories = charts.find((s) => bar(s.chart!)[0] === '3.0')!;
    expect(categories.chart!.title).toBe('2019年分门类增速（%）');
    const industries = charts.find((s) => s.chart!.series.length === 5)!;
    expect(industries.title).toBe('39个行业大类中20个行业增长');
    expect(industries.chart!.title).toBe('2019年分行业增速（%）');
    // The fastest industry is still said: as the chart's key message.
    expect(industries.chart!.takeaway).toBe('黑色金属冶炼和压延加工业增长18.6%');
  });

  it('a clause that only frames the next is titled with it, and the count after it names its members', () => {
    const x412 = extractFigures(TIANJIN).find((x) => x.value === '412')!;
    expect(titleOf(TIANJIN, x412)).toBe('规模以上工业在目录的412种产品中，221种产量增长');
    expect(readsAlone(TIANJIN, x412)).toBe(true);
    const { slides, value } = draft(TIANJIN);
    const cards = slides.flatMap((s) => s.body.kpis ?? []);
    expect(cards.find((k) => value(k.figure) === '221')?.caption).toBe('产量增长的产品');
    // No title is the frame alone.
    expect(slides.map((s) => s.title)).not.toContain('规模以上工业在目录的412种产品中');
  });

  it('a count cut from its noun is no title: "在统计的40个" (test/corpus/hebei-2017-06-industry.txt)', () => {
    const text = '分行业看,6月份,在统计的40个大类行业中有24个行业增加值保持同比增长。';
    const x = extractFigures(text).find((f) => f.value === '40')!;
    expect(titleOf(text, x)).toBe('在统计的40个大类行业中有24个行业增加值保持同比增长');
  });

  it('a frame that cannot take what it frames does not read alone: "在全市35个工业行业大类中" (test/corpus/puyang-2016-industry.txt)', () => {
    const text =
      '2016年,在全市35个工业行业大类中,化学原料和化学制品制造业、农副食品加工业、电气机械和器材制造业所占比重居前3位,分别为14.1%、13%、10.6%。';
    expect(
      readsAlone(
        text,
        extractFigures(text).find((f) => f.value === '35')!,
      ),
    ).toBe(false);
  });

  it('a 其中 opening its sentence is of the sentence before; a section titled by its turn is not named twice (河北 2017年6月)', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/hebei-2017-06-industry.txt'), 'utf8');
    const { slides } = draft(text);
    const charts = slides.filter((s) => s.chart);
    // The whole the 其中 follows titles its count's card (draft-titles-given-back.test.ts), the chart what it measures.
    expect(slides.find((s) => s.title === '在统计的40个大类行业中有24个行业增加值保持同比增长')?.layout).toBe('kpi');
    expect(charts.map((s) => s.title)).toContain('6月分行业增速');
    expect(charts.map((s) => s.chart!.title)).toContain('6月分三大门类增速（%）');
    expect(charts.map((s) => s.chart!.title).filter((t) => /分三大门类看：分三大门类/u.test(t))).toEqual([]);
    // The count of industries that grew is the section's message, not one industry's rate.
    expect(slides.find((s) => s.layout === 'section' && s.title === '分行业看')?.body.subtitle).toBe(
      '在统计的40个大类行业中有24个行业增加值保持同比增长',
    );
  });

  it('no two slides of any corpus report’s draft share a title, and a third page is （续二）, not （续）（续）', () => {
    const dir = join(ROOT, 'test/corpus');
    const repeated: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { slides } = draft(readFileSync(join(dir, file), 'utf8'));
      const seen = new Set<string>();
      for (const s of slides.filter((s) => s.layout === 'kpi' || s.layout === 'chart')) {
        if (seen.has(s.title) || s.title.includes('（续）（续')) repeated.push(`${file}: ${s.title}`);
        seen.add(s.title);
      }
    }
    expect(repeated).toEqual([]);
  });
});
