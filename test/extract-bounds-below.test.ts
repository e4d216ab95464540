/**
 * 低于 right before its number (no place or figure compared between) is a bound the figure stayed under, not a fall:
 * the number is positive, a rate (or a share, when what stays under it is one). How much of a plan or target is done
 * (计划完成率, 目标完成进度) is a result, not a target.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('a bound below (低于10%)', () => {
  // 工信部 on 2012 (http://finance.ce.cn/rolling/201301/24/t20130124_17047695.shtml).
  const MIIT_2012 =
    '第二句话是“压力大”。经济下行压力比预期要大。全年规模以上工业增加值比上年增长10%,增速同比回落3.9个百分点,从3月份起增速连续七个月低于10%,8月份仅为8.9%,前8个月工业企业实现利润持续负增长。';
  // 上虞 2014 (https://www.chaxiaohao.com/read-1750791191l1971851.html).
  const SHANGYU_2014 =
    '值得注意的是,工业增速放缓压力显现,规模以上工业产销率较上半年下降1.3个百分点,部分乡镇计划完成率低于90%,需关注产能过剩与市场需求匹配问题。';

  it('is no fall: the bound is positive', () => {
    // The year's 10% and the bound of the seven months after it.
    const tens = extractFigures(MIIT_2012, { asOf: '2012年' }).filter((x) => x.value === '10');
    expect(tens.map((x) => [x.number, x.kind, x.status])).toEqual([
      [10, 'growth', 'actual'],
      [10, 'growth', 'actual'],
    ]);
    expect(the(SHANGYU_2014, '90')).toMatchObject({ number: 90, kind: 'share', status: 'actual' });
  });

  it('an index under a bound is its value, a level ("…等行业商务活动指数低于38.0%", 国家统计局 2022年11月)', () => {
    // A repost of the release (http://m.fcut.net/2369.html), in its characters.
    const text =
      '從行業情況看,郵政、貨幣金融服務、資本市場服務、保險等行業商務活動指數位于55.0%以上較高景氣區間;道路運輸、航空運輸、住宿、餐飲、文化體育娛樂等行業商務活動指數低于38.0%。';
    expect(the(text, '38.0')).toMatchObject({ number: 38, kind: 'level' });
    expect(the(text, '38.0').label).not.toMatch(/漲幅|增速/u);
  });

  it('a rate compared with, named after it, is positive too (低于8.3%的全国年均增幅)', () => {
    expect(the('全省GDP年均增长7.9%,低于8.3%的全国年均增幅。', '8.3')).toMatchObject({ number: 8.3, kind: 'growth' });
  });

  it('a gap below a place stays a fall', () => {
    expect(the('全县规模以上工业增加值增长6.1%,增速低于全省0.5个百分点。', '0.5').number).toBe(-0.5);
    expect(the('全县规模以上工业增加值增长6.1%,低于全市平均水平2.1个百分点。', '2.1').number).toBe(-2.1);
  });
});

describe('how much of a target or plan is done', () => {
  // 丹棱 2015 上半年 (https://www.scdl.gov.cn/info/1155/32104.htm).
  const DANLING =
    '工业固定资产投资完成16.9亿元,同比增长10%,居全市第三,目标完成进度73.3%;技改投资完成13.2亿元,同比增长4.8%,居全市第二,目标完成进度77.7%。';
  // 四川 2009 (http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm), a 繁體 copy.
  const SICHUAN_2009 = '據了解,四川列入國家規劃的工業恢復重建項目已開建2736項,竣工2041項,完成投資696億元,順利完成去年全年目標任務。';

  it('目标完成进度, 计划完成率: a result', () => {
    expect(the(DANLING, '73.3')).toMatchObject({ status: 'actual', kind: 'share' });
    expect(the(DANLING, '77.7').status).toBe('actual');
  });

  it('what a plan listed and is said begun (已开建) is a result', () => {
    expect(the(SICHUAN_2009, '2736').status).toBe('actual');
  });

  it('a target still set is one', () => {
    expect(the('2016年计划完成工业投资500亿元。', '500').status).toBe('target');
    expect(the('目标为规上工业增加值增长8%。', '8').status).toBe('target');
  });
});
