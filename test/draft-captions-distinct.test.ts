/**
 * KPI cards shown together never carry one caption over different figures: the drafted slide tells them apart by
 * what the report compares each with, else its period, else its kind — in the report's own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { basisOf, distinctCaptions, periodTag } from '../src/main/store/draft/distinct';
import { ROOT } from './helpers';

const META = { key: 't', title: '导入的报告', organisation: '某省统计局', published: '2022-01-01', asOf: '2021年' };

/** The captions of the drafted KPI cards, by the value each card shows. */
function cardCaptions(text: string): Map<string, string> {
  const accepted = extractFigures(text, { asOf: META.asOf });
  const bundle = draftBundle(META, text, accepted);
  const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
  const out = new Map<string, string>();
  for (const s of bundle.deck.slides)
    for (const k of s.body.kpis ?? []) out.set(`${byKey.get(k.figure)!.valueText}${byKey.get(k.figure)!.unit}`, k.caption);
  return out;
}

describe('cards that share a caption', () => {
  // test/corpus/fujian-2022-industry-informatization.txt: two cards read 重点项目, 2920个 and 1166个.
  it('name what was done with each count, said after its subject (福建 2022: 开工建设, 建成投产)', () => {
    const text =
      '项目招商力度加大,支撑作用增强,中沙古雷乙烯等2920个重点项目开工建设,天马AMOLED等1166个重点项目建成投产。工业绿色低碳转型加快。';
    const c = cardCaptions(text);
    expect(c.get('2920个')).toBe('重点项目（开工建设）');
    expect(c.get('1166个')).toBe('重点项目（建成投产）');
  });

  // test/corpus/yangling-2023-10-economy.txt: three cards read 工业产品 (1-10月), 23种, 12种 and 11种.
  it('name what the counted did, said right after the count (杨凌 2023: 增长, 下降)', () => {
    const text =
      '1-10月,示范区规上工业增加值增长14.3%。1-10月,统计监测的23种工业产品,12种增长,11种下降。精制食用植物油、鲜冷藏肉、中成药和电力电缆分别增长61.2%、29.1%、17.9%和10.6%。';
    const c = cardCaptions(text);
    expect(c.get('12种')).toMatch(/（增长）$/u);
    expect(c.get('11种')).toMatch(/（下降）$/u);
    expect(new Set([c.get('23种'), c.get('12种'), c.get('11种')]).size).toBe(3);
  });

  // test/corpus/wuhan-2016-bulletin.txt: two cards read 企业, 18户 and 134户.
  it('name what each count is said to be, right before its subject (武汉 2016: 产值过100亿元, 过10亿元)', () => {
    const text = '年末规模以上工业企业2514户。产值过100亿元的企业18户,过10亿元的企业134户。';
    const c = cardCaptions(text);
    expect(c.get('18户')).toBe('企业（产值过100亿元）');
    expect(c.get('134户')).toBe('企业（过10亿元）');
  });

  it('name the comparison each is made against (江苏 2021: 比上年, 较2019年, 两年平均)', () => {
    const text =
      '2021年,江苏省工业经济呈现出稳定恢复、稳中向好的良好发展态势。全省规模以上工业增加值比上年增长12.8%,较2020年提升6.7个百分点,较2019年增长19.7%,两年平均增长9.4%,年内工业生产总体平稳有序。';
    const c = cardCaptions(text);
    expect(c.get('12.8%')).toBe('规模以上工业增加值增速（比上年）');
    expect(c.get('19.7%')).toBe('规模以上工业增加值增速（较2019年）');
    expect(c.get('9.4%')).toBe('规模以上工业增加值增速（两年平均）');
    expect(new Set(c.values()).size).toBe(c.size);
  });

  it('name the period where the comparison is the same (泉州 1—10月 and 10月, both 同比)', () => {
    const text =
      '1—10月份,全市规模以上工业增加值同比增长3.4%,增速比1—9月份加快0.5个百分点,其中10月份增加值同比增长7.3%,比9月份加快0.9个百分点,工业大盘稳固向好。';
    const captions = [...cardCaptions(text).values()];
    expect(new Set(captions).size).toBe(captions.length);
    expect(captions.some((c) => c.includes('1-10月') || c.includes('1—9月份'))).toBe(true);
  });

  it('name the kind where only the kind differs (贵州 2009: a total and its share of the country)', () => {
    const text = '贵州国内生产总值为3894亿元,仅为全国的1.16%,位列全国第26位,西部第8位,全省人均国内生产总值在全国排名倒数第一。';
    const c = cardCaptions(text);
    expect(c.get('3894亿元')).not.toBe(c.get('1.16%'));
    expect(c.get('26位')).not.toBe(c.get('8位'));
    expect(c.get('8位')).toContain('西部');
  });

  it('keep their caption when they differ in nothing the report says', () => {
    const [x] = extractFigures('鲜切花产量2090.7万枝。', { asOf: '2025年一季度' });
    expect(
      distinctCaptions([
        { caption: '鲜切花产量', x },
        { caption: '鲜切花产量', x },
      ]),
    ).toEqual(['鲜切花产量', '鲜切花产量']);
  });
});

describe('the basis of a figure', () => {
  const basis = (sentence: string, value: string) => {
    const x = extractFigures(sentence).find((f) => f.value === value)!;
    return basisOf(x);
  };
  it('is the comparison in its own clause, as written', () => {
    expect(
      basis(
        '上半年,全省规模以上工业增加值同比增长14.6%,与2019年同期相比,两年平均增长7.1%,比一季度提高0.2个百分点,比全国高0.1个百分点。',
        '7.1',
      ),
    ).toBe('两年平均');
    expect(basis('上半年,全省规模以上工业增加值同比增长14.6%,比一季度提高0.2个百分点。', '0.2')).toBe('比一季度');
    expect(basis('上半年,全省规模以上工业增加值同比增长14.6%,比一季度提高0.2个百分点。', '14.6')).toBe('同比');
    expect(basis('规模以上工业增加值增长7.9%,高于全国1.9个百分点。', '1.9')).toBe('高于全国');
  });
  it('is empty when the clause names none', () => {
    expect(basis('全省规模以上工业增加值达到1.2万亿元。', '1.2')).toBe('');
  });
});

describe("a card whose period is not the report's", () => {
  it('names it, without the year the two share: a month beside its cumulative months, a plan period, a target year', () => {
    expect(periodTag('2023年12月', '2023年')).toBe('12月');
    expect(periodTag('2022年5月', '2022年1-5月')).toBe('5月');
    expect(periodTag('“十二五”时期', '2015年')).toBe('“十二五”时期');
    expect(periodTag('2021年', '2020年')).toBe('2021年');
    // The report's own period, however the text writes it, is not named again.
    for (const [period, asOf] of [
      ['2023年', '2023年'],
      ['1-5月', '2014年1-5月'],
      ['全年', '2015年'],
      ['2024年1-9月', '2024年前三季度'],
      ['一季度', '2022年3月底'],
      ['', '2021年'],
    ])
      expect(periodTag(period, asOf), `${period} in ${asOf}`).toBe('');
  });

  it('on the drafted slide: 湖南 2023 (test/corpus/hunan-2023-industry.txt) shows December beside the year', () => {
    // The report's year made the helper's as-of (2021年).
    const text = readFileSync(join(ROOT, 'test/corpus/hunan-2023-industry.txt'), 'utf8').replaceAll('2023年', '2021年');
    const c = cardCaptions(text);
    expect(c.get('6.6%')).toBe('规模工业增加值增速（12月）');
    // The year's own figures are not tagged.
    expect(c.get('61.5%')).toBe('行业增长面');
  });
});

describe('a change between a subject and a figure that borrows it', () => {
  // test/corpus/jiangmen-2020-08-industry.txt: the change (比1-7月增加2个, labelled 行业增加值正变化) lent its label, so the
  // card of 57.1% read "行业增加值正变化增长面".
  it('lends no subject: the one before it does', () => {
    const c = cardCaptions('2021年,在我市已有的35个工业大类行业中,有20个行业增加值实现正增长,比1-7月增加2个,增长面扩大至57.1%。');
    expect(c.get('57.1%')).toBe('行业增长面');
    // test/corpus/tianjin-2019-industry.txt: nor a share: the card read 产量占目录产品比重增长面变化.
    const tianjin = cardCaptions('2021年,规模以上工业在目录的412种产品中,221种产量增长,占目录产品的53.6%,增长面比上年扩大2.8个百分点。');
    expect(tianjin.get('2.8个百分点')).not.toContain('比重');
  });
  // test/corpus/henan-2022-h1-industry.txt: the card read 行业大类 31个, as if it were the whole's 40个.
  it('a count after its frame that did something without a measure is of the members that did it', () => {
    const c = cardCaptions('2021年,多数行业平稳增长,40个行业大类中31个实现正增长,增长面近八成。');
    expect(c.get('31个')).toBe('实现正增长的行业大类');
  });
});

describe('a count of the members that did something', () => {
  it('says which members: "39个行业大类中20个行业增长" (天津 2019), "24个行业增加值实现增长" (湖南 2023)', () => {
    const tianjin = cardCaptions('2021年,分行业看,39个行业大类中20个行业增长,其中汽车制造业增长13.7%。');
    expect(tianjin.get('20个')).toBe('增长的行业');
    expect(tianjin.get('39个')).not.toBe(tianjin.get('20个'));
    const hunan = cardCaptions('2021年,全省规模工业39个大类行业中,24个行业增加值实现增长,增长面为61.5%。');
    expect(hunan.get('24个')).toBe('增加值实现增长的行业');
    // A count followed by something else than its members doing something keeps its caption.
    const other = cardCaptions('2021年,全市新增规模以上工业企业120家,工业投资保持增长。');
    expect(other.get('120家')).not.toContain('的');
  });
});

describe('the two ends of a range', () => {
  it('are its 下限 and 上限, on cards and bars (上海 2019: bars 生产总值增速 and 生产总值增速（2）)', () => {
    // test/corpus/shanghai-2019-targets.txt.
    const shanghai = '■全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%,城镇调查失业率和登记失业率稳定在4.3%左右。';
    const xs = extractFigures(shanghai, { asOf: '2019年' }).filter((x) => x.unit === '%' && x.number >= 6);
    expect(distinctCaptions(xs.map((x) => ({ caption: '生产总值增速', x })))).toEqual(['生产总值增速（下限）', '生产总值增速（上限）']);
    // 国务院 2016 (新华网): "国内生产总值增长6.5%-7%,居民消费价格涨幅3%左右".
    const state = '今年发展的主要预期目标是:国内生产总值增长6.5%-7%,居民消费价格涨幅3%左右,城镇新增就业1000万人以上。';
    const ys = extractFigures(state, { asOf: '2016年' }).filter((x) => x.value === '6.5' || x.value === '7');
    expect(distinctCaptions(ys.map((x) => ({ caption: '国内生产总值增速', x })))).toEqual([
      '国内生产总值增速（下限）',
      '国内生产总值增速（上限）',
    ]);
    // A negative rate after a comma is no range ("增长-8.7%").
    const two = extractFigures('工业增加值增长5.2%,投资增长-8.7%。');
    expect(distinctCaptions(two.map((x) => ({ caption: '增速', x })))).not.toContain('增速（上限）');
    const text = readFileSync(join(ROOT, 'test/corpus/shanghai-2019-targets.txt'), 'utf8');
    const deck = draftBundle({ ...META, asOf: '2019年' }, text, extractFigures(text, { asOf: '2019年' })).deck;
    expect(deck.slides.flatMap((s) => s.chart?.series.map((p) => p.label) ?? [])).toEqual(
      expect.arrayContaining(['生产总值增速（下限）', '生产总值增速（上限）']),
    );
  });
});

// test/corpus/guizhou-2021-q3-prefectures.txt: the year's growth (8.7%) shown under the level's card, the 两年平均 rate's
// card read 地区生产总值增速 5.9%: a room takes it for the period's growth.
describe('a rate averaged over years', () => {
  it('says so on its card even when no other card shares its caption (贵州 2021 前三季度)', () => {
    const captions = cardCaptions('今年前三季度,我省地区生产总值 13985.53 亿元,同比增长 8.7%,两年平均增长 5.9%。');
    expect(captions.get('5.9%')).toBe('地区生产总值增速（两年平均）');
  });

  it('leaves a rate of one year as it was', () => {
    const captions = cardCaptions('今年前三季度,我省地区生产总值 13985.53 亿元,同比增长 8.7%。全省规模以上工业增加值增长 9.1%。');
    expect(captions.get('9.1%')).not.toMatch(/平均/u);
  });
});
