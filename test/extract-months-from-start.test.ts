/**
 * A month that 从 or 自 opens and 开始 or 起 closes ("从3月份开始,每月…") starts a span that runs to the report's last
 * month: the figures of its sentence are of those months (3-9月 in a 前三季度 report, 3-12月 in a year's), not of the
 * first month alone; the sentences after it keep the report's period.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 黑龙江 2011 前三季度 (黑龙江日报, http://heilongjiang.dbw.cn/system/2011/10/26/053472698.shtml; test/corpus/heilongjiang-2011-q3-industry).
const HEILONGJIANG_2011 =
  '前三季度,全省工业经济承接了首季“开门红”、半年“双过半”良好态势后,继续保持较快增长速度。\n生产总量连创新高。从3月份开始,每月实现增加值均在380亿元以上,6月份、8月份、9月份突破400亿元,前9个月累计实现3463.4亿元,超过历史上第二高位的2008年。';

describe('a span from a month on (从…开始, 自…起)', () => {
  it('runs to the report’s last month (黑龙江 2011)', () => {
    expect(the(HEILONGJIANG_2011, '380', { asOf: '2011年前三季度' }).period).toBe('3-9月');
    expect(the(HEILONGJIANG_2011, '380').period, 'without the as-of').toBe('3-9月');
    expect(the(HEILONGJIANG_2011, '400', { asOf: '2011年前三季度' }).period).toBe('9月');
    expect(the(HEILONGJIANG_2011, '3463.4', { asOf: '2011年前三季度' }).period).toBe('1-9月');
  });

  it('to the report’s month, or to December in a report of a year', () => {
    const s = '自6月份起,全省规模以上工业增加值增速均在21%以上。';
    expect(the(s, '21', { asOf: '2011年1-10月' }).period).toBe('6-10月');
    expect(the(s, '21', { asOf: '2011年' }).period).toBe('6-12月');
  });

  it('is its own sentence’s, and the month alone where no later month is known', () => {
    const s = '从3月份开始,每月实现增加值均在380亿元以上。规模以上工业增加值增长10%。';
    expect(the(s, '10', { asOf: '2011年' }).period).toBe('2011年');
    expect(the('从3月份开始,每月实现增加值均在380亿元以上。', '380').period).toBe('3月');
    expect(the('从3月份起增速连续七个月低于10%。', '10', { asOf: '2012年' }).period).toBe('3-9月');
  });
});
