/**
 * A 分别 list drafted as a chart names each bar by its own item, whole, and titles the slide without showing
 * one value cut from the rest — sentences of real reports of the genre (test/corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { buildChart } from '../src/shared/chart-model';
import type { ChartSpec, Figure } from '../src/shared/types';
import { ROOT } from './helpers';

const META = { key: 't', title: '导入的报告', organisation: '某市统计局', published: '2023-01-01', asOf: '2023年' };

function charts(text: string) {
  const bundle = draftBundle(META, text, extractFigures(text, { asOf: META.asOf }));
  return bundle.deck.slides.filter((s) => s.chart).map((s) => ({ title: s.title, labels: s.chart!.series.map((x) => x.label) }));
}

describe('a 分别 list as a chart', () => {
  it('names each bar by its item, not the list’s class or measure (石家庄 2023)', () => {
    const [c] = charts(
      '2023年,全市七大主要产业装备制造业、钢铁工业、医药制造业、食品工业、建材工业、纺织工业和石化工业增加值分别同比增长27.8%、11.4%、7.8%、4.7%、4.5%、1.1%和0.1%。',
    );
    expect(c.labels).toEqual(['装备制造业', '钢铁工业', '医药制造业', '食品工业', '建材工业', '纺织工业', '石化工业']);
    // The title names the list by its class, in the report's words, and shows no value cut from the others.
    expect(c.title).toBe('全市七大主要产业增加值分别同比增长');
  });

  it('takes the measure off the last item and names a classless list by its first item and 等 (泉州 2022)', () => {
    const [c] = charts('其中,金属制品业、农副食品加工业、纺织服装服饰业、专用设备制造业增加值同比分别增长43.8%、18.5%、12.2%、11.9%。');
    expect(c.labels).toEqual(['金属制品业', '农副食品加工业', '纺织服装服饰业', '专用设备制造业']);
    expect(c.title).toBe('金属制品业等增加值同比分别增长');
  });

  it('takes "两市规上工业增加值" off the last city (辽宁 2023)', () => {
    const [c] = charts('今年前5个月,沈阳、大连两市规上工业增加值同比分别增长12.5%和13.5%。');
    expect(c.labels).toEqual(['沈阳', '大连']);
  });

  it('names the bars of a list of comparisons by what each is compared with (泉州 2022: 分别较1—9月份和上年同期)', () => {
    const [c] = charts(
      '1—10月份,全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%,占比分别较1—9月份和上年同期提高0.1和1.2个百分点。',
    );
    expect(c.labels).toEqual(['较1—9月份', '较上年同期']);
  });

  it('keeps a long bar name whole up to two lines, never cutting its start (泉州 2022)', () => {
    const text = '全市规模以上建材—家居产业链群增加值同比增长6.0%;机械—电子产业链群增加值同比增长4.9%;机械装备产业增加值同比增长13.8%。';
    const [c] = charts(text);
    expect(c.labels[0]).toMatch(/^规模以上建材/u);
  });

  it('names the bars of one measure over several years by their years (四川 2017)', () => {
    const [c] = charts(
      '据介绍,分年度看,2013-2017年规上工业增速分别为11.1%、9.6%、7.9%、7.9%、8.5%,2017年实现了在2015、2016年触底基础上的增长加速。',
    );
    expect(c.labels).toEqual(['2013年', '2014年', '2015年', '2016年', '2017年']);
  });

  it('takes the year and place off the first item (甘肃 2021)', () => {
    const [c] = charts(
      '2021年全省规模以上高技术制造业、战略性新兴产业增加值分别比上年增长38.2%、18.8%,远高于全省规模以上工业增加值8.9%的增速。',
    );
    expect(c.labels).toEqual(['规模以上高技术制造业', '战略性新兴产业']);
  });

  it('takes a shared 占比 off the last item (汉中 2016: 二产、三产占比分别上升)', () => {
    const [c] = charts('一产占比较2010年下降3.9个百分点,二产、三产占比分别上升3.7、0.2个百分点。');
    expect(c.labels).toEqual(['二产', '三产']);
  });
});

// test/corpus/liaoning-2019-q1-industry-traditional.txt: "大連、鞍山…等7個市增速達10%以上" was a bar printed 10% beside the
// province's 9.0% and 12.5% (a chart prints a bar's number alone); test/corpus/anhui-2025-government-work.txt's
// "汽车产量增长40%以上" was a bar of 40%.
describe('a bound', () => {
  it('is a card, never a bar', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/liaoning-2019-q1-industry-traditional.txt'), 'utf8');
    const asOf = '2019年一季度';
    const xs = extractFigures(text, { asOf });
    const slides = draftBundle({ key: 'ln', title: '遼寧', organisation: '遼寧省統計局', published: '', asOf }, text, xs).deck.slides;
    const bound = xs.findIndex((x) => x.value === '10' && x.qualifier === '以上');
    expect(bound).toBeGreaterThanOrEqual(0);
    const key = `f${String(bound + 1).padStart(4, '0')}`;
    const bundle = draftBundle({ key: 'ln', title: '遼寧', organisation: '遼寧省統計局', published: '', asOf }, text, xs);
    expect(bundle.deck.slides.flatMap((s) => s.chart?.series ?? []).some((p) => 'figure' in p && p.figure === key)).toBe(false);
    expect(slides.flatMap((s) => s.body.kpis ?? []).some((k) => k.figure === key)).toBe(true);
  });

  // test/corpus/anhui-2025-government-work.txt: "全省地区生产总值增长5.5%以上;固定资产投资增长5%左右;规上工业增加值增长7%左右…".
  // A target's bound is the target's own form: a bar at its number, whose label says 以上 (shared/chart-numbers.ts).
  it('that is a target is a bar labelled with its words; a falling one is not', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/anhui-2025-government-work.txt'), 'utf8');
    const asOf = '2024年';
    const bundle = draftBundle(
      { key: 'ah', title: '安徽', organisation: '安徽省人民政府', published: '', asOf },
      text,
      extractFigures(text, { asOf }),
    );
    const targets = bundle.deck.slides.find((s) => s.chart?.title.includes('（目标，'))!.chart!;
    const figures = new Map(bundle.figures.map((f, i) => [i + 1, { ...f, id: i + 1 } as unknown as Figure]));
    const ids = new Map(bundle.figures.map((f, i) => [f.key, i + 1]));
    const spec: ChartSpec = {
      type: targets.type,
      title: targets.title,
      unit: targets.unit,
      series: targets.series.map((p) => ({ label: p.label, figureId: ids.get('figure' in p ? p.figure : '')! })),
    };
    expect(buildChart(spec, figures).rows.map((r) => `${r.label} ${r.display}`)).toEqual([
      '地区生产总值 5.5%以上',
      '固定资产投资 5%左右',
      '规上工业增加值 7%左右',
      '社会消费品零售总额 5.5%左右',
      '进出口总额 5.5%左右',
    ]);
    // An account of the year's bound ("汽车产量增长40%以上") stays a card.
    const car = bundle.figures.find((f) => f.valueText === '40' && f.qualifier === '以上')!;
    expect(bundle.deck.slides.flatMap((s) => s.chart?.series ?? []).some((p) => 'figure' in p && p.figure === car.key)).toBe(false);
    // test/corpus/hangzhou-2011-industry-targets.txt: "万元GDP能耗下降4.1%以上", a target, would be a bar below zero
    // labelled "-4.1%以上", a floor above −4.1%: it stays a card.
    const hz =
      '2012年杭州工业发展目标初步定为:规模以上工业销售产值同比增长12%,力争达到13%;工业增加值同比增长10%,力争10.5%;万元GDP能耗下降4.1%以上。';
    const hzFigs = extractFigures(hz, { asOf: '2012年' });
    expect(hzFigs.some((x) => x.qualifier === '以上' && x.number === -4.1)).toBe(true);
    const hzBundle = draftBundle({ key: 'hz', title: '杭州', organisation: '杭州市经信委', published: '', asOf: '2012年' }, hz, hzFigs);
    const falling = hzBundle.figures.find((f) => f.qualifier === '以上')!;
    expect(hzBundle.deck.slides.flatMap((s) => s.chart?.series ?? []).some((p) => 'figure' in p && p.figure === falling.key)).toBe(false);
  });
});

// test/corpus/hubei-2008-bulletin-traditional.txt: "輕重工業結構由2007年的28.0∶72.0變為29.0∶71.0" had bars 輕重工業結構（1）, （2）.
describe('a ratio of light to heavy industry', () => {
  it('names its bars 轻工业 and 重工业, in the report’s script', () => {
    const text = '全省規模以上工業完成增加值3842.33億元,比上年增長21.6%。輕重工業結構由2007年的28.0∶72.0變為29.0∶71.0。';
    const asOf = '2008年';
    const slides = draftBundle(
      { key: 'hb', title: '湖北', organisation: '湖北省統計局', published: '', asOf },
      text,
      extractFigures(text, { asOf }),
    ).deck.slides;
    const bars = slides.flatMap((s) => s.chart?.series ?? []).map((p) => p.label);
    expect(bars).toContain('輕工業');
    expect(bars).toContain('重工業');
  });
});

// test/corpus/gansu-2015-bulletin.txt: one chart set GDP's growth beside the rise of consumer prices, another the
// unemployment rate among the industries' shares of GDP.
describe('a chart of comparable figures', () => {
  it('never sets prices beside output, nor a rate of its own among shares', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/gansu-2015-bulletin.txt'), 'utf8');
    const asOf = '2015年';
    const slides = draftBundle(
      { key: 'gs', title: '甘肃', organisation: '甘肃省统计局', published: '', asOf },
      text,
      extractFigures(text, { asOf }),
    ).deck.slides;
    for (const s of slides.filter((x) => x.chart)) {
      const labels = s.chart!.series.map((p) => p.label);
      const prices = labels.filter((l) => /涨幅$|价格/u.test(l)).length;
      expect(prices === 0 || prices === labels.length, labels.join()).toBe(true);
      if (labels.some((l) => /比重$/u.test(l))) expect(labels, labels.join()).not.toContain('城镇登记失业率');
      if (prices) expect(s.chart!.title).toMatch(/涨幅/u);
    }
  });
});

// test/corpus/nantong-2019-08-industry.txt: "全市工业应税销售、工业用电量同比分别增长11.7%和2.3%" had a bar 工业 (its 用电量 taken
// for the list's measure), and "规模工业增加值、产值同比分别增长" a bar 产值同比.
describe('a list whose items name their own measures', () => {
  it('keeps the last item’s measure, without its 同比', () => {
    const text = '1-8月,全市工业应税销售、工业用电量同比分别增长11.7%和2.3%。全市规模工业增加值、产值同比分别增长7.3%和10.2%。';
    const asOf = '2019年1-8月';
    const slides = draftBundle(
      { key: 'nt', title: '南通', organisation: '南通市统计局', published: '', asOf },
      text,
      extractFigures(text, { asOf }),
    ).deck.slides;
    const bars = slides.flatMap((s) => s.chart?.series ?? []).map((p) => p.label);
    expect(bars).toEqual(expect.arrayContaining(['工业应税销售', '工业用电量', '规模工业增加值', '产值']));
    expect(bars).not.toContain('工业');
  });
});

// test/corpus/shaoyang-2023-10-industry.txt: industries whose names hold 、 are set apart by commas, and the clause of
// 分别 holds only the last: its bars read 计算机等增速, and its key message credited every value to 专用设备制造业.
describe('a list whose items are set apart by commas', () => {
  const SHAOYANG =
    '10月份,全市规模工业36个大类行业中,25个行业实现增长,增长面近6成。重点行业中,农副食品加工业,金属制品业,计算机、通信和其他电子设备制造业,电力、热力生产和供应业,橡胶和塑料制品业,汽车制造业,专用设备制造业增加值分别同比增长10.2%、11.4%、67.4%、6.5%、8.3%、42.0%、3.3%。';

  it('names each bar by its item, and gives no key message of the last item’s clause (邵阳 2023)', () => {
    const asOf = '2023年10月';
    const slides = draftBundle(META, SHAOYANG, extractFigures(SHAOYANG, { asOf })).deck.slides.filter((s) => s.chart);
    const c = slides.find((s) => s.chart!.series.length === 7)!;
    expect(c.chart!.series.map((p) => p.label)).toEqual([
      '农副食品加工业',
      '金属制品业',
      '计算机、通信和其他电子设备制造业',
      '电力、热力生产和供应业',
      '橡胶和塑料制品业',
      '汽车制造业',
      '专用设备制造业',
    ]);
    expect(c.title).toBe('农副食品加工业等增加值分别同比增长');
    expect(c.chart!.takeaway ?? '').not.toMatch(/^专用设备制造业/u);
  });

  it('is not read into a clause before that is no item (重庆 2019: 材料产业和电子产业实现两位数的较快增长,增速分别为…)', () => {
    const text = '九大支柱产业除汽车外均实现平稳增长。其中,材料产业和电子产业实现两位数的较快增长,增速分别为14.7%、14.3%。';
    const bars = charts(text).flatMap((c) => c.labels);
    expect(bars.join()).not.toMatch(/实现两位数/u);
  });
});

// test/corpus/zibo-2018-government-work.txt: "预计地区生产总值迈上5000亿元台阶" was a bar of 5000亿元 (twice, once
// labelled 主要指标) beside 一般公共预算收入 385.23亿元: a step crossed is a bound, written with no qualifier.
describe('a step crossed', () => {
  it('is a card, never a bar (淄博 2018)', () => {
    const text =
      '报告指出,2018全市经济社会发展稳中有进,预计地区生产总值迈上5000亿元台阶,同比增长6.5%左右,一般公共预算收入完成385.23亿元,同比增长6.54%,规模以上工业增加值完成1500亿元。';
    const asOf = '2018年';
    const slides = draftBundle(META, text, extractFigures(text, { asOf })).deck.slides;
    const bars = slides.flatMap((s) => s.chart?.series ?? []);
    const figures = draftBundle(META, text, extractFigures(text, { asOf })).figures;
    const step = figures.find((f) => f.valueText === '5000')!;
    expect(bars.map((b) => ('figure' in b ? b.figure : ''))).not.toContain(step.key);
  });
});

// test/corpus/guizhou-2021-q3-prefectures.txt: "黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间" made two bars, 1000 and
// 1500亿元, of the four places, beside 贵阳's 3102.44亿元; test/corpus/guangxi-2010-h1-industry.txt: "有4个产业增速在12%到39%
// 之间" two bars 产业增速 12% and 39%.
describe('the ends of a span a group lies in', () => {
  it('are cards, never bars, each told apart as the span’s 下限 or 上限', () => {
    const text =
      '分市州看,贵阳地区生产总值为 3102.44 亿元;遵义地区生产总值 3037.87 亿元;毕节达到 1585.86 亿元;黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间。';
    const b = draftBundle(META, text, extractFigures(text, { asOf: META.asOf }));
    const ends = b.figures.filter((f) => f.valueText === '1000' || f.valueText === '1500').map((f) => f.key);
    expect(ends).toHaveLength(2);
    const bars = b.deck.slides.flatMap((s) => s.chart?.series ?? []).map((p) => ('figure' in p ? p.figure : ''));
    expect(bars.filter((k) => ends.includes(k))).toEqual([]);
    expect(bars.length).toBeGreaterThanOrEqual(3);
    const rates = '上半年,有4个产业增速在12%到39%之间。';
    const cards = draftBundle(META, rates, extractFigures(rates, { asOf: META.asOf })).deck.slides.flatMap((s) => s.body.kpis ?? []);
    expect(cards.map((k) => k.caption)).toEqual(expect.arrayContaining(['产业增速（下限）', '产业增速（上限）']));
  });
});

describe('the items of a list opening with its months', () => {
  // test/corpus/beijing-2024-11-industry.txt: bars read "1—11月工业重点产业" and "信息软件业固定资产" (its 投资 taken off as
  // the list's measure, though 固定资产投资 is one measure).
  it('are named without the months, and 固定资产投资 keeps its 投资 (北京 2024)', () => {
    const text = '在电子、汽车、生物医药、智算中心等领域持续投资,1—11月工业重点产业和信息软件业固定资产投资分别同比增长43%和34%。';
    expect(charts(text).map((c) => c.labels)).toContainEqual(['工业重点产业', '信息软件业固定资产投资']);
  });
});

describe('a list of the three industries', () => {
  // 四平 2011: "预计全市地区生产总值近1000亿元,增长20%,其中三次产业增加值分别增长9%、30%和37%" was a chart of 三次产业增加值增速,
  // 三次产业增加值增速（2） and （3）.
  it('names its bars 第一产业, 第二产业, 第三产业, as a ratio of them does', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/siping-2011-government-work.txt'), 'utf8');
    const asOf = '2011年';
    const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
    const chart = bundle.deck.slides.find((s) => s.chart?.series.length === 3 && s.notes.includes('三次产业增加值分别增长'))!;
    expect(chart.chart!.series.map((p) => p.label)).toEqual(['第一产业', '第二产业', '第三产业']);
    expect(chart.title).toBe('三次产业增加值分别增长9%、30%和37%');
    expect(chart.chart!.title).toBe('2011年三次产业增加值增速（预计，%）');
  });
});

// test/corpus/chongqing-2017-07-industry.txt: the export delivery value's growth, a paragraph after the "6+1" industries',
// was a ninth bar of the industries' chart (分行业增速).
describe('a chart of industries gathered from several sentences', () => {
  it('leaves out the whole’s own measure said in another paragraph, which stays a card', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/chongqing-2017-07-industry.txt'), 'utf8');
    const asOf = '2017年1-7月';
    const b = draftBundle({ key: 'cq', title: '重庆', organisation: '', published: '', asOf }, text, extractFigures(text, { asOf }));
    const industries = b.deck.slides.find((s) => s.chart?.series.some((p) => p.label === '汽车制造业'))!;
    expect(industries.chart!.series.map((p) => p.label)).toEqual([
      '汽车制造业',
      '电子制造业',
      '装备制造业',
      '化工医药行业',
      '材料行业',
      '消费品行业',
      '能源工业',
    ]);
    const exports = b.figures.find((f) => f.valueText === '24.5')!;
    expect(b.deck.slides.some((s) => s.body.kpis?.some((k) => k.figure === exports.key || k.growth === exports.key))).toBe(true);
  });

  // test/corpus/liwan-2018-economy-traditional.txt: "全區規模以上工業總產值…同比下降7.5%。三大支柱行業中,醫藥制造業…" sets the
  // whole beside its parts in one paragraph; so does its chart.
  it('keeps the whole beside its parts when the report writes them in one paragraph', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/liwan-2018-economy-traditional.txt'), 'utf8');
    const asOf = '2018年';
    const slides = draftBundle({ key: 'lw', title: '荔湾', organisation: '', published: '', asOf }, text, extractFigures(text, { asOf }))
      .deck.slides;
    const chart = slides.find((s) => s.chart?.series.some((p) => p.label === '煙草制品業'))!;
    expect(chart.chart!.series.map((p) => p.label)).toEqual(['規模以上工業總產值', '醫藥制造業', '煙草制品業', '黑色金屬冶煉及壓延加工業']);
  });
});
