/**
 * A text that names no year of its own (重庆 2012, held-out set 35: "今年1-10月", "是2007年的3倍", "从2007年30亿元提高到
 * 63.5亿元", "未来5年…到2017年"): the base of a multiple and the year a change is from are not its year; targets for the
 * next N years up to Y say it was written in Y − N.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract/report-period';
import { the } from './extract-helpers';

const CHONGQING = [
  '记者12月13日从重庆市经信委获悉,重庆已确立未来5年推进新型工业化的具体目标任务——形成七大千亿级产业集群和30个百亿级产业集群,累计完成工业投资1.6万亿元,实现销售产值4万亿元。到2017年,我市将基本构建起结构优化、技术先进的现代产业体系。',
  '今年1-10月,我市规模以上工业增加值增长16.3%,比全国平均水平高6.3个百分点。预计今年我市工业销售产值将达到1.6万亿元,是2007年的3倍,年均增长24.6%。',
  '产业集聚发展促进了我市土地的集约利用,每平方公里产出从2007年30亿元提高到63.5亿元,产出强度接近上海开发区水平。',
].join('\n');

describe('a report that names no year of its own', () => {
  it('is dated by its years ahead, not by the base years it names', () => {
    expect(reportPeriod(CHONGQING)).toMatchObject({ year: 2012 });
    expect(the(CHONGQING, '3').period).toBe('2012年');
    expect(the(CHONGQING, '24.6').period).toBe('2008-2012年');
  });

  it('a year named as its own still wins (made up)', () => {
    expect(reportPeriod(CHONGQING.replace('今年1-10月', '2013年1-10月')).year).toBe(2013);
  });
});
