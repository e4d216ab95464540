/**
 * A bound word written right before its number, with nothing compared between them (低于10%, 高于50%), is the figure's
 * qualifier, kept as written and shown before the number, as 超过 and 不足 are: a slide that showed "10%" where the report
 * said "低于10%" stated a bound as the figure. A gap ("低于全省平均水平2.3个百分点": a place compared between) and a number
 * compared with that is named after it ("高于7.3%的全国年均增幅": that one's own rate) keep none.
 */
import { describe, expect, it } from 'vitest';
import { barQualifier } from '../src/shared/chart-numbers';
import { figureColumns } from '../src/shared/figure-columns';
import { figureParts, formatFigureFull } from '../src/shared/format';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { the } from './extract-helpers';

/** The figure as a card shows it (FigureValue, the PowerPoint KPI and the text export use the same parts). */
const card = (x: Extracted) =>
  formatFigureFull({ valueText: x.value, value: x.number, unit: x.unit, kind: x.kind, qualifier: x.qualifier });

// 工信部 on 2012 (http://finance.ce.cn/rolling/201301/24/t20130124_17047695.shtml).
const MIIT_2012 =
  '第二句话是“压力大”。经济下行压力比预期要大。全年规模以上工业增加值比上年增长10%,增速同比回落3.9个百分点,从3月份起增速连续七个月低于10%,8月份仅为8.9%,前8个月工业企业实现利润持续负增长。';
// 上虞 2014 (https://www.chaxiaohao.com/read-1750791191l1971851.html).
const SHANGYU_2014 =
  '值得注意的是,工业增速放缓压力显现,规模以上工业产销率较上半年下降1.3个百分点,部分乡镇计划完成率低于90%,需关注产能过剩与市场需求匹配问题。';
// 国家统计局, 2022年11月 中国采购经理指数, as a repost gives it (http://m.fcut.net/2369.html).
const NBS_2022_11 =
  '11月份,非制造業商務活動指數為46.7%,比上月下降2.0個百分點,低于臨界點,非制造業景氣水平有所回落。從行業情況看,郵政、貨幣金融服務、資本市場服務、保險等行業商務活動指數位于55.0%以上較高景氣區間;道路運輸、航空運輸、住宿、餐飲、文化體育娛樂等行業商務活動指數低于38.0%。';
// 国家统计局服务业调查中心 on 2013年7月 (新华社, http://wfrb.wfnews.com.cn/content/20130804/Articel01006TB.htm).
const NBS_2013_07 =
  '国际上通常用商务活动指数反映非制造业经济发展的总体变化情况。通常以50%作为强弱临界点,高于50%时反映非制造业经济扩张,低于50%则反映非制造业经济收缩。';

describe('a bound word right before its number', () => {
  it('is the qualifier, the number positive: "增速连续七个月低于10%" (工信部 2012)', () => {
    const tens = extractFigures(MIIT_2012, { asOf: '2012年' }).filter((x) => x.value === '10');
    // The year's 10% is exact; the seven months' is a bound.
    expect(tens.map((x) => [x.number, x.qualifier])).toEqual([
      [10, null],
      [10, '低于'],
    ]);
    expect(card(tens[1])).toBe('低于10%');
    expect(card(tens[0])).toBe('10%');
    const shangyu = the(SHANGYU_2014, '90');
    expect([shangyu.number, shangyu.qualifier, card(shangyu)]).toEqual([90, '低于', '低于90%']);
  });

  it('in a 繁體 report, is kept in its characters and still shown before the number (国家统计局 2022年11月)', () => {
    const x = the(NBS_2022_11, '38.0', { asOf: '2022年11月' });
    expect([x.number, x.qualifier, x.kind]).toEqual([38, '低于', 'level']);
    expect(card(x)).toBe('低于38.0%');
    // Not the 46.7% before it, whose 低于 names no number.
    expect(the(NBS_2022_11, '46.7', { asOf: '2022年11月' }).qualifier).toBeNull();
  });

  it('above as below: "高于50%时…,低于50%则…" (国家统计局 2013)', () => {
    const fifties = extractFigures(NBS_2013_07, { asOf: '2013年7月' }).filter((x) => x.value === '50');
    expect(fifties.map((x) => [x.number, x.qualifier])).toEqual([
      [50, null],
      [50, '高于'],
      [50, '低于'],
    ]);
    expect(fifties.slice(1).map(card)).toEqual(['高于50%', '低于50%']);
  });

  it('is read whole with its 不, never as its opposite', () => {
    // (No sentence of the genre found with these: the guard keeps 低于, 高于 and 超过 inside them from being read.)
    expect(the('全年工业投资增长不低于15%。', '15').qualifier).toBe('不低于');
    expect(the('全年工业用电量增长不高于8%。', '8').qualifier).toBe('不高于');
    expect(the('企业资产负债率不超过60%。', '60').qualifier).toBe('不超过');
    expect(the('企业资产负债率不超60%。', '60').qualifier).toBeNull();
  });
});

describe('a comparison keeps no qualifier', () => {
  it('a gap, with what it is compared with between ("低于全市平均水平0.4个百分点")', () => {
    // test/corpus/luohe-yancheng-2017-07-industry.txt and test/corpus/yueyang-2018-q1-industry.txt.
    const luohe = '1-7月份,全区规模以上工业累计实现增加值50.2亿元,同比增长7.4%,较上半年回落0.1个百分点,低于全市平均水平0.4个百分点。';
    const yueyang = '1—3月,全市规模工业增加值同比增长5.5%,较1—2月份增速提高了2个百分点,但仍低于全省平均增速2.1个百分点,居全省第12位。';
    expect([the(luohe, '0.4').number, the(luohe, '0.4').qualifier]).toEqual([-0.4, null]);
    expect([the(yueyang, '2.1').number, the(yueyang, '2.1').qualifier]).toEqual([-2.1, null]);
  });

  it('a rate compared with, named after it ("高于7.3%的全国年均增幅", test/corpus/zhejiang-2016-achievements)', () => {
    const text = '全省GDP从2011年的32363亿元跃升至2016年的46485亿元,按可比价计算,增长46.0%,年均增长7.9%,高于7.3%的全国年均增幅。';
    expect(the(text, '7.3').qualifier).toBeNull();
    expect(the('全省GDP年均增长7.9%,低于8.3%的全国年均增幅。', '8.3').qualifier).toBeNull();
    // A class it bounds keeps the word, as test/corpus/liaoning-2023-05-industry's "产值同比增长超过20%的企业占比为15.6%"
    // keeps 超过.
    expect(the('全市工业增速低于10%的县有3个。', '10').qualifier).toBe('低于');
  });
});

describe('shown', () => {
  it('before the number on a card, a bar label and the appendix, as 超过 is', () => {
    const x = extractFigures(MIIT_2012, { asOf: '2012年' }).filter((f) => f.value === '10')[1];
    const f = { valueText: x.value, value: x.number, unit: x.unit, kind: x.kind, qualifier: x.qualifier };
    expect(figureParts(f)).toMatchObject({ prefix: '低于', number: '10', unit: '%', suffix: '' });
    expect(barQualifier(f)).toEqual({ before: '低于', inner: '', after: '' });
    expect(figureColumns({ ...f, status: 'actual' })).toMatchObject({ qualifier: '低于', value: '10', unit: '%' });
    expect(formatFigureFull({ ...f, qualifier: '不低于' })).toBe('不低于10%');
  });

  it('in a 繁體 report\u2019s own characters, before the number (超過 was shown "超20%過")', () => {
    const f = (qualifier: string) => formatFigureFull({ valueText: '20', value: 20, unit: '%', kind: 'growth', qualifier });
    expect(['超過', '約', '低於', '高於', '不超過'].map(f)).toEqual(['超過20%', '約20%', '低於20%', '高於20%', '不超過20%']);
    expect(f('以內')).toBe('20%以內');
  });

  it('is never a bar: its card says the bound', () => {
    const asOf = '2012年';
    const xs = extractFigures(MIIT_2012, { asOf });
    const bound = xs.findIndex((x) => x.qualifier === '低于');
    expect(bound).toBeGreaterThanOrEqual(0);
    const key = `f${String(bound + 1).padStart(4, '0')}`;
    const slides = draftBundle({ key: 'miit', title: '工信部', organisation: '工业和信息化部', published: '', asOf }, MIIT_2012, xs).deck
      .slides;
    expect(slides.flatMap((s) => s.chart?.series ?? []).some((p) => 'figure' in p && p.figure === key)).toBe(false);
  });
});
