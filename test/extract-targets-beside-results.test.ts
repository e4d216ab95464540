/**
 * Targets named beside results, in reports of the genre read for a sweep (not in test/corpus): a result beats or
 * completes a target "下达" by a government, a few words further from the verb than before ("高於市政府下達目標4個百分點",
 * "完成市政府下達全年目標的59.2%") and stays a result; the target itself named in brackets ("年度预期目标增速(4.5%)",
 * "年任务(40.2亿元)") is a target of the year; 下达 is one word, not a subject cut at 达 ("市下"); 预测 is what the
 * report says of a figure, not its measure. "占年度目标220亿元的81.9%,同比增长14.9%": the target is the year's, the
 * part of it done and the rate after it are results.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A city's half-year industry report, in traditional characters (wangluoshidai.cn).
const CITY_HALF =
  '上半年,全市611戶規模以上企業實現工業總產值736.7億元,同比增長11.4%;規模以上工業增加值增長13%,高於市政府下達目標4個百分點,全省排名第3位,其中當月工業增加值增長12%,高於全省平均水平3.3個百分點;工業投資216.5億元,居全省第5位,完成市政府下達全年目標的59.2%;更新改造投資144.3億元,完成市政府下達全年目標的56.4%,順利實現工業經濟“雙過半”。';
// A city's 2021 first-quarter industry report (市工信局).
const CITY_Q1 = '(一)工业生产稳定运行。1-3月,全市规上工业增加值同比增长6.5%,高于年度预期目标增速(4.5%)2个百分点,实现了较好开局。';
// A district's 2023 half-year summary (区工信局).
const DISTRICT =
  '1.规上工业增加值方面:2023年市下达两区规上工业增加值增速确保目标增长12%,奋斗目标增长14%。1-5月,规上工业总产值上报数为97.74亿元,预测增长17.6%;预测规上工业增加值19.95亿元,增长17.8%。';
const DISTRICT_TRADE = '1-5月,XX区(含新区)外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。';

describe('a result over a target a government set', () => {
  it('is a result, and so is the rank after it', () => {
    expect(the(CITY_HALF, '4', { asOf: '2014年上半年' }).status).toBe('actual');
    expect(the(CITY_HALF, '3', { asOf: '2014年上半年' }).status).toBe('actual');
  });

  it('so is the part of the year’s target done', () => {
    for (const v of ['59.2', '56.4']) {
      const part = the(CITY_HALF, v, { asOf: '2014年上半年' });
      expect(part.status).toBe('actual');
      expect(part.label).toContain('下達全年目標');
    }
  });

  it('the part done is of the measure before, the body that set the target named or not', () => {
    expect(the(CITY_HALF, '59.2', { asOf: '2014年上半年' }).label).toBe('工業投資完成市政府下達全年目標');
    expect(the(CITY_HALF, '56.4', { asOf: '2014年上半年' }).label).toBe('更新改造投資完成市政府下達全年目標');
    expect(the('新增产值282.8亿元,完成全年目标的56.6%。', '56.6').label).toBe('新增产值完成全年目标');
  });
});

describe('the tiers of a target (确保目标, 奋斗目标)', () => {
  // Held-out set 40 (xxqu-2023-05-industry-summary): the reach target was labelled 奋斗目标增速.
  it('are no measure: both rates are of the measure named before', () => {
    for (const v of ['12', '14']) {
      const tier = the(DISTRICT, v, { asOf: '2023年1-5月' });
      expect(tier).toMatchObject({ status: 'target', period: '2023年', kind: 'growth' });
      expect(tier.label).toContain('规上工业增加值');
      expect(tier.label).not.toContain('目标');
    }
  });

  it('a target named as the thing compared with keeps its name', () => {
    expect(the(CITY_Q1, '4.5', { asOf: '2021年1-3月' }).label).toContain('预期目标');
  });
});

describe('the target named in brackets', () => {
  it('is a target of the year, the gap to it a result', () => {
    expect(the(CITY_Q1, '4.5', { asOf: '2021年1-3月' })).toMatchObject({ status: 'target', period: '2021年' });
    expect(the(CITY_Q1, '2', { asOf: '2021年1-3月' })).toMatchObject({ status: 'actual', period: '1-3月' });
    expect(the(DISTRICT_TRADE, '40.2', { asOf: '2023年1-5月' })).toMatchObject({ status: 'target', period: '2023年' });
    expect(the(DISTRICT_TRADE, '32.5', { asOf: '2023年1-5月' })).toMatchObject({ status: 'actual', period: '1-5月' });
  });

  it('a figure in brackets after a result stays a result', () => {
    expect(the('全市规上工业增加值增长6.5%(上年同期4.5%)。', '4.5').status).toBe('actual');
  });
});

describe('the part of a year’s target done', () => {
  it('is a result, and so is the rate after it; the target before it is the year’s', () => {
    // 广元, a meeting on 1-10月 industry (gy.smesc.cn).
    const text =
      '1-10月,全市规上工业增加值增长9%;完成工业投资180亿元,占年度目标220亿元的81.9%,同比增长14.9%;完成技改投资125亿元,占年度目标150亿元的83.3%;新进规企业28户。';
    const opts = { asOf: '2018年1-10月' };
    expect(the(text, '220', opts)).toMatchObject({ status: 'target', period: '2018年' });
    expect(the(text, '81.9', opts)).toMatchObject({ status: 'actual', period: '1-10月' });
    expect(the(text, '14.9', opts)).toMatchObject({ status: 'actual', label: '工业投资增速' });
    expect(the(text, '150', opts).status).toBe('target');
    expect(the(text, '83.3', opts).status).toBe('actual');
  });
});

describe('下达 and 预测', () => {
  it('下达 is not cut at 达', () => {
    const set = the(DISTRICT, '12', { asOf: '2023年1-5月' });
    expect(set.status).toBe('target');
    expect(set.label).toContain('规上工业增加值增速');
    expect(set.label).not.toMatch(/^市下$/u);
  });

  it('预测 is no part of the measure; the figure is an estimate', () => {
    expect(the(DISTRICT, '19.95', { asOf: '2023年1-5月' })).toMatchObject({ label: '规上工业增加值', status: 'estimate' });
    expect(the(DISTRICT, '17.6', { asOf: '2023年1-5月' }).label).toContain('规上工业总产值');
  });
});
