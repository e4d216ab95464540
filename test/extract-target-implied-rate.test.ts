/**
 * In a list of targets, "达到10.86亿元,预计比上年增长24.8%": 预计 before a rate that names no time of its own is the
 * growth the target implies, a target too, and the list's figures after it stay targets.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A county 工信局 director's speech on 2021 and 2022 (https://laobiganzi.top/177070.html).
const TARGETS =
  '县“三年翻两番”2022年目标任务是:全县规模以上开业增加值达到10.86亿元,预计比上年增长24.8%;规上企业营收入达到45亿元,预计比上年增长32.4%;全县工业税收达到3.1亿元,预计比上年增长41%;新增规模上企业15家。';

describe('预计比上年增长 inside a list of targets', () => {
  it('is a target, and so is what follows it', () => {
    for (const v of ['10.86', '24.8', '45', '32.4', '3.1', '41', '15']) expect(the(TARGETS, v, { asOf: '2021年1-11月' }).status, v).toBe('target');
  });

  it('while an estimate of a time, outside a list of targets, stays one', () => {
    expect(the('预计全年规上工业增加值增长8%,营收达到45亿元。', '45', { asOf: '2021年' }).status).toBe('estimate');
  });
});
