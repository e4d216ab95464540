/**
 * Names a report picks out, each with its rate in brackets ("正增长的有大埔县(233.1%)、五华县(76.2%)…"), drafted as one
 * chart of their own. test/corpus/meizhou-2023-08-industry-traditional.txt: the counties' bars of two measures read the
 * same ("大埔縣增速" 3.6% and 233.1%), and stood beside 重點骨幹企業增加值 and 工業投資 on one chart; a card read "大埔縣工業
 * 投資增速縣 5個".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle, draftSections } from '../src/main/store/draft';
import { ROOT } from './helpers';

const meta = { key: 'mz', title: '梅州', organisation: '梅州市工业和信息化局', published: '', asOf: '2023年1-8月' };

describe('names picked out with their rates in brackets', () => {
  const text = readFileSync(join(ROOT, 'test/corpus/meizhou-2023-08-industry-traditional.txt'), 'utf8');
  const bundle = draftBundle(meta, text, extractFigures(text, { asOf: meta.asOf }));
  const charts = bundle.deck.slides.filter((s) => s.chart);
  const value = new Map(bundle.figures.map((f) => [f.key, f.value]));
  const bars = (s: (typeof charts)[number]) => s.chart!.series.map((p) => `${p.label} ${'figure' in p ? value.get(p.figure) : ''}`);

  it('are one chart, the bars named by the names, titled by them and the measure the paragraph gave (各縣（市、區）工业投资)', () => {
    // "1-8月,全市完成工業投資87.14億元,同比增長13.4%,增速在全省排名第15位。正增長的有大埔縣(233.1%)、…"
    const investment = charts.find((s) => bars(s).includes('大埔縣 233.1'))!;
    expect(bars(investment)).toEqual([
      '大埔縣 233.1',
      '五華縣 76.2',
      '蕉嶺縣 42.3',
      '平遠縣 21.4',
      '梅江區 3.7',
      '豐順縣 -20.4',
      '興寧市 -20.7',
      '梅縣區 -38.3',
    ]);
    // Each county's, named by the list's own word (the fullest of "等5個縣" and "等3個縣(市、區)"); the slide is titled by
    // it, not by the city's "全市完成工業投資87.14億元，同比增長13.4%", a figure the chart does not show (the brief of
    // session 27 asked for "1-8月各縣（市、區）工業投資增速").
    expect(investment.chart!.title).toMatch(/^(?:2023年)?1-8月各縣（市、區）工業投資增速（%）$/u);
    expect(investment.title).toMatch(/^(?:2023年)?1-8月各縣（市、區）工業投資增速$/u);
  });

  it('with no rate before in their paragraph, are titled by what they are (各縣（市、區）)', () => {
    // "8個縣(市、區)中,正增長的有豐順縣(37.8%)、…等6個縣(市、區),…;負增長的是平遠縣(-13.8%)"
    const counties = charts.find((s) => bars(s).includes('豐順縣 37.8'))!;
    expect(bars(counties)).toHaveLength(7);
    expect(bars(counties).at(-1)).toBe('平遠縣 -13.8');
    expect(counties.chart!.title).toMatch(/1-8月各縣（市、區）增速（%）$/u);
  });

  it('are never charted beside other measures, and the count closing the list is no card', () => {
    const industries = charts.find((s) => bars(s).includes('電力 20.6'))!;
    // "正增長的有電力(20.6%)、電子信息(13.0%)和機電製造(7.6%)等3個產業,負增長的有煙草(-0.4%)、建材(-2.9%)等2個產業"
    expect(bars(industries)).toEqual(['電力 20.6', '電子信息 13', '機電製造 7.6', '煙草 -0.4', '建材 -2.9']);
    expect(industries.chart!.title).toMatch(/1-8月五大支柱產業增加值增速（%）$/u);
    for (const s of charts) {
      const names = bars(s).join(' ');
      if (/縣|區|市 /u.test(names)) expect(names).not.toMatch(/企業|投資|規上/u);
    }
    const cards = bundle.deck.slides.flatMap((s) => s.body.kpis ?? []).map((k) => k.caption);
    expect(cards.filter((c) => /增速縣|^產業$/u.test(c))).toEqual([]);
  });
});

describe('a paragraph opening among places counted', () => {
  // test/corpus/meizhou-2023-08-industry-traditional.txt: "8個縣(市、區)中,正增長的有豐順縣(37.8%)、…;蕉嶺縣同比持平;…": the
  // section over the counties was titled 蕉嶺縣同比持平, one county's clause, on its divider, the agenda and every eyebrow.
  it('is titled by them: 分縣（市、區）看 (梅州 2023)', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/meizhou-2023-08-industry-traditional.txt'), 'utf8');
    const titles = draftSections(text).map((s) => s.title);
    expect(titles.filter((t) => /^分縣[（(]市、區[）)]看$/u.test(t))).toHaveLength(1);
    expect(titles).not.toContain('蕉嶺縣同比持平');
    // "在全市35个工业行业大类中" opens a paragraph of industries (test/corpus/puyang-2016-industry.txt's frame).
    expect(draftSections('一段。\n全市35个行业大类中,有28个行业增长,其中化工增长10%。\n').map((s) => s.title)).toContain('分行业大类看');
  });
});
