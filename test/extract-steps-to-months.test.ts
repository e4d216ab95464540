/**
 * "全市规模以上工业增加值从1月份下降13.4%的大幅下滑,到1至3月份增长5.7%的止跌企稳,再到1至6月份10.1%的提速增长"
 * (哈尔滨 2009, held-out set 31): 到 before months summed from January, or before a part of a year, steps through
 * the year's results; a target is set for a point in time (2020年, 年底, 6月底), so the rates are actual. A target's
 * own words before 到 (力争到, 确保到) still make one. Each step is of the measure the progression opened with, 到 and
 * its months no subject of their own, and what 的 then describes (的止跌企稳, 的提速增长) is how the rate went, no noun
 * the rate is a share of: "10.1%的提速增长" is a growth rate.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HARBIN =
  '1至6月,从环比看,全市规模以上工业增加值从1月份下降13.4%的大幅下滑,到1至3月份增长5.7%的止跌企稳,再到1至6月份10.1%的提速增长,企稳回升态势比较明显。';

describe('到 before months summed', () => {
  it('steps through results, not to a target (哈尔滨)', () => {
    for (const v of ['13.4', '5.7', '10.1']) expect(the(HARBIN, v, { asOf: '2009年1-6月' }).status).toBe('actual');
    expect(the(HARBIN, '5.7').status).toBe('actual');
    expect(the(HARBIN, '5.7', { asOf: '2009年1-6月' }).period).toBe('1-3月');
  });

  it('before a part of a year, too', () => {
    const text = '全市工业增速从一季度3.2%的低位回升到上半年8.5%。';
    expect(the(text, '8.5', { asOf: '2009年1-6月' }).status).toBe('actual');
  });

  it('stays a target after 力争 or 确保, and before a year', () => {
    expect(the('力争到上半年完成投资100亿元。', '100', { asOf: '2009年1-3月' }).status).toBe('target');
    expect(the('确保到1-6月工业增加值增长10%。', '10', { asOf: '2009年1-3月' }).status).toBe('target');
    expect(the('到2025年,工业增加值达到500亿元。', '500', { asOf: '2021年' }).status).toBe('target');
  });
});

describe('the steps of a progression', () => {
  it('are rates of the measure it opened with (哈尔滨)', () => {
    for (const v of ['13.4', '5.7', '10.1']) {
      const f = the(HARBIN, v, { asOf: '2009年1-6月' });
      expect(f.label).toBe('规模以上工业增加值增速');
      expect(f.kind).toBe('growth');
    }
  });

  it('keep a share of the noun after 的 where one stands there', () => {
    const f = the('全省59.1%的规上工业企业产值同比增长。', '59.1', { asOf: '2020年' });
    expect(f.kind).toBe('share');
    expect(f.label).toContain('规上工业企业');
  });
});
