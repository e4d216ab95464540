/**
 * A report on 今年 that names no year of its own but compares it with the end of a year ("与2008年末相比", "比2008年
 * 下半年") or counts from one ("自2008年12月份以来") is of the year after; such a year is a base or a start, never the
 * report's own.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';

// An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
const JILIN =
  '今年上半年,吉林省委省政府抓住国家实施十大产业调整和振兴规划机遇,积极应对国际金融危机。年初以来,虽然工业生产增速较往年明显放缓,但与上年末相比,工业生产回暖信号不断增强,特别是汽车工业在经历了自2008年12月份以来持续低迷甚至负增长的困境后,终于在6月份走出低谷,实现了当月工业增加值13.0%的生产增速(按可比价格计算)。\n今年上半年,吉林省规模以上工业增加值月度递增趋势显著,月均实现增加值223.69亿元,比2008年下半年月均高出18.55亿元。\n与2008年末相比,今年以来吉林省工业生产增速呈平稳提高趋势。';

describe('the end of a year compared with, in a report on 今年 naming no year of its own', () => {
  it('is the year before the report’s', () => {
    expect(reportPeriod(JILIN)).toMatchObject({ period: '上半年', year: 2009 });
    // Without --as-of, the month the text names is of that year, not of the start counted from.
    expect(extractFigures(JILIN).find((f) => f.value === '13.0')?.period).toBe('2009年6月');
    expect(reportPeriod('今年1-5月,全市规上工业增加值增长6%,较2015年底加快1个百分点。').year).toBe(2016);
  });

  it('a start counted from is no year of the report, and without 今年 no year is read', () => {
    expect(reportPeriod('1-5月,全市规上工业增加值增长6%,自2015年12月以来连续6个月回升。').year).toBeUndefined();
  });
});
