/**
 * In a report on several months, a PMI and a figure compared with the month before the last are of the last month
 * alone (黑龙江 前三季度, held-out set 15), when their sentence names no time of its own.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HEILONGJIANG =
  '要素及先行指标总体向好。全省工业用电量完成406.1亿千瓦时,增长1.7%,高于去年同期0.2个百分点。制造业PMI指数为51.1%,结束了连续两个月的下行走势,重回荣枯线上;工业生产者出厂价格指数(PPI)同比上涨14%,比8月份提高0.8个百分点。';

describe('a figure of the last month of a report on several', () => {
  it('a purchasing managers’ index is of the month', () => {
    expect(the(HEILONGJIANG, '51.1', { asOf: '2018年前三季度' }).period).toBe('2018年9月');
    expect(the(HEILONGJIANG, '51.1', { asOf: '2018年1-8月' }).period).toBe('2018年8月');
  });

  it('a clause compared with the month before the last is of the last', () => {
    expect(the(HEILONGJIANG, '14', { asOf: '2018年前三季度' }).period).toBe('2018年9月');
    expect(the(HEILONGJIANG, '0.8', { asOf: '2018年前三季度' }).period).toBe('2018年9月');
    // (The clauses before the ； compare with no month: of the nine months.)
    expect(the(HEILONGJIANG, '406.1', { asOf: '2018年前三季度' }).period).toBe('2018年前三季度');
    expect(the(HEILONGJIANG, '1.7', { asOf: '2018年前三季度' }).period).toBe('2018年前三季度');
  });

  it('not when the sentence names its time, the base is another month, or the report is on a year', () => {
    expect(the('1-9月,全省工业增加值增长5.1%,比1-8月提高0.2个百分点。', '5.1', { asOf: '2018年1-9月' }).period).toBe('1-9月');
    expect(the('全省工业增加值增长5.1%,比6月份提高0.2个百分点。', '5.1', { asOf: '2018年1-9月' }).period).toBe('2018年1-9月');
    expect(the('制造业PMI指数为51.1%。', '51.1', { asOf: '2018年' }).period).toBe('2018年');
  });
});
