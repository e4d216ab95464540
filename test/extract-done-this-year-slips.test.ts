/**
 * A review of a year written early the year after calls that next year 今年, whose figures are targets; but a
 * whole year's totals said done (完成, 实现) and compared with the year before cannot be of a year just begun:
 * that 今年 is the writer's slip for the year reviewed (天水 2011, told on 2012-02-03: held-out set 20).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const TIANSHUI =
  '2月3日,副市长雷鸣到市工信委调研,听取2011年全市工业经济运行情况,研究部署2012年全市工业经济工作。\n' +
  '据悉,2011年,我市立足天水工业实际,实现了“十二五”规划的良好开局。今年,全市规模以上工业企业共完成工业总产值199.12亿元,同比增长18.6%;工业增加值73.82亿元,同比增长14.1%;利税总额6.95亿元,同比下降7.4%。';

describe('今年 before totals done in a review written the year after', () => {
  it('reads them as results of the year reviewed', () => {
    for (const v of ['199.12', '18.6', '73.82', '7.4']) {
      const f = the(TIANSHUI, v, { asOf: '2011年' });
      expect([f.period, f.status], v).toEqual(['2011年', 'actual']);
    }
    expect(the(TIANSHUI, '7.4', { asOf: '2011年' }).number).toBe(-7.4);
  });

  it('leaves a 今年 of plans and forecasts the next year', () => {
    const plan =
      '2月3日,副市长雷鸣到市工信委调研,听取2011年全市工业经济运行情况,研究部署2012年全市工业经济工作。\n' +
      '今年,力争全市规模以上工业企业完成工业总产值230亿元,同比增长15%。';
    expect(the(plan, '230', { asOf: '2011年' }).period).toBe('2012年');
    const forecast = '记者从1月4日召开的座谈会上获悉,2012年全省工业增长较快。今年,预计实现规模以上工业增加值54.7亿元,增长14%。';
    expect(the(forecast, '54.7', { asOf: '2012年' }).period).toBe('2013年');
  });
});
