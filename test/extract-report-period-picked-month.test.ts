/**
 * A report on the year to date (今年以来) whose first time is a month picked out after 其中 is about the months up to
 * it, not that month alone: 乌鲁木齐晚报 on the city's first quarter of 2023 (held-out set 39), which names neither
 * its year nor its quarter, was read as of 3月 without the as-of.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract/report-period';
import { the } from './extract-helpers';

const URUMQI =
  '工业高质量发展特征明显\n今年以来,结合自身产业基础和行业发展趋势,乌鲁木齐围绕自治区“八大产业集群”,着力打造“6+4”产业体系,聚焦培育一批百亿、千亿产业集群,促进了装备制造产业、能源化工产业、新材料产业、新能源产业等,以及电力设备制造产业、环保建筑材料产业等领域投资增长。\n' +
  '全市工业投资同比增长60.7%\n全市专精特新中小企业发展态势良好\n专精特新中小企业实现增加值5.4亿元,同比增长16.3%,其中,3月同比增长29.7%。';

describe('a month picked out after 其中 in a report on the year to date', () => {
  it('ends the report’s months, and stays that month’s own figure', () => {
    expect(reportPeriod(URUMQI).period).toBe('1-3月');
    expect(the(URUMQI, '60.7').period).toBe('1-3月');
    expect(the(URUMQI, '16.3').period).toBe('1-3月');
    expect(the(URUMQI, '29.7').period).toBe('3月');
  });

  it('not without 今年以来, nor a month opening the report', () => {
    expect(reportPeriod('全市工业投资同比增长60.7%,其中,3月同比增长29.7%。').period).not.toBe('1-3月');
    expect(reportPeriod('今年以来,全市工业运行平稳。\n3月,全市规上工业增加值增长8%。').period).toBe('3月');
  });
});
