/**
 * A page's dateline written in figures ("03.05.2016  13:12", "发布日期:2017-09-25", "2016/05/03") dates a report that
 * names no year of its own, as a dateline in words does: its 一季度 and its 今年 are that year's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';

// 大庆 2016 一季度 (黑龙江日报 repost, held-out set 26): the page's dateline is day, month, year and a time of day.
const DAQING =
  '一季度大庆经济企稳回升\n03.05.2016  13:12\n  大庆市统计局最新发布的经济数据显示,一季度全市GDP实现553.4亿元,同比增长1.2%,比去年全年提高3.5个百分点,结束了一年多的负增长。\n  一季度全市固定资产投资完成59.9亿元,同比增长6.7%。特别是地方实体产业项目投资占比有较大提高。大庆市发改委数据显示,今年全市共落实投资500万元以上产业项目244个,总投资1434亿元。';

describe('a dateline in figures', () => {
  it('dates a report naming no year: day.month.year before a time of day', () => {
    expect(reportPeriod(DAQING)).toMatchObject({ period: '2016年一季度', year: 2016 });
    const projects = extractFigures(DAQING).find((f) => f.value === '244')!;
    expect(projects.period).toBe('2016年');
  });

  it('year-month-day and year/month/day', () => {
    expect(reportPeriod('发布日期 | 2023-12-12 |\n1-8月份,全旗52户规上企业完成工业总产值154.3亿元,同比下降7.4%。')).toMatchObject({
      period: '2023年1-8月',
      year: 2023,
    });
    expect(reportPeriod('2016/05/03 记者获悉,一季度全市规上工业增加值增长2%。')).toMatchObject({ period: '2016年一季度' });
  });

  it('not a figure with points, nor a span of years', () => {
    // (No time of day after it: "3.05.2016" is not read as a date; "2016-2020" is a span.)
    expect(reportPeriod('一季度,全市增加值3.05.2016亿元。').year).toBeUndefined();
    expect(reportPeriod('一季度,2016-2020年规划实施以来全市增长2%。').period).not.toBe('2016年一季度');
  });
});
