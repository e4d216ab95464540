/**
 * A fall compared with another fall: "低于全市平均降幅2.4个百分点" says the fall is smaller, a gain (+), as
 * 降幅收窄 is a rise (九江 2020, held-out set 18); a growth rate below another stays a gap below (−).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const JIUJIANG =
  '1-3月,小型企业增加值同比下降6.1%,降幅较1-2月收窄6.6个百分点,低于全市平均降幅2.4个百分点。非公有企业增加值同比下降7.2%,较1-2月收窄7.2个百分点,低于全市平均降幅1个百分点。';

describe('降幅 compared', () => {
  it('reads a fall below the average fall as a gain', () => {
    for (const [value, label] of [
      ['2.4', '小型企业'],
      ['1', '非公有企业'],
    ] as const) {
      const f = the(JIUJIANG, value, { asOf: '2020年1-3月' });
      expect([f.number, f.kind]).toEqual([Number(value), 'change']);
      expect(f.label).toContain(label);
    }
    expect(the(JIUJIANG, '6.1', { asOf: '2020年1-3月' }).number).toBe(-6.1);
  });

  it('with 降幅 before the comparison, and a fall above the average fall a loss', () => {
    const text = '小型企业增加值降幅低于全省平均水平1.5个百分点,高于全市平均降幅0.3个百分点。';
    expect(the(text, '1.5').number).toBe(1.5);
    expect(the(text, '0.3').number).toBe(-0.3);
  });

  it('reads 降幅比…高 as a deeper fall (−) and 降幅比…低 as a shallower one (+)', () => {
    // 经济日报 2012-07-23 on 安徽's first half (held-out set 39).
    const text =
      '与此同时,6大高耗能行业增加值增长12.6%,比规模以上工业低3.9个百分点;前5个月,单位工业增加值能耗下降9.8%,降幅比去年高0.3个百分点。';
    expect(the(text, '9.8').number).toBe(-9.8);
    expect([the(text, '0.3').number, the(text, '0.3').kind]).toEqual([-0.3, 'change']);
    expect(the(text, '3.9').number).toBe(-3.9);
    expect(the('规上工业增加值下降2.1%,降幅较全省低1.2个百分点。', '1.2').number).toBe(1.2);
  });

  it('reads each item after 、 that says the comparison again as the first (降幅低于A…、低于B…)', () => {
    // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
    const jilin =
      '前五个月,全省规模以上工业企业实现利润126.81亿元,同比下降36.8%,降幅低于前两个月38.0个百分点、低于一季度27.9个百分点、低于前四个月10.0个百分点;亏损企业亏损额为55.35亿元,同比下降3.5%。';
    for (const v of ['38.0', '27.9', '10.0']) {
      const f = the(jilin, v, { asOf: '2009年上半年' });
      expect([f.number, f.kind]).toEqual([Number(v), 'change']);
      expect(f.label).toContain('利润');
    }
    expect(the(jilin, '36.8', { asOf: '2009年上半年' }).number).toBe(-36.8);
    // A growth rate's gaps stay gaps below, and a comparison of another verb keeps its own sign.
    const text = '全县规模以上工业增加值增长6.1%,低于全国1.2个百分点、低于全省0.5个百分点、高于全市0.3个百分点。';
    expect([the(text, '1.2').number, the(text, '0.5').number, the(text, '0.3').number]).toEqual([-1.2, -0.5, 0.3]);
  });

  it('reads a clause that only says against what a fall’s size moved (",比上月扩大…") as a move of that 降幅', () => {
    // 国家统计局 on 东北's April 2016 (a page read in session 27).
    const dongbei =
      '4月份,东北地区3个省份中,辽宁规模以上工业增加值同比下降9.8%,降幅同比扩大3个百分点,比上月扩大3.7个百分点;吉林、黑龙江同比分别增长7.2%和1.2%。';
    expect([the(dongbei, '3.7', { asOf: '2016年4月' }).number, the(dongbei, '3.7', { asOf: '2016年4月' }).kind]).toEqual([-3.7, 'change']);
    // A city's 1-11月 profits (https://hbpjys.com/tjj/tjzl/sjjd/202301/t20230103_2833413).
    const profits =
      '1—11月份,全市规模以上装备制造业实现利润总额144.80亿元,同比微降0.1%,降幅比全市规模以上工业平均水平小10.1个百分点,比1—10月份收窄6.0个百分点;消费品制造业实现利润总额671.70亿元,同比下降1.4%,降幅比全市规模以上工业平均水平小8.8个百分点,比1—10月份收窄2.4个百分点。';
    expect(['10.1', '6.0', '8.8', '2.4'].map((v) => the(profits, v, { asOf: '2022年1-11月' }).number)).toEqual([10.1, 6, 8.8, 2.4]);
    // A growth rate's narrowing stays a fall.
    expect(the('全市工业增加值增长5.1%,增幅收窄1个百分点,比上月收窄0.5个百分点。', '0.5').number).toBe(-0.5);
  });

  it('leaves a growth rate below another a gap below', () => {
    const text = '全市规上工业增加值增长5.2%,低于全省平均水平0.4个百分点。';
    expect(the(text, '0.4').number).toBe(-0.4);
  });
});
