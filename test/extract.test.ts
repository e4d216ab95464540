/** The extractor against the curated figures of the bundled report, and against arbitrary text. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { REPORT_TEXT, RESOURCES } from './helpers';

interface Curated {
  key: string;
  valueText: string;
  unit: string;
  kind: string;
  quote: string;
  occurrence?: number;
}
const curated = (JSON.parse(readFileSync(join(RESOURCES, 'reports/cq-2015/report.json'), 'utf8')) as { figures: Curated[] }).figures.map(
  (f) => {
    const q = REPORT_TEXT.indexOf(f.quote);
    let at = -1;
    for (let n = 0; n <= (f.occurrence ?? 0); n++) at = f.quote.indexOf(f.valueText, at + 1);
    return { ...f, s: q + at, e: q + at + f.valueText.length };
  },
);

const overlaps = (x: Extracted, c: { s: number; e: number }) => x.valueStart < c.e && c.s < x.valueEnd;

function expectWellFormed(text: string, found: Extracted[]) {
  for (const x of found) {
    expect(text.slice(x.valueStart, x.valueEnd)).toBe(x.value);
    expect(text.slice(x.start, x.end)).toBe(x.quote);
    expect(x.start <= x.valueStart && x.valueEnd <= x.end).toBe(true);
    expect(Number.isFinite(x.number)).toBe(true);
    expect(x.label.length).toBeGreaterThan(0);
    expect(['actual', 'estimate', 'target']).toContain(x.status);
    // A number is negative only when the report says it fell (or writes the sign).
    if (x.number < 0)
      expect(
        x.value.startsWith('-') || /下降|减少|回落|下滑|降低|负增长|降幅|缩|低|慢|少|减|降|跌|后移|亏损|收窄|放缓/u.test(x.quote),
      ).toBe(true);
  }
}

describe('extractor on the bundled report', () => {
  // Extracted inside each test, not once for the describe block: mutation testing (docs/mutation.md) then
  // knows which tests reach which code, instead of running every test for every mutant.
  const extract = () => extractFigures(REPORT_TEXT);

  it('finds the curated figures (recall ≥ 95%) with few false ones (precision ≥ 90%)', () => {
    const found = extract();
    const hits = found.filter((x) => curated.some((c) => overlaps(x, c)));
    const missed = curated.filter((c) => !found.some((x) => overlaps(x, c)));
    const recall = (curated.length - missed.length) / curated.length;
    const precision = hits.length / found.length;
    console.log(
      `extractor on the bundled report: ${found.length} found, ${curated.length} curated, ` +
        `recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%` +
        (missed.length ? `; missed ${missed.map((m) => m.key).join(', ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads units as the curated data does', () => {
    const found = extract();
    const wrong = curated
      .map((c) => ({ c, x: found.find((x) => overlaps(x, c)) }))
      .filter(({ c, x }) => x && c.kind !== 'multiple' && x.unit !== c.unit)
      .map(({ c, x }) => `${c.key}: ${x!.unit} ≠ ${c.unit}`);
    expect(wrong).toEqual([]);
  });

  it('proposes sensible kinds, qualifiers and labels', () => {
    const found = extract();
    const at = (v: string, u: string) => found.find((x) => x.value === v && x.unit === u)!;
    expect(at('18.6', '%')).toMatchObject({ kind: 'growth', label: '规模工业产值年均增速', period: '“十二五”时期' });
    expect(at('2.45', '万亿元')).toMatchObject({ status: 'estimate', label: '工业总产值' });
    expect(at('1/3', '')).toMatchObject({ kind: 'share' });
    expect(at('300', '万辆')).toMatchObject({ kind: 'level', qualifier: '突破', label: '汽车产业年产量' });
    expect(at('6', '个百分点')).toMatchObject({ kind: 'change' });
    expect(at('20', '%')).toMatchObject({ kind: 'growth', qualifier: '超过' });
    expect(at('300', '个')).toMatchObject({ qualifier: '多' });
    expect(found.find((x) => x.value === '翻了三番')).toMatchObject({ kind: 'multiple', number: 8 });
    expect(found.filter((x) => x.kind === 'growth' || x.kind === 'share').every((x) => x.unit === '%' || x.unit === '')).toBe(true);
  });

  it('does not take dates, years or named frameworks for figures', () => {
    const found = extract();
    const values = found.map((x) => x.value + x.unit);
    for (const not of ['2月', '4日', '2015', '860', '36', '500']) expect(values.some((v) => v.startsWith(not))).toBe(false);
  });

  it('gives every figure its exact spans', () => expectWellFormed(REPORT_TEXT, extract()));
});

/** The one figure written as `value` + `unit` in `text` (fails when there is none or several). */
function one(text: string, value: string, unit?: string, opts?: { asOf?: string }): Extracted {
  const all = extractFigures(text, opts).filter((x) => x.value === value && (unit === undefined || x.unit === unit));
  expect(all, `${value}${unit ?? ''} in ${text}`).toHaveLength(1);
  return all[0];
}

describe('extractor semantics (issue 19)', () => {
  it('signs a decline negative and keeps it a growth rate', () => {
    expect(one('全市规模以上工业增加值增长6.2%，其中汽车产业下降4.1%。', '4.1')).toMatchObject({
      number: -4.1,
      kind: 'growth',
      unit: '%',
      label: '汽车产业增速',
    });
    expect(one('1-7月，全市固定资产投资同比下降21.1%。', '21.1')).toMatchObject({ number: -21.1, period: '1-7月' });
    expect(one('运营成本降低25.2%。', '25.2').number).toBe(-25.2);
    expect(one('全国农村贫困人口3046万人，比上年末减少1289万人。', '1289')).toMatchObject({ number: -1289, kind: 'change', unit: '万人' });
    expect(one('工业利润增长-3.2%。', '-3.2')).toMatchObject({ number: -3.2, kind: 'growth' });
  });

  it('reads a full-width ％ as %, so the rate stays a growth rate', () => {
    expect(one('全市地区生产总值增长10.3％。', '10.3')).toMatchObject({ number: 10.3, unit: '%', kind: 'growth' });
    expect(one('全市工业投资下降2.5％。', '2.5')).toMatchObject({ number: -2.5, unit: '%', kind: 'growth' });
    // Same figure, same reading, whichever percent sign the report used.
    const [half, full] = ['增长10.3%', '增长10.3％'].map((t) =>
      extractFigures(`全市地区生产总值${t}。`).map(({ unit, kind, number }) => ({ unit, kind, number })),
    );
    expect(full).toEqual(half);
  });

  it('reads changes of a rate in percentage points with their direction', () => {
    const text =
      '7月当月，规模以上工业增加值同比下降21.8%，降幅较6月收窄3.6个百分点。固定资产投资增长44.8%，增速回落8.1个百分点，比今年1-6月提高0.8个百分点。';
    expect(one(text, '3.6')).toMatchObject({ number: 3.6, kind: 'change', label: '规模以上工业增加值降幅变化' });
    expect(one(text, '8.1')).toMatchObject({ number: -8.1, kind: 'change', label: '固定资产投资增速变化' });
    expect(one(text, '0.8')).toMatchObject({ number: 0.8, kind: 'change' });
    expect(one('贫困发生率3.1%，比上年末下降1.4个百分点。', '1.4')).toMatchObject({ number: -1.4, label: '贫困发生率变化' });
  });

  it('takes a level reached (下降到, 降至) as a level, not a fall', () => {
    const text = '全国农村贫困发生率从2012年的10.2%下降至2016年的4.5%，下降5.7个百分点。';
    expect(one(text, '10.2')).toMatchObject({ number: 10.2, kind: 'share', period: '2012年', label: '全国农村贫困发生率' });
    expect(one(text, '4.5')).toMatchObject({ number: 4.5, kind: 'share', period: '2016年' });
    expect(one(text, '5.7')).toMatchObject({ number: -5.7, kind: 'change' });
  });

  it('gives every item of a 分别 list its own subject, value and unit', () => {
    const text = '“十三五”期间，固定资产投资、社会消费品零售总额、进出口总值年均分别增长7.6%、9%、7%。';
    expect(one(text, '7.6')).toMatchObject({ label: '固定资产投资年均增速', kind: 'growth', period: '“十三五”时期' });
    expect(one(text, '9')).toMatchObject({ label: '社会消费品零售总额年均增速', unit: '%' });
    expect(one(text, '7')).toMatchObject({ label: '进出口总值年均增速', unit: '%' });
    // The unit written once after the last number belongs to every one.
    const points = extractFigures('两项指标分别高于全国平均水平6.4和5.4个百分点。');
    expect(points.map((x) => [x.value, x.unit, x.kind])).toEqual([
      ['6.4', '个百分点', 'change'],
      ['5.4', '个百分点', 'change'],
    ]);
    // A head noun written once: 新能源汽车、集成电路产量; a mixed list: 倍 and %.
    const mixed = '新能源汽车、集成电路产量分别增长1.6倍和4.8%。';
    expect(one(mixed, '1.6')).toMatchObject({ kind: 'multiple', unit: '倍', label: '新能源汽车产量增长倍数' });
    expect(one(mixed, '4.8')).toMatchObject({ kind: 'growth', label: '集成电路产量增速' });
  });

  it('takes 分别 subjects from the figures before, or from an enumeration in an earlier clause', () => {
    const text = '装备制造业、高技术制造业增加值同比分别增长8.4%、5.9%，分别比规模以上工业增加值快4.6个百分点、2.1个百分点。';
    expect(one(text, '2.1').label).toMatch(/^高技术制造业增加值/u);
    expect(one(text, '4.6').label).toMatch(/^装备制造业增加值/u);
    const retail = '电子出版物及音像制品类、通讯器材类、家用电器和音像器材类同比增长较快，零售额增速分别为319.0%、58.3%、48.6%。';
    expect(one(retail, '58.3')).toMatchObject({ label: '通讯器材类零售额增速', kind: 'growth' });
  });

  it('never takes a comparison base or another figure’s target year for a period', () => {
    const text =
      '2019年，贫困地区农村居民人均可支配收入8452元，是2007年的3倍。力争到2022年，全市工业总产值达到3万亿元。规模工业利润1380亿元。';
    expect(one(text, '3', '倍')).toMatchObject({ period: '2019年', kind: 'multiple' });
    expect(one(text, '3', '万亿元')).toMatchObject({ period: '2022年', status: 'target' });
    expect(one(text, '1380', '亿元', { asOf: '2019年' })).toMatchObject({ period: '2019年', status: 'actual' });
  });

  it('reads periods: month ranges, plan periods, the report’s own period', () => {
    expect(one('1至7月，全市规模以上工业增加值同比增长4.6%。', '4.6').period).toBe('1-7月');
    expect(one('2012年1-10月，工业收入同比增长9.3%。', '9.3').period).toBe('2012年1-10月');
    expect(one('上半年，社会消费品零售总额增长5%。', '5').period).toBe('上半年');
    expect(one('“十三五”期间，我国发布285项智能制造国家标准。', '285')).toMatchObject({ period: '“十三五”时期', kind: 'count' });
    expect(one('2019年统计公报\n\n全年粮食产量1.3万亿斤。', '1.3').period).toBe('2019年');
    expect(one('社会消费品零售总额增长5%。', '5', '%', { asOf: '2021年' }).period).toBe('2021年');
  });

  it('reads kinds: multiples, shares, levels named 增加值, ranks', () => {
    expect(one('软件业务收入增长5.2倍。', '5.2')).toMatchObject({ kind: 'multiple', unit: '倍' });
    expect(one('分行业看，在产的34个工业行业中，增长面为57.5%。', '57.5').kind).toBe('share');
    expect(one('全年实现工业增加值603.95亿元。', '603.95')).toMatchObject({ kind: 'level', number: 603.95, label: '工业增加值' });
    expect(one('中国在“全球创新指数”中排名第十四位，比2015年上升15位。', '十四')).toMatchObject({ kind: 'rank', number: 14 });
    // Places gained are a change of the rank, not a place.
    expect(one('中国在“全球创新指数”中排名第十四位，比2015年上升15位。', '15')).toMatchObject({ kind: 'change', number: 15 });
    expect(one('第一产业增加值占地区生产总值比重为7.1%。', '7.1')).toMatchObject({
      kind: 'share',
      label: '第一产业增加值占地区生产总值比重',
    });
  });

  it('marks targets and estimates, and keeps every qualifier', () => {
    const text = '今年发展主要预期目标是：国内生产总值增长6.5%左右；城镇新增就业1100万人以上，城镇调查失业率5.5%以内。';
    expect(one(text, '6.5')).toMatchObject({ status: 'target', qualifier: '左右', kind: 'growth' });
    expect(one(text, '1100')).toMatchObject({ status: 'target', qualifier: '以上', unit: '万人' });
    expect(one(text, '5.5')).toMatchObject({ status: 'target', qualifier: '以内' });
    expect(one('预计全年规模以上工业增加值增长7%左右。', '7')).toMatchObject({ status: 'estimate', qualifier: '左右' });
    expect(one('全年粮食产量超过1.3万亿斤，人均可支配收入1.2万多元。', '1.3')).toMatchObject({ qualifier: '超过', unit: '万亿斤' });
    expect(one('全年粮食产量超过1.3万亿斤，人均可支配收入1.2万多元。', '1.2')).toMatchObject({ qualifier: '多', unit: '万元' });
    expect(one('近100家单项冠军企业落户。', '100')).toMatchObject({ qualifier: '近', unit: '家' });
  });

  it('finds figures written before their noun, new units, and 成', () => {
    expect(one('190.6万农村贫困人口全部脱贫。', '190.6')).toMatchObject({ unit: '万', label: '农村贫困人口' });
    expect(one('新增高标准农田1700万亩。', '1700')).toMatchObject({ unit: '万亩', label: '新增高标准农田' });
    expect(one('民营经济贡献了近六成的税收。', '六')).toMatchObject({ unit: '成', number: 6, qualifier: '近', kind: 'share' });
    expect(one('全社会用电量1200亿千瓦时。', '1200').unit).toBe('亿千瓦时');
    expect(one('港口集装箱吞吐量320万标箱。', '320').unit).toBe('万标箱');
    expect(one('研制周期缩短2.5个月。', '2.5')).toMatchObject({ unit: '个月', kind: 'change', number: -2.5 });
    expect(one('平均审批时间为2.5个月。', '2.5')).toMatchObject({ unit: '个月', kind: 'level' });
    // 安康市工信局 2019 (held-out set 9).
    expect(one('先后在北京、雄安新区、太原等地开展招商推介活动10余场次。', '10')).toMatchObject({
      unit: '场次',
      qualifier: '余',
      kind: 'count',
    });
  });

  it('does not take class names, durations, dates, ordinals or frameworks for figures', () => {
    for (const text of [
      '七大千亿级产业集群加快发展。',
      '前7个月工业用电连续4个月增长。',
      '8月16日，市统计局发布数据。',
      '构建“1+2+7+36”产业体系。',
      '5G基站和PM2.5治理。',
      '第3批示范基地。',
      '一批世界知名企业落户。',
      '建设10万吨级码头。',
    ])
      expect(extractFigures(text), text).toEqual([]);
    // 雅安经开区 2021年上半年 (held-out set 9): a duration after 持续, and an amount that bounds a class of firms.
    const yaan = '上半年，经开区规上工业增加值同比增长23.5%，持续6个月稳居全市第一。税收500万元以上企业6家，较上年增长3家。';
    expect(extractFigures(yaan).map((f) => f.value + f.unit)).toEqual(['23.5%', '一位', '6家', '3家']);
    expect(extractFigures(yaan)[1].label).toBe('经开区规上工业增加值位次');
    expect(one('年产值10亿元及以上企业5家。', '5').unit).toBe('家');
    expect(extractFigures('年产值10亿元及以上企业5家。').map((f) => f.value)).toEqual(['5']);
  });

  it('never leaves a label empty, a bare verb or holding another figure', () => {
    const text =
      '全县地区生产总值1514976万元，比上年增长2.7%。其中，第一产业增加值99455.3万元，增长3.2%，占生产总值的比重为6.6%；第二产业增加值693684万元，下降3.3%。';
    for (const x of extractFigures(text)) {
      expect(x.label.length).toBeGreaterThan(1);
      expect(x.label).not.toMatch(/^(?:有|达到|比上年提高|增长|（未命名）)$/u);
      expect(x.label).not.toMatch(/\d+(?:\.\d+)?(?:%|万元|个百分点)/u);
    }
    expect(one(text, '3.3')).toMatchObject({ label: '第二产业增加值增速', number: -3.3 });
  });
});

/**
 * Sentences of real reports of the genre (addresses in the comments), shortened to the clauses that hold
 * the figures.
 */
describe('extractor on real report sentences', () => {
  // http://honglinkj.com/tjxx/content_1736281.html (a municipal 1-7月 economic bulletin)
  it('a municipal bulletin: declines, 其中, balances', () => {
    const text =
      '三、社会消费品零售总额下降5.9%。全市实现社会消费品零售总额825.81亿元。按经营地分，城镇下降6.1%，乡村下降4.6%。四、一般公共预算收入下降5.1%。全市一般公共预算收入190.11亿元，其中税收收入161.10亿元，下降5.3%。';
    expect(one(text, '5.9')).toMatchObject({ number: -5.9, kind: 'growth', label: '社会消费品零售总额增速' });
    expect(one(text, '825.81')).toMatchObject({ kind: 'level', label: '社会消费品零售总额' });
    expect(one(text, '6.1')).toMatchObject({ number: -6.1, label: '城镇增速' });
    expect(one(text, '5.3')).toMatchObject({ number: -5.3, label: '税收收入增速' });
  });

  // http://www.040a.cn/zwgk/sjfb/dssj/content/post_4766356.html (中山 1-7月)
  it('a city bulletin: shares after growth, 比重 changes', () => {
    const text = '1-7月，全市固定资产投资同比下降21.1%。工业投资同比下降8.9%，占固定资产投资比重48.7%，比重同比提高6.6个百分点。';
    expect(one(text, '48.7')).toMatchObject({ kind: 'share', label: '工业投资占固定资产投资比重', period: '1-7月' });
    expect(one(text, '6.6')).toMatchObject({ kind: 'change', number: 6.6, label: '工业投资占固定资产投资比重变化', period: '1-7月' });
  });

  // https://share1.kxm.xmtv.cn/xmtv/2020-12-16/0fd613c991a3c1dc.html (人民日报 on 工业和信息化 in the 十三五)
  it('an industry report: spans of years, 由…增至…, counts', () => {
    const text =
      '2016年到2019年，中国全部工业增加值由24.54万亿元增至31.71万亿元，年均增长5.9%。截至2020年9月底，建成超过70个有影响力的工业互联网平台，连接工业设备数量达到4000万套。';
    expect(one(text, '24.54')).toMatchObject({ period: '2016年', kind: 'level' });
    expect(one(text, '31.71')).toMatchObject({ period: '2019年', kind: 'level' });
    expect(one(text, '5.9')).toMatchObject({ period: '2016-2019年', kind: 'growth', label: '中国全部工业增加值年均增速' });
    expect(one(text, '70')).toMatchObject({ qualifier: '超过', label: '工业互联网平台', period: '2020年9月底' });
  });

  // https://quyushuju.com/forum.php?mod=viewthread&tid=41675 (2019年洪洞县国民经济和社会发展统计公报)
  it('a county communiqué: the title gives the period', () => {
    const text =
      '2019年洪洞县国民经济和社会发展统计公报\n全年全县城镇新增就业5394人，年末城镇登记失业率0.57%。全县居民消费价格比上年上涨2.7%。';
    expect(one(text, '5394')).toMatchObject({ kind: 'count', label: '城镇新增就业', period: '2019年' });
    expect(one(text, '0.57')).toMatchObject({ kind: 'share', label: '城镇登记失业率' });
    expect(one(text, '2.7')).toMatchObject({ kind: 'growth', number: 2.7, label: '居民消费价格涨幅' });
  });

  // https://cn.dailyeconomic.com/ah/2024/07/24/1779.html (安徽 上半年工业; held out: not tuned on)
  it('a provincial industry bulletin: contributions, X占 of the subject before, 去年同期', () => {
    const text =
      '上半年,全省装备制造业增加值同比增长15.2%,为全省规上工业增长贡献67.1%,占规上工业增加值的比重达40.3%。上半年,高技术制造业增加值增长22.3%、比全国高13.6个百分点,增加值占全省规上工业的比重由去年同期的12.8%上升至15.3%。';
    const opts = { asOf: '2024年上半年' };
    expect(one(text, '67.1', '%', opts)).toMatchObject({ kind: 'share', label: '装备制造业增加值贡献率' });
    expect(one(text, '40.3', '%', opts).label).toBe('装备制造业增加值占规上工业增加值的比重');
    expect(one(text, '12.8', '%', opts)).toMatchObject({ label: '高技术制造业增加值占全省规上工业的比重', period: '2023年上半年' });
    expect(one(text, '15.3', '%', opts)).toMatchObject({ label: '高技术制造业增加值占全省规上工业的比重', period: '上半年' });
  });

  // https://ln.cri.cn/n/20230703/ce52f8f2-da13-a70b-2ff7-f60ec9e717b9.html (辽宁 1-5月工业; held out)
  it('a provincial bulletin: 1月至5月, counted nouns before 中, shares of the noun after 的', () => {
    const text =
      '据统计,今年1月至5月,全省规上工业增加值同比增长5.3%。40个工业大类行业中,24个行业增加值实现同比增长,增长面达60%。问卷调查显示,全省59.1%的规上工业企业产值同比增长或持平。';
    expect(one(text, '5.3')).toMatchObject({ period: '1-5月', kind: 'growth' });
    expect(one(text, '40')).toMatchObject({ kind: 'count', label: '工业大类行业' });
    expect(one(text, '59.1').label).toContain('规上工业企业');
  });

  // http://news.sohu.com/20111213/n328810629.shtml (黑龙江 2011 粮食; held out)
  it('a news report: subjects after 为, bare 增/减 inherit, 增产量 is a change', () => {
    const text =
      '粮食增产量111.5亿斤,占全国总增产量的22.5%。“四增为水稻产量412.4亿斤,比上年增加43.6亿斤,增11.8%;一减为大豆产量108.3亿斤,比上年减少8.7亿斤,减7.5%。”这个比重继2010年提高1.0个百分点的基础上,再次上升了0.6个百分点。';
    const opts = { asOf: '2011年' };
    expect(one(text, '111.5', '亿斤', opts).kind).toBe('change');
    expect(one(text, '412.4', '亿斤', opts)).toMatchObject({ kind: 'level', label: '水稻产量' });
    expect(one(text, '11.8', '%', opts)).toMatchObject({ kind: 'growth', label: '水稻产量增速' });
    expect(one(text, '7.5', '%', opts)).toMatchObject({ number: -7.5, label: '大豆产量增速' });
    expect(one(text, '0.6', '个百分点', opts).period).toBe('2011年');
  });

  // http://zhongguo.center/news/web/041553025.html (陕西 2019 制造业; held out)
  it('an industry news report: N年来 and N年平均 spans, base years never the period', () => {
    const text =
      '2019年,全省规模以上工业完成总产值26645.82亿元,较2014年增长33.1%。五年来,省工信厅共安排省级工业发展资金59亿元;被评为国家级绿色工厂26户。汽车产业省政府专门设立40亿元专项资金。';
    const opts = { asOf: '2019年' };
    expect(one(text, '33.1', '%', opts).period).toBe('2019年');
    expect(one(text, '59', '亿元', opts).period).toBe('2015-2019年');
    expect(one(text, '26', '户', opts).label).toBe('国家级绿色工厂');
    expect(one(text, '40', '亿元', opts).label).toBe('专项资金');
    expect(one('2010年全省实现生产总值27100亿元,五年平均增长11.8%,人均生产总值51800元。', '11.8').period).toBe('“十一五”时期');
    expect(one('2010年全省实现生产总值27100亿元,五年平均增长11.8%,人均生产总值51800元。', '51800').period).toBe('2010年');
  });

  // https://x56846.com/news/HVQLPUGV0530NLC9 (2023年政府工作报告; held out)
  it('a government work report: targets keep 左右 and 以上, dates are no figures', () => {
    const text =
      '3月13日,十四届全国人大一次会议表决通过了关于政府工作报告的决议。报告指出,今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右;粮食产量保持在1.3万亿斤以上。';
    const found = extractFigures(text, { asOf: '2023年' });
    expect(found.map((f) => f.value)).toEqual(['5', '1200', '1.3']);
    expect(found.every((f) => f.status === 'target' && f.period === '2023年')).toBe(true);
    expect(found.map((f) => f.qualifier)).toEqual(['左右', '左右', '以上']);
  });

  // http://scable.com.cn/html/6813.html, https://hngx.rednet.cn/content/646846/59/13535742.html (issue 19's second held-out set)
  it('an industry bulletin: two-year averages of this year’s months, the noun after 成, industries and how they fared', () => {
    const text =
      '上半年,福建全省规模以上工业增加值同比增长14.6%,与2019年同期相比,两年平均增长7.1%。分行业看,上半年,福建省近九成行业恢复到疫情前水平。其中,装备制造业作用突出,比上年增长8.9%。';
    const found = (v: string) => one(text, v, undefined, { asOf: '2021年上半年' });
    expect(found('7.1')).toMatchObject({ period: '上半年', kind: 'growth' });
    expect(found('九')).toMatchObject({ label: '行业', unit: '成', qualifier: '近' });
    expect(found('8.9').label).toBe('装备制造业增速');
  });

  // http://nanning.china.com.cn/2016-01/27/content_8549352.htm, http://ss111ss.com/article/detail/1491887.html
  it('class names and slogans are no figures; 全国第一 is a rank; X%的增速 is a growth rate', () => {
    const text =
      '工业经济实现四个“超40%”。预计新增两个2000亿元产业，千亿元产业实现新突破，利润突破千亿元。电子信息保持30%的增速。钢铁环保绩效A级企业55家、保持全国第一，一跃成为全国第一产粮大省。';
    const found = extractFigures(text);
    expect(found.map((f) => f.value)).toEqual(['千亿', '30', '55', '一']);
    expect(found[1]).toMatchObject({ kind: 'growth', label: '电子信息增速' });
    expect(found[3]).toMatchObject({ kind: 'rank', unit: '位', label: '钢铁环保绩效A级企业位次' });
  });

  // http://data.acmr.com.cn/freesource/zixunshow.asp?id=35395, http://jjatech.com/article/5437, https://in-en.com/data/html/energy-2232058.shtml
  it('a space before the unit, 计划投资 as a noun, 好于一季度 as a base, a count after a list of its members', () => {
    expect(one('全年实现生产总值6790.32 亿元,比上年增长8.1%。', '6790.32')).toMatchObject({ unit: '亿元', label: '生产总值' });
    expect(one('第三季度,吉林省新开工项目919个,计划投资1362.6亿元,同比增长12.1%。', '1362.6').status).toBe('actual');
    const h1 = '上半年,23个行业生产状况好于一季度,其中,8个行业增速加快。';
    expect(one(h1, '8', undefined, { asOf: '2018年上半年' }).period).not.toBe('一季度');
    expect(one('上半年汽车制造业、医药制造业、电力热力生产和供应业4个行业合计拉动全市工业增长2.2个百分点。', '4').label).toBe('行业');
  });

  // http://dwqgbh.cn/news/d24db40197af9db7ff8f8f2284cd5636/index.html (北京 2024, held-out set 32)
  it('a count after the fields it is in (…等领域) is of the noun after it', () => {
    const beijing = '全力应对需求不足、预期不稳等下行压力,围绕产业痛点、企业难点,出台商业航天、医疗器械等领域40项产业政策。';
    expect(one(beijing, '40')).toMatchObject({ label: '产业政策', kind: 'count', unit: '项' });
    // The noun right after the count stays the subject when no fields stand before it.
    expect(one('组织攻关项目400余项,50多项成果落地。', '50').label).toBe('成果');
  });

  // http://cppc-bj.com/tw/guotuguibao/longzihao/2022/0922/5123.html, http://imega.org.cn/Image/info/237.html
  it('a second 分别 list takes the subjects of the first; a level reached in a span of years is of its last year', () => {
    const text =
      '2021年全省规模以上高技术制造业、战略性新兴产业增加值分别比上年增长38.2%、18.8%,远高于全省规模以上工业增加值8.9%的增速,占全省规模以上工业增加值的比重分别达到了6.1%和10.4%。';
    expect(one(text, '8.9')).toMatchObject({ label: '规模以上工业增加值增速', kind: 'growth', number: 8.9 });
    expect(one(text, '6.1').label).toMatch(/^规模以上高技术制造业增加值占/u);
    expect(one(text, '10.4').label).toMatch(/^战略性新兴产业增加值占/u);
    const decade =
      '2012年到2021年,内蒙古全部工业增加值从3500多亿元增长到7900多亿元,年均增长6.5%,电力总装机达到1.56亿千瓦,累计生产煤炭98.9亿吨。';
    expect(one(decade, '6.5').period).toBe('2012-2021年');
    expect(one(decade, '1.56').period).toBe('2021年');
    expect(one(decade, '98.9').period).toBe('2012-2021年');
  });

  // https://cn.dailyeconomic.com/hi/2024/08/04/1878.html, https://szb.nxrb.cn/nxrb/pc/con/202407/23/content_127973.html,
  // https://bshib.com/news/show-123779.html (issue 19's third held-out set)
  it('第一季度 is no rank, 从…的第23位 has its own period, the clause before 分别 names the items, a bare 贡献率 is of the subject before', () => {
    const rank = '上半年,规模以上工业增加值同比增长8.4%,增速全国排名从第一季度的第23位提升到第9位。';
    const ranks = extractFigures(rank, { asOf: '2024年上半年' });
    expect(ranks.map((f) => f.value)).toEqual(['8.4', '23', '9']);
    expect(ranks[1].period).toBe('一季度');
    expect(ranks[2].period).not.toBe('一季度');
    const pair = '全省11个市县规模以上工业增加值实现增长,增长面61.1%,尤其是儋州和三亚,分别增长15.5%、1.5倍。';
    expect(one(pair, '15.5').label).toBe('儋州增速');
    expect(one(pair, '1.5').label).toBe('三亚增长倍数');
    const share = '其中,石油石化行业增长11.9%,贡献率达11.5%;有色增长0.7%。';
    expect(one(share, '11.5').label).toBe('石油石化行业贡献率');
    expect(one(share, '0.7').label).toBe('有色增速');
  });
});

describe('issue 19’s fourth held-out set (上海, 北京, 青海, 西藏, 新疆)', () => {
  // http://dzb.whb.cn/html/2019-01/28/content_750741.html
  it('reads a range 6%-6.5% as two ends of one figure, not a decline', () => {
    const range = extractFigures('今年预期目标\n■全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%。', { asOf: '2019年' });
    expect(range.map((f) => [f.value, f.number, f.kind, f.label, f.status])).toEqual([
      ['6', 6, 'growth', '生产总值增速', 'target'],
      ['6.5', 6.5, 'growth', '生产总值增速', 'target'],
      ['5', 5, 'growth', '地方一般公共预算收入增速', 'target'],
    ]);
    expect(one('工业增加值增长-3.2%。', '-3.2').number).toBe(-3.2);
  });

  // http://www.gov.cn/xinwen/2016-07/30/content_5096049.htm, http://qh.people.com.cn/n2/2022/0703/c181467-40021814.html
  it('takes a time of day after a date for no ratio', () => {
    expect(extractFigures('2016-07-30 09:15 来源: 西藏日报')).toEqual([]);
    expect(extractFigures('2022年07月03日09:22 | 来源:青海日报')).toEqual([]);
    expect(extractFigures('轻重工业比重由41.8:58.2转为39.9:60.1。').map((f) => f.kind)).toEqual(['share', 'share', 'share', 'share']);
    expect(extractFigures('两者之比为10:30。').map((f) => f.value)).toEqual(['10', '30']);
  });

  // http://jjyx.sheitc.sh.gov.cn/detail.jsp?articleId=3267&channelId=01
  it('reads rates in brackets after a growth clause as growth rates of the names inside', () => {
    const text = '全国规上工业增长1.8%,25个省市正增长(江苏4.4%、浙江3.9%),上海位列全国第28位。';
    expect(one(text, '4.4')).toMatchObject({ kind: 'growth', label: '江苏增速' });
    expect(one(text, '3.9')).toMatchObject({ kind: 'growth', label: '浙江增速' });
    expect(one(text, '25').label).toBe('省市');
    expect(one('工业增长5%(占全部工业的比重为30%)。', '30').kind).toBe('share');
  });

  it('gives 拉高 to the subject before, reads 可比增长 and 当月 as no subject, 下降面 as a noun', () => {
    const pull = '1-10月,电子行业产值4358亿元,可比增长6.3%,拉高规上工业0.9个百分点。';
    expect(one(pull, '6.3').label).toBe('电子行业产值增速');
    expect(one(pull, '0.9').label).toMatch(/^电子行业/u);
    expect(one('1-10月,全市规上工业增加值下降0.8%,其中10月当月增长8.9%。', '8.9').label).toBe('规上工业增加值增速');
    const fall = '56个行业小类中有44个出现不同程度下降,下降面达79%。';
    expect(one(fall, '44').label).toBe('行业小类');
    expect(one(fall, '79')).toMatchObject({ label: '下降面', kind: 'share' });
  });

  it('keeps a part of the period named after 其中 out of the sentences that follow', () => {
    const text = '1-10月,全市规上工业增加值下降0.8%,其中10月当月增长8.9%。从横向看,全国规上工业增长1.8%。';
    const found = extractFigures(text, { asOf: '2020年1-10月' });
    expect(found.map((f) => f.period)).toEqual(['1-10月', '2020年10月', '1-10月']);
    const again = '1-10月,总产值27581亿元,其中,10月完成产值3210亿元,增长7.3%。从横向看,全国规上工业增长1.8%。';
    expect(extractFigures(again, { asOf: '2020年1-10月' }).map((f) => f.period)).toEqual(['1-10月', '10月', '10月', '1-10月']);
  });

  // http://news.ts.cn/system/2021/11/09/036730828.shtml
  it('reads 增产/减产 as a change, and a share opening its clause as of the noun after it', () => {
    expect(one('我区今年夏粮增产超过1亿斤。', '1')).toMatchObject({ kind: 'change', number: 1, qualifier: '超过' });
    expect(one('全省粮食减产2万吨。', '2')).toMatchObject({ kind: 'change', number: -2 });
    expect(one('制造业生产明显加快,七成行业实现增长,71.2%工业品产量实现增长。', '71.2').label).toBe('工业品产量');
    // Not when a subject stands before it in the clause: the words after are its predicate.
    expect(one('增加值占全省规上工业的比重由去年同期的12.8%上升至15.3%。', '12.8').label).toBe('增加值占全省规上工业的比重');
  });
});

describe('issue 19’s eighth held-out set: numbers that are no figures', () => {
  // http://tjj.qinghai.gov.cn/infoAnalysis/tjMessage/202005/t20200522_243624.html
  it('takes the seconds of a time of day for no ratio', () => {
    expect(extractFigures('来源:工业处 日期:2020-05-22 09:25:00')).toEqual([]);
    expect(extractFigures('三次产业结构为7.3:38.8:53.9。').map((f) => f.value)).toEqual(['7.3', '38.8', '53.9']);
  });

  // http://www.juece.net.cn/DocHtml/1/25/01/00007967.html
  it('takes a tier (第一方阵, 第一梯队) for no place, and "每N…就有M" for no two figures', () => {
    expect(extractFigures('新增高新技术企业3500家,总数均居全国第一方阵;').map((f) => f.value)).toEqual(['3500']);
    expect(extractFigures('综合实力稳居全省第一梯队。')).toEqual([]);
    expect(extractFigures('整车出口量跃居全国首位,全国每出口4辆汽车就有1辆安徽造;')).toEqual([]);
    expect(extractFigures('光储产业综合竞争力评价居全国第3位;').map((f) => [f.value, f.kind])).toEqual([['3', 'rank']]);
    // A rate per head stays a figure: no 就有.
    expect(extractFigures('每10万人中有大学文化程度的人数15467人。').map((f) => f.value)).toContain('15467');
  });

  // test/corpus/zhejiang-2016-achievements.txt: the country's value in brackets is not the province's.
  it('labels a value in brackets after 全国 as the country’s, not the report’s own', () => {
    const text = '2016年,人均GDP为83538元,按可比价计算,比2011年增长43.1%,年均增长7.4%,是全国(53980元)的1.5倍。';
    const byValue = new Map(extractFigures(text).map((f) => [f.value, f.label]));
    expect(byValue.get('83538')).toBe('人均GDP');
    expect(byValue.get('53980')).toBe('全国人均GDP');
  });

  // test/corpus/guizhou-2009-industry.txt: a place counted from the bottom is no rank 1 (the province was last).
  it('takes 倒数第N for no place: read as 第一 it would rank the last province first', () => {
    const text = '位列全国第26位,西部第8位,全省人均国内生产总值在全国排名倒数第一。';
    expect(extractFigures(text).map((f) => f.value)).toEqual(['26', '8']);
    expect(extractFigures('该指标排名倒数第3位。')).toEqual([]);
  });
});

describe('issue 19’s ninth held-out set: subjects', () => {
  // http://fgw.jiyuan.gov.cn/14186/17304/20646/t675038.html
  it('takes "X与上月持平" for a comparison, not a list of the subjects of the 分别 values after it', () => {
    const text = '1-8月,全市规模以上工业增加值累计增长11.5%,居全省第6位,增速与上月持平,分别较去年同期和全年分别回落4.5、4.2个百分点;';
    const found = extractFigures(text, { asOf: '2012年1-8月' });
    expect(found.slice(2).map((f) => [f.value, f.number, f.label])).toEqual([
      ['4.5', -4.5, '规模以上工业增加值变化'],
      ['4.2', -4.2, '规模以上工业增加值变化'],
    ]);
    // The clause before still names the items when it lists them.
    expect(one('全省11个市县规模以上工业增加值实现增长,尤其是儋州和三亚,分别增长15.5%、1.5倍。', '15.5').label).toBe('儋州增速');
  });

  // https://jkq.yaan.gov.cn/xinwen/show/439fade84d88a9d0a9e12fd1bcc33abf.html
  it('reads 呈增长势头 as part of a subject, not the verb of a growth rate', () => {
    const text = '上半年,规上工业用电量6.42亿度,同比增长39.2%,呈增长势头企业占规上工业企业75.8%。';
    expect(one(text, '75.8')).toMatchObject({ label: '呈增长势头企业占规上工业企业比重', kind: 'share' });
    expect(one(text, '39.2')).toMatchObject({ label: '规上工业用电量增速', kind: 'growth' });
  });
});

describe('a base year with its own figure', () => {
  it('gives the number after 比2005年的 or in 继2010年…的基础上 the base year as its period, not a multiple of it', () => {
    const rank = '制造业增加值位列世界第7位，比2005年的第16位大幅提升了9位。';
    expect(one(rank, '16', undefined, { asOf: '2010年' }).period).toBe('2005年');
    expect(one(rank, '7', undefined, { asOf: '2010年' }).period).toBe('2010年');
    const basis = '这个比重继2010年提高1.0个百分点的基础上，再次上升了0.6个百分点。';
    expect(one(basis, '1.0', undefined, { asOf: '2011年' }).period).toBe('2010年');
    expect(one(basis, '0.6', undefined, { asOf: '2011年' }).period).toBe('2011年');
    const near = '在2007年粮食总产量达到近692.6亿斤的基础上，粮食总产量达到845亿斤。';
    expect(one(near, '692.6', undefined, { asOf: '2008年' }).period).toBe('2007年');
    expect(one(near, '845', undefined, { asOf: '2008年' }).period).toBe('2008年');
    const times = '粮食总产量达到1114亿斤，是2007年的1.4倍。';
    expect(one(times, '1.4', undefined, { asOf: '2011年' }).period).toBe('2011年');
  });
});

describe('a streak of years', () => {
  it("gives the figure of a 连续N年 clause the years up to the report's, and nothing after it", () => {
    const grain = '粮食总产量连续9年保持在1100万吨以上，粮食产量达到1231.5万吨。';
    expect(one(grain, '1100', undefined, { asOf: '2021年' }).period).toBe('2013-2021年');
    expect(one(grain, '1231.5', undefined, { asOf: '2021年' }).period).toBe('2021年');
  });
});

describe('the years of a yearly rate', () => {
  it('takes a yearly rate since a base year as over the years after it', () => {
    const gdp = '2016年，人均GDP为83538元，按可比价计算，比2011年增长43.1%，年均增长7.4%。';
    expect(one(gdp, '7.4').period).toBe('2012-2016年');
    expect(one(gdp, '43.1').period).toBe('2016年');
    const plan = '2010年广东全部工业增加值达2.16万亿元，比2005年翻了一番，年均增长14.4%。';
    expect(one(plan, '14.4', undefined, { asOf: '2010年' }).period).toBe('“十一五”时期');
  });

  it('takes the gap between yearly rates as over their years', () => {
    const two = '出口交货值较2019年增长18.4%，两年平均增长8.8%，两年平均增速高于2019年6.5个百分点。';
    expect(one(two, '6.5', undefined, { asOf: '2021年' }).period).toBe('2020-2021年');
    const plan = '“十三五”期间，全省工业增加值年均增长8%，年均增速比全国高2个百分点。';
    expect(one(plan, '2', undefined, { asOf: '2020年' }).period).toBe('“十三五”时期');
  });

  it('reads a rate named after its number (高于7.3%的全国年均增幅) as a yearly rate', () => {
    const text = '全省GDP从2011年的32363亿元跃升至2016年的46485亿元，年均增长7.9%，高于7.3%的全国年均增幅。';
    expect(one(text, '7.3').period).toBe('2012-2016年');
    expect(one(text, '7.9').period).toBe('2012-2016年');
  });
});

const DECLINE = ['下降', '减少', '回落', '下滑', '降低'];
const RISE = ['增长', '增加', '提高', '上升', '回升'];

describe('extractor on arbitrary input', () => {
  it('signs every number by the verb that governs it', () => {
    const subject = fc.constantFrom('工业增加值', '社会消费品零售总额', '出口总额', '城镇居民人均可支配收入', '汽车产业');
    const verb = fc.constantFrom(...DECLINE, ...RISE);
    const value = fc.integer({ min: 1, max: 9999 }).map((n) => String(n / 10));
    const unit = fc.constantFrom('%', '个百分点', '亿元', '万人');
    const lead = fc.constantFrom('', '同比', '比上年', '1-7月，', '全年');
    fc.assert(
      fc.property(fc.array(fc.tuple(lead, subject, verb, value, unit), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([l, s, v, n, u]) => `${l.endsWith('，') ? l + s : s + l}${v}${n}${u}。`).join('');
        const found = extractFigures(text);
        expect(found).toHaveLength(parts.length);
        found.forEach((x, i) => {
          const [, , v, n] = parts[i];
          expect(x.value).toBe(n);
          expect(x.number).toBe(DECLINE.includes(v) ? -Number(n) : Number(n));
          expect(text.slice(x.start, x.end)).toBe(x.quote);
          expect(text.slice(x.valueStart, x.valueEnd)).toBe(x.value);
        });
      }),
      { numRuns: 300 },
    );
  });

  const pieces = fc.constantFrom(
    '工业产值',
    '增长',
    '占全市',
    '2.45',
    '万亿元',
    '%',
    '1/3',
    '翻了一番',
    '多',
    '，',
    '。',
    '\n',
    '超过',
    '2015年',
    '3月4日',
    '“1+2”',
    '0/0',
    '9'.repeat(30),
    '千亿',
    '三批',
    '个百分点',
    'x',
    '𠀀',
    '\u0000',
  );

  it('never throws and always returns well-formed spans', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
        ),
        (text) => {
          const found = extractFigures(text);
          expectWellFormed(text, found);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Not in mutation runs (scripts/mutation.mjs sets MUTATION_MODULE): a time bound, not behaviour, and
  // seconds per mutant; npm test always runs it.
  it.skipIf(!!process.env.MUTATION_MODULE)('handles a 5 MB report in bounded time', () => {
    const big = REPORT_TEXT.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(REPORT_TEXT)));
    const t0 = performance.now();
    const found = extractFigures(big);
    const ms = performance.now() - t0;
    console.log(`extractor: ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
    expect(found.length).toBeGreaterThan(1000);
    // Generous (it takes a few seconds on a loaded 2-core machine): catches a quadratic slip, not noise.
    expect(ms).toBeLessThan(30_000);
  });
});
