/**
 * A report on a whole year that tells the next year's 工作要点 was written in that next year: its 今年 is that year
 * ("…回顾了“十一五”及2010年全市工业经济完成情况,重点就…及2011年工作要点做了详细汇报。…今年,…预计实现规模以上工业
 * 增加值54.7亿元", 天水 2010, held-out set 19).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const TIANSHUI =
  '会上,市工信委负责人简要回顾了“十一五”及2010年全市工业经济完成情况,重点就“十二五”全市工业经济发展思路、目标任务及2011年工作要点做了详细汇报。据测算,2010年,预计全市规模以上工业实现增加值54.1亿元,增长13.8%。今年,按照新的统计口径,预计实现规模以上工业增加值54.7亿元,增长14%。';

describe('the year whose work points are told', () => {
  it('is the 今年 of a report on the year before', () => {
    for (const opts of [{ asOf: '2010年' }, {}]) {
      expect(the(TIANSHUI, '54.1', opts).period).toBe('2010年');
      expect(the(TIANSHUI, '54.7', opts).period).toBe('2011年');
      expect(the(TIANSHUI, '14', opts).status).toBe('estimate');
    }
  });

  it('work points of the report’s own year leave 今年 alone', () => {
    const same = '会议部署了2010年工作要点。今年,全市规模以上工业增加值增长14%。';
    expect(the(same, '14', { asOf: '2010年' }).period).toBe('2010年');
  });
});
