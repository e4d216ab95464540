/**
 * A deck drafted from a report in traditional characters says its own words in them too: the lead saw 总体情况, 主要指标,
 * 目标 and 谢谢 (simplified) on the decks of test/corpus/xiangyang-2022-government-work-traditional.txt and
 * test/corpus/liaoning-2019-q1-industry-traditional.txt, between slides quoting the report in 繁體. The report's own
 * words stay exactly as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { reportScript } from '../src/main/store/draft/script';
import { ROOT } from './helpers';

const corpus = (name: string) => readFileSync(join(ROOT, 'test/corpus', name), 'utf8');
const draft = (text: string, asOf: string) =>
  draftBundle({ key: 'k', title: '報告', organisation: '統計局', published: '', asOf }, text, extractFigures(text, { asOf }));

describe("the draft's own words", () => {
  it('are traditional in a traditional report’s deck (襄阳 2022)', () => {
    const b = draft(corpus('xiangyang-2022-government-work-traditional.txt'), '2023年');
    const all = JSON.stringify(b.deck.slides) + JSON.stringify(b.sections);
    expect(b.sections[0]!.title).toBe('總體情況');
    const titles = b.deck.slides.map((s) => s.title);
    expect(titles).toContain('目錄');
    expect(titles).toContain('謝謝');
    expect(titles).toContain('主要目標');
    expect(titles).toContain('預計完成情況');
    const captions = b.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => k.caption);
    expect(captions).toContain('襄陽經濟總量（目標）');
    for (const word of ['总体情况', '主要指标', '目标', '预计', '谢谢', '目录', '附：数据一览', '本简报']) expect(all).not.toContain(word);
  });

  it('leave every line quoting the report as written, and change nothing in a simplified report', () => {
    const text = corpus('liaoning-2019-q1-industry-traditional.txt');
    const b = draft(text, '2019年一季度');
    // 辽宁 2019 writes 規上 and 佔: the draft's 规/占 take the report's forms.
    const captions = b.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => k.caption);
    expect(captions.join('')).not.toMatch(/[规标变数]/u);
    const own = reportScript(text);
    expect(own('主要指标增速')).toBe('主要指標增速');
    // A character the report itself holds stays, whatever its script.
    expect(own('一季度')).toBe('一季度');
    for (const s of b.deck.slides.filter((x) => x.layout === 'kpi' && /\d/u.test(x.title)))
      expect(text.replace(/,/gu, '，')).toContain(s.title);
    expect(reportScript('全市规模以上工业增加值增长8.7%。')('主要指标')).toBe('主要指标');
  });
});

// test/corpus/guangxi-2016-02-industry-traditional.txt: a traditional report's captions escaped every caption rule (written
// in simplified characters): "廣西汽車製造業高於全區規上工業增加值" for a gap, "汽車製造業拉動全區規上工業增加值貢獻率" for a
// contribution, "廣西小微工業企業也增速"; and its first section was titled "從自治區統計局獲悉".
describe('a traditional report’s captions', () => {
  const b = draft(corpus('guangxi-2016-02-industry-traditional.txt'), '2016年1-2月');
  const captions = b.deck.slides.flatMap((s) => [
    ...(s.body.kpis ?? []).map((k) => k.caption),
    ...(s.chart?.series ?? []).map((p) => p.label),
  ]);
  it('take the shorter forms a simplified one does, in the report’s own characters', () => {
    expect(captions).toContain('廣西汽車製造業增速差');
    expect(captions).toContain('汽車製造業貢獻率');
    expect(captions).toContain('廣西小微工業企業增速');
    // 製 (not 制: both read 制 simplified) where the report writes 製造業.
    expect(captions.join('')).not.toMatch(/制造業|製造业/u);
    expect(b.sections.map((s) => s.title)).not.toContain('從自治區統計局獲悉');
    // Nor is a slide titled "不僅增速高於全區規模以上工業增加值增速6.9個百分點" (the subject is in the clause before).
    expect(b.deck.slides.map((s) => s.title).join()).not.toContain('不僅增速');
  });
});

// test/corpus/xiangyang-2022-government-work-traditional.txt: "加快構建“1個4000億級汽車産業、4個1000億級産業、4個500億級
// 産業”的現代産業集群" drafted cards 汽車産業 1個, 産業 4個 and 現代産業集群 4個 (the last the wrong noun).
describe('counts of a class', () => {
  it('are named by the class', () => {
    const b = draft(corpus('xiangyang-2022-government-work-traditional.txt'), '2023年');
    const captions = b.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => k.caption);
    for (const name of ['4000億級汽車産業', '1000億級産業', '500億級産業'])
      expect(
        captions.some((c) => c.startsWith(name)),
        name,
      ).toBe(true);
  });
});
