/**
 * A gap short of a target, written 欠 and the target ("欠区级奋斗目标任务(24.93亿元)11.2个百分点", 攀枝花东区's 2009 1—8月
 * industry, held-out set 48, http://12380.maomin.org/tzfw/zwgk/tzsj/513009.shtml): the progress falls behind the target's
 * schedule, a result below it (−), as "低于…目标" is. The two gaps were read positive, as targets, and labelled with the
 * target only; the target's amount in brackets stays a target of its own, labelled with its name.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const DONGQU =
  '其中,地方规模以上工业完成增加值13.8亿元,同比增长36 %,欠市级考核目标任务及区级确保目标任务(23.9亿元)8.9个百分点,欠区级奋斗目标任务(24.93亿元)11.2个百分点,增速和达目标任务进度在市区县中均排名第一位。';
const asOf = '2009年1-8月';

describe('欠…目标任务(amount) N个百分点', () => {
  it('is a result below the target, of the measure before', () => {
    for (const v of ['8.9', '11.2']) {
      const gap = the(DONGQU, v, { asOf });
      expect(gap.number).toBe(-Number(v));
      expect(gap.kind).toBe('change');
      expect(gap.status).toBe('actual');
      expect(gap.label).toMatch(/^地方规模以上工业/u);
    }
  });

  it('leaves the amount in brackets a target, named as the target', () => {
    expect(the(DONGQU, '23.9', { asOf })).toMatchObject({ number: 23.9, status: 'target', label: '市级考核目标任务及区级确保目标任务' });
    expect(the(DONGQU, '24.93', { asOf })).toMatchObject({ number: 24.93, status: 'target', label: '区级奋斗目标任务' });
  });

  it('as "低于…目标" is read', () => {
    const gap = the('规上工业增加值增长6.5%,低于年度预期目标1.5个百分点。', '1.5', { asOf: '2021年1-3月' });
    expect(gap.number).toBe(-1.5);
    expect(gap.status).toBe('actual');
  });
});

describe('the progress toward a target (目标任务进度)', () => {
  it('is a result, as is its place', () => {
    expect(the(DONGQU, '一', { asOf })).toMatchObject({ kind: 'rank', number: 1, status: 'actual' });
  });
});

describe('a target to be assessed, ensured or striven for, in brackets', () => {
  it('is the year’s, as a 年度目标 is', () => {
    expect(the(DONGQU, '23.9', { asOf }).period).toBe('2009年');
    expect(the(DONGQU, '24.93', { asOf }).period).toBe('2009年');
    expect(the(DONGQU, '8.9', { asOf }).period).toBe('2009年1-8月');
  });
});
