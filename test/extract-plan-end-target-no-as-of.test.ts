/**
 * Without an as-of, a level to be reached by the end of a plan not over in the report's year is a target:
 * "2022年03月04日 … 根据《规划》提出的目标,“十四五”期间,…全部工业开票销售达9000亿元" (扬州 2022, held-out set 27);
 * a level reached over a plan that is over ("“十二五”…达到4.92万元" in a report on 2015) stays a result.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('达 N over a plan not over, no as-of', () => {
  it('reads the level as a target', () => {
    const text =
      '2022年03月04日16:10 | 来源:扬州日报-扬州网\n近日,市工信局召开新闻发布会。根据《规划》提出的目标,“十四五”期间,我市规模以上工业增加值年均增长7%,全部工业开票销售达9000亿元,力争超10000亿元,年均增长8%以上。';
    const f = the(text, '9000');
    expect([f.period, f.status]).toEqual(['2025年', 'target']);
  });

  it('keeps a plan over a result', () => {
    const text = '2015年全市经济平稳运行。“十二五”期间,全市人均生产总值达到4.92万元,年均增长9.8%。';
    const f = the(text, '4.92');
    expect([f.period, f.status]).toEqual(['2015年', 'actual']);
  });
});
