/**
 * A rate right after the target a result is compared with (高于…目标任务13%), or followed by 的目标 (GDP增速14%的目标), is
 * that target. How much of a target was done, past it (超额完成全年目标的103.4%), is a share of it, not a growth.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('targets named around results', () => {
  // A city's 2016 经信 review (http://hxjzpx.com/html/channels166.html).
  const REVIEW_2016 =
    '3.发展后劲不断增强。2016年,全市累计完成工业投资678.03亿元,超额完成全年目标的103.4%,总量居全省第8位;增长10.7%,高于全省平均6.7个百分点,增幅居全省第2位,比2015年排名前进6位。完成以“机器换人”为主的技术改造投资543.30亿元,增长22.5%,高于省年初下达的目标任务13%,超额完成全年目标。';
  // 四川 2009, a 繁體 copy (http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm).
  const SICHUAN_2009 =
    '記者從12日召開的四川省工業經濟工作會議上獲悉,2009年四川省規模以上工業總產值達到6183億元,與2008年的4939億元相比,連跨兩個千億臺階,有力支撐了四川省2009年GDP增速14%的目標。';

  it('超额完成全年目标的103.4%: a share of the target, done', () => {
    expect(the(REVIEW_2016, '103.4')).toMatchObject({ kind: 'share', status: 'actual' });
    expect(the(REVIEW_2016, '10.7')).toMatchObject({ kind: 'growth', status: 'actual' });
  });

  it('高于…目标任务13%, 14%的目标: the target', () => {
    expect(the(REVIEW_2016, '13')).toMatchObject({ status: 'target', kind: 'growth' });
    expect(the(REVIEW_2016, '22.5').status).toBe('actual');
    expect(the(SICHUAN_2009, '14')).toMatchObject({ status: 'target', period: '2009年' });
    expect(the(SICHUAN_2009, '6183').status).toBe('actual');
    // (What supported it, 有力支撐了, is no part of its label.)
    expect(the(SICHUAN_2009, '14').label).toMatch(/^四川省.*GDP增速$/u);
  });

  it('a gap above a target stays a result; what passed a rate is counted', () => {
    expect(the('规模以上工业增加值增长13%,高于市政府下达目标4个百分点。', '4').status).toBe('actual');
    expect(the('实现利润增长15%的企业有30家。', '30').status).toBe('actual');
  });
});
