/**
 * Amounts and rates written against a task or a target: an amount followed by 的任务 or 的目标 is the target set for the
 * measure before ("…营收为30.86亿元,提前一个月完成市下达的30亿元的任务", a county's 2021 work summary); how much of a
 * target is done ("完成全年目标的56.6%", 常州 2023) is a share of the measure before, named with or without the year and
 * 的; by how much a task was passed ("超年度任务5.8%", 安康) is a change, but a rate of completion named after it
 * (完成率) stays a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an amount followed by 的目标', () => {
  it('is the target set for the measure before', () => {
    const text = '规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的目标。';
    expect(the(text, '30')).toMatchObject({ label: '规模以上工业企业营收目标', status: 'target' });
  });
});

describe('how much of a target is done', () => {
  it('is of the measure before, the target named without its year or without 的', () => {
    expect(the('新增产值282.8亿元,完成目标的56.6%。', '56.6').label).toBe('新增产值完成目标');
    expect(the('新增产值282.8亿元,完成全年目标56.6%。', '56.6').label).toBe('新增产值完成全年目标');
  });
});

describe('a rate after a task passed', () => {
  it('is a share when it names a rate of completion after the task', () => {
    expect(the('招商引资到位资金6350万元,超年度任务完成率5.8%。', '5.8').kind).toBe('share');
    expect(the('招商引资到位资金6350万元,超年度任务5.8%。', '5.8').kind).toBe('change');
  });
});
