/**
 * Work meetings and bureau summaries, as held-out set 17 showed them read wrong: a meeting's "主要预期指标是：" list
 * read as results of the year reviewed, and a bureau's award headline ("…年度目标责任考核优秀单位") making every
 * result under it a target. Each on the reports' own words.
 */
import { describe, expect, it } from 'vitest';
import { writtenYear } from '../src/shared/extract/report-period';
import { opensTargets } from '../src/shared/extract/status';
import { the } from './extract-helpers';

// 许昌's 工业大会 (news of 2015-03-02), shortened: the meeting reviews 2014 and sets out 2015.
const XUCHANG =
  '昨天上午,全市工业大会召开,会议的主要任务是,回顾总结2014年工业发展情况,全面安排部署2015年工业发展工作。\n' +
  '2014年,全市规模以上工业企业增加值完成1201亿元,总量居全省第3位,增速达11.9%。今年我市工业发展的主要任务是:促进全市工业经济持续健康平稳发展。' +
  '主要预期指标是:工业增加值增长9.5%以上;120个亿元以上工业项目完成投资超过300亿元;中小企业增加值同比增长12.5%左右。';

describe('a meeting’s expected indicators', () => {
  it('"主要预期指标是：" makes the figures after it targets, of the year the meeting plans', () => {
    for (const opts of [{ asOf: '2014年' }, {}]) {
      expect(the(XUCHANG, '9.5', opts), JSON.stringify(opts)).toMatchObject({ status: 'target', period: '2015年', qualifier: '以上' });
      expect(the(XUCHANG, '120', opts)).toMatchObject({ status: 'target', period: '2015年', kind: 'count' });
      expect(the(XUCHANG, '300', opts)).toMatchObject({ status: 'target', period: '2015年', qualifier: '超过' });
      expect(the(XUCHANG, '12.5', opts)).toMatchObject({ status: 'target', period: '2015年', qualifier: '左右' });
      // The year reviewed stays results.
      expect(the(XUCHANG, '1201', opts)).toMatchObject({ status: 'actual', period: '2014年' });
    }
  });

  it('an indicator list said to be met or beaten opens no targets', () => {
    const text = '2014年,全市工业超额完成主要预期指标:规模以上工业增加值增长11.9%。';
    expect(the(text, '11.9', { asOf: '2014年' }).status).toBe('actual');
  });

  it('a meeting that plans the next year is held in it; one that plans its own year is not', () => {
    expect(writtenYear(XUCHANG, '2014年', 2014)).toBe(2015);
    expect(writtenYear('会议回顾总结2014年工作,安排部署2014年下半年工作。', '2014年', 2014)).toBe(2014);
    expect(writtenYear(XUCHANG, '2014年1-6月', 2014)).toBe(2014);
  });
});

describe('a headline about targets met', () => {
  // 安康市工业和信息化局 (2014-05-16) on its 2013 results.
  const ANKANG =
    '市工信局再次荣膺年度目标责任考核优秀单位\n' +
    '2013年,全市规模以上工业实现产值635亿元,增长33%;实现增加值231亿元,增长25%,增速连续两年保持全省第二。';

  it('an award for the year’s targets (目标责任考核) is no list of targets: the figures under it are results', () => {
    for (const v of ['635', '33', '231', '25', '二']) expect(the(ANKANG, v, { asOf: '2013年' }).status, v).toBe('actual');
    expect(opensTargets('市工信局再次荣膺年度目标责任考核优秀单位')).toBe(false);
    expect(opensTargets('全市超额完成年度目标任务')).toBe(false);
  });

  it('what exceeds the year’s task (超年度任务) is the subject before’s, compared with the task', () => {
    const text = '招商引资到位资金6350万元,超年度任务5.8%。';
    const f = the(text, '5.8', { asOf: '2013年' });
    expect(f.label).toContain('招商引资到位资金');
    expect(f.status).toBe('actual');
  });

  it('a heading naming targets still opens their list', () => {
    expect(opensTargets('二、2018年发展主要预期目标')).toBe(true);
    expect(opensTargets('2015年工作目标')).toBe(true);
  });
});
