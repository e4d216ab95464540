/**
 * "增速从1~2月11.0%起步, 到1~6月同比增长10.4%": after 到, months summed to date are where a rate has come to, its
 * period and no target (a target is set for a time: 到2020年, 到年底), and no part of what the rate measures.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A city's 上半年 report (http://y.tt/212011700070cn.html).
const HALF =
  '上半年以来, 规模以上工业增加值增速从1~2月11.0%起步, 到1~6月同比增长10.4%, 保持了两位数的增长, 增速比上年同期提升4.9个百分点, 比全省高0.7个百分点, 比全国高3.7个百分点.';

describe('months to date after 到', () => {
  it('are the time of a rate come to, an actual result', () => {
    expect(the(HALF, '10.4').status).toBe('actual');
    expect(the(HALF, '10.4').period).toBe('1-6月');
    expect(the(HALF, '10.4').label).toBe('规模以上工业增加值增速');
    expect(the(HALF, '4.9').status).toBe('actual');
    expect(the(HALF, '11.0').period).toBe('1-2月');
  });

  it('while a year or a time of year after 到 is still a target', () => {
    expect(the('力争到2020年,全市规上工业增加值达到1000亿元。', '1000', { asOf: '2016年' }).status).toBe('target');
    expect(the('2016年,全市规上工业增加值增长8%,力争到年底达到1000亿元。', '1000').status).toBe('target');
  });
});
