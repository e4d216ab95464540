/**
 * A chart slide the report gives no words of its own is titled by what the chart measures and over what period, as
 * the chart's own title states it (draft/chart-titles.ts measureHeading). 梅州 2023's county chart, in a section titled
 * by its turn of phrase ("分縣（市、區）看"), was titled "分縣（市、區）看：增速", drawn as a bare "增速" under that eyebrow;
 * other charts read "…：主要指標增速" and "主要指標增速（續）", which no official can tell apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { slideHeadings } from '../src/shared/slide-headings';
import { ROOT } from './helpers';

function chartsOf(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  const section = new Map(bundle.sections.map((s) => [s.key, s.title]));
  return bundle.deck.slides
    .filter((s) => s.chart)
    .map((s) => ({ ...s, drawn: slideHeadings(section.get(s.section ?? '') ?? '', s.title, s.chart!.title) }));
}

/** A title that says no measure: a kind word alone, or 主要指标 and one. */
const SAYS_NOTHING = /^(?:主要指[标標])?(?:增速|增幅|[涨漲]幅|[规規]模|[占佔]比|[变變]化|[数數]量)?(?:（[^（）]*）)*$/u;

describe('a chart slide with no words of its own', () => {
  it('is titled by its measure and period (梅州 2023: "1-8月各縣（市、區）增速", not "增速")', () => {
    const charts = chartsOf('meizhou-2023-08-industry-traditional.txt', '2023年1-8月');
    const counties = charts.find((s) => s.chart!.series.some((p) => p.label === '豐順縣'))!;
    expect(counties.title).toBe('2023年1-8月各縣（市、區）增速');
    expect(counties.drawn).toEqual({ title: '2023年1-8月各縣（市、區）增速', chartTitle: '' });
    expect(charts.map((s) => s.title).filter((t) => /^(?:2023年)?1-8月五大支柱產業增加值增速$/u.test(t))).toHaveLength(1);
  });

  it('never reads as a kind word alone under its eyebrow, in four reports of different genres', () => {
    for (const [file, asOf] of [
      ['meizhou-2023-08-industry-traditional.txt', '2023年1-8月'],
      ['dawukou-2022-05-industry.txt', '2022年1-5月'],
      ['hubei-2018-10-industry.txt', '2018年1-10月'],
      ['anhui-2025-government-work.txt', '2024年'],
    ])
      for (const s of chartsOf(file, asOf)) {
        expect(s.drawn.title, `${file}: ${s.title}`).not.toMatch(SAYS_NOTHING);
        // Each says a period or a subject beyond the kind.
        expect(s.drawn.title.length, `${file}: ${s.title}`).toBeGreaterThan(4);
      }
  });

  it('states a target as such, and its chart title, the same words and unit, is not drawn again (安徽 2025)', () => {
    const targets = chartsOf('anhui-2025-government-work.txt', '2024年').find((s) => s.chart!.title.includes('目标'))!;
    expect(targets.title).toMatch(/^2025年地区生产总值等5项指标增速（目标）$/u);
    expect(targets.drawn.chartTitle).toBe('');
  });
});

describe('a chart of one rate against several bases', () => {
  it('is titled by that rate, its bars by the bases alone (重庆 2024, 湖北 2018)', () => {
    // "全市规模以上工业增加值同比增长8.7%，增速分别比去年同期、去年全年加快2.2、2.1个百分点": was 主要指标变化.
    const chongqing = chartsOf('chongqing-2024-02-economy.txt', '2024年1-2月').find(
      (s) => s.chart!.series.length === 2 && /变化/u.test(s.title),
    )!;
    expect(chongqing.title).toMatch(/^(?:2024年)?1-2月规模以上工业增加值增速变化$/u);
    // "但增幅同比、环比分别下滑0.3、0.4个百分点": was 但增幅同比和环比变化, its first bar 但增幅同比. (湖北 2018's deck is too
    // long: its lists of two are cards now, draft-long-decks.test.ts, told apart by the same bases.)
    const text = readFileSync(join(ROOT, 'test/corpus/hubei-2018-10-industry.txt'), 'utf8');
    const asOf = '2018年1-10月';
    const cards = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }))
      .deck.slides.flatMap((s) => s.body.kpis ?? [])
      .map((k) => k.caption)
      .filter((c) => /[同环]比）$/u.test(c));
    expect(cards).toEqual([
      '规上工业增加值增速变化（同比）',
      '规上工业增加值增速变化（环比）',
      '工业增加值增幅变化（同比）',
      '工业增加值增幅变化（环比）',
    ]);
  });
});

describe('a chart of levels by a turn to parts', () => {
  it('names their measure when the bars that name one name the same (国家统计局 2022: "2022年分經濟類型" was all it said)', () => {
    const charts = chartsOf('national-2022-bulletin-traditional.txt', '2022年');
    expect(charts.map((s) => s.title)).toContain('2022年分經濟類型利潤');
    // Products in a unit of their own are their output (重庆 2024: "1-2月分重点产品" over 钢材, 铝材, 水泥 in 万吨).
    expect(chartsOf('chongqing-2024-02-economy.txt', '2024年1-2月').map((s) => s.title)).toContain('1-2月分重点产品产量');
    // Bars that name themselves say it already: never "第一产业增加值等3项指标增加值".
    for (const s of chartsOf('datong-2013-bulletin.txt', '2013年')) expect(s.title).not.toMatch(/指标增加值$/u);
  });
});

describe('rates of different names', () => {
  it('are never one chart (国家统计局 2022: 營業收入利潤率, 資產負債率 and 產能利用率 were one, titled 佔比)', () => {
    const charts = chartsOf('national-2022-bulletin-traditional.txt', '2022年');
    for (const s of charts) expect(s.chart!.series.filter((p) => /率$/u.test(p.label)).length, s.title).toBeLessThanOrEqual(1);
  });
});

describe("a slide's title", () => {
  it('is never another\'s leading clauses (梅州 2023: "全市完成工業投資87.14億元" over cards, its whole sentence over a chart)', () => {
    for (const [file, asOf] of [
      ['meizhou-2023-08-industry-traditional.txt', '2023年1-8月'],
      ['chongqing-2024-02-economy.txt', '2024年1-2月'],
      ['hubei-2018-10-industry.txt', '2018年1-10月'],
    ]) {
      const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
      const slides = draftBundle(
        { key: 'k', title: 'T', organisation: 'O', published: '', asOf },
        text,
        extractFigures(text, { asOf }),
      ).deck.slides.filter((s) => s.layout === 'kpi' || s.layout === 'chart');
      for (const a of slides)
        for (const b of slides)
          if (a !== b && /\d/u.test(a.title)) expect(b.title.startsWith(`${a.title}，`), `${file}: ${a.title}`).toBe(false);
    }
  });
});

describe('a chart of shares', () => {
  it('names its bars by their subjects, not by the words of their whole (大同 2013: "第一产业增加值占地区生产总值的等3项指标占比"), the three industries as 三次产业', () => {
    const titles = chartsOf('datong-2013-bulletin.txt', '2013年').map((s) => s.chart!.title);
    expect(titles).toContain('2013年三次产业增加值占比（%）');
    for (const t of titles) expect(t).not.toMatch(/的等/u);
  });
});

describe('a chart of one measure over several times', () => {
  it('is titled by that measure, not as so many indicators (云南 2016: "烟草制品业增加值等6项增速" over 1-2月 … 1-7月)', () => {
    const titles = chartsOf('yunnan-2016-08-industry.txt', '2016年1-8月').map((s) => s.chart!.title);
    expect(titles).toEqual(expect.arrayContaining(['烟草制品业增加值增速（%）', '非烟工业增加值增速（%）']));
    expect(chartsOf('sichuan-2017-industry.txt', '2017年').map((s) => s.chart!.title)).toContain('规上工业增速（%）');
  });
});

describe('a chart of prices', () => {
  it('is of their 涨幅 when one of them fell (大同 2013: "娱乐教育文化用品及服务类增速" among 涨幅, the chart titled 增速)', () => {
    const prices = chartsOf('datong-2013-bulletin.txt', '2013年').find((s) => s.chart!.series.some((p) => p.label.startsWith('食品类')))!;
    expect(prices.chart!.title).toBe('2013年食品类价格等8项指标涨幅（%）');
    expect(prices.chart!.series.map((p) => p.label)).toContain('娱乐教育文化用品及服务类');
  });
});

// test/corpus/guizhou-2021-q3-prefectures.txt: "贵阳地区生产总值为…;黔南、铜仁、六盘水、黔西南位于…之间,分别为1310.35、…亿元"
// charted four places named alone, titled 前三季度黔南等4项; test/corpus/zhuhai-2013-bulletin-traditional.txt's districts,
// "2013年香洲等3項指標增速", measured nothing either.
describe('a chart of places named alone', () => {
  it('names the measure their sentence named before them', () => {
    const guizhou = chartsOf('guizhou-2021-q3-prefectures.txt', '2021年前三季度');
    const four = guizhou.find((s) => s.chart!.series.some((p) => p.label === '黔南'))!;
    expect(four.chart!.title).toBe('前三季度分市州地区生产总值（亿元）');
    const zhuhai = chartsOf('zhuhai-2013-bulletin-traditional.txt', '2013年');
    const districts = zhuhai.find((s) => s.chart!.series.some((p) => p.label === '香洲') && s.chart!.title.includes('增速'))!;
    expect(districts.chart!.title).toBe('2013年香洲等3項地區生產總值增速（%）');
  });

  it('never sets amounts of different measures on one axis (安源 2010: 生产总值、财政总收入、地方财政支出; 天津 2012)', () => {
    const anyuan = chartsOf('anyuan-2010-bulletin.txt', '2010年');
    expect(anyuan.some((s) => s.chart!.series.some((p) => p.label === '财政总收入') && s.chart!.unit === '万元')).toBe(false);
    // 天津 2012: 工业总产值 17332.3亿元 beside a 总投资 and 平均每个项目投资 was one chart, 前三季度工业总产值等3项指标.
    const tianjin = chartsOf('tianjin-2012-q3-industry.txt', '2012年前三季度');
    expect(
      tianjin.some((s) => s.chart!.series.some((p) => /投资/u.test(p.label)) && s.chart!.series.some((p) => /产值/u.test(p.label))),
    ).toBe(false);
    // Amounts of one measure stay one chart: 雅安 2024's 社会消费品零售总额 with its 城镇 and 乡村 零售额.
    const yaan = chartsOf('yaan-2024-q3-economy.txt', '2024年1-9月');
    expect(yaan.some((s) => s.chart!.series.some((p) => p.label.startsWith('乡村消费品零售额')))).toBe(true);
  });
});
