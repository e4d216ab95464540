/**
 * A status the sentence says outright stands against the rules that guess one from the time: "力争…将突破" in a report
 * on that year is a target (将突破 alone, told once the year is over, is an estimate: 南充, held-out set 14); "预计"
 * before a plan period not yet over is an estimate (the plan period alone is a target). A target amount set as a task
 * ("完成市下达的30亿元的任务", a county's 2021 summary) takes a year only when one is known.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a status said outright', () => {
  it('keeps a target written with 将突破 a target', () => {
    expect(the('力争全市工业销售收入将突破1300亿元以上。', '1300', { asOf: '2011年' }).status).toBe('target');
    expect(the('今年的目标是全市工业销售收入将突破1300亿元以上。', '1300', { asOf: '2011年' }).status).toBe('target');
  });

  it('keeps an estimate over a plan period not yet over an estimate', () => {
    const rate = the('预计“十四五”时期全市规模以上工业增加值年均增长6%。', '6', { asOf: '2022年' });
    expect([rate.period, rate.status]).toEqual(['“十四五”时期', 'estimate']);
    expect(the('“十四五”时期全市规模以上工业增加值年均增长6%。', '6', { asOf: '2022年' }).status).toBe('target');
  });
});

describe('a target amount set as a task', () => {
  const text = '规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的任务。';

  it('is of the year known, and of no year when none is', () => {
    expect(the(text, '30', { asOf: '2021年' }).period).toBe('2021年');
    const task = the(text, '30');
    expect([task.status, task.period]).toEqual(['target', '']);
  });
});
