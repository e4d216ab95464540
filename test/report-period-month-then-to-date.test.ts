/**
 * A report whose first line opens on one month's news ("3月份,…") and then gives the months to date ending in that
 * month (1-3月) is about the months to date: its figures that name no time are of 1-N月, not of the month. A
 * headline naming the month ("6月份全省规模以上工业增加值增长5.8%") is a monthly release's and keeps the month.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

// 博州 2020 一季度 (州 government site, held-out set 34): the numbered industry lines name no time.
const BOZHOU =
  '一、总体情况\n3月份,全州规模以上工业企业107家,实现工业增加值3.5亿元,同比增长51.4%。1-3月实现工业增加值6.4亿元,同比增长11.9%。增速位居全疆前列。\n四、主要行业增长情况\n全州开工生产的16个行业有11个行业实现增长。\n1、电力、热力生产和供应业实现增加值1.83亿元,同比增长16%,拉动增长4.47个百分点。\n4、纺织服装业实现增加值0.77亿元,下降1.8%,影响增长0.27个百分点。';

// 湖北 2018 1-10月 (corpus hubei-2018-10-industry).
const HUBEI =
  '10月份,受烟草、汽车等行业增速回落影响,全省工业出现异常波动,规上工业增加值当月增速由上月的8.1%下滑至3.7%;1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点。';

// 河北 2017 6月 (corpus hebei-2017-06-industry): a headline naming the month.
const HEBEI =
  '6月份全省规模以上工业增加值增长5.8%\n时间: 2017-07-27 浏览次数:?\n6月份,规模以上工业实现增加值1269.3亿元,同比增长5.8%1-6月份,规模以上工业增加值6205.7亿元,同比增长5.0%,比1-5月份回升0.2个百分点,同比回落0.1个百分点。';

describe('a first line opening on a month, then the months to date ending in it', () => {
  it('is a report on the months to date', () => {
    expect(reportPeriod(BOZHOU).period).toBe('1-3月');
    expect(reportPeriod(HUBEI).period).toBe('1-10月');
    expect(the(BOZHOU, '1.83').period).toBe('1-3月');
    expect(the(BOZHOU, '0.27').period).toBe('1-3月');
    expect(the(BOZHOU, '4.47').period).toBe('1-3月');
  });

  it('the month keeps its own figures', () => {
    expect(the(BOZHOU, '51.4').period).toBe('3月');
    expect(the(HUBEI, '3.7').period).toBe('10月');
  });

  it('not after a headline naming the month, nor when the months to date end in another month or on another line', () => {
    expect(reportPeriod(HEBEI).period).toBe('2017年6月');
    expect(reportPeriod('5月份,全市规上工业增加值增长6%,1-4月增长5%。').period).toBe('5月');
    expect(reportPeriod('5月份,全市规上工业增加值增长6%。\n1-5月,增长5%。').period).toBe('5月');
    expect(reportPeriod('数据显示,5月份,全市规上工业增加值增长6%,1-5月增长5%。').period).toBe('5月');
  });
});
