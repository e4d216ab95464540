/**
 * A page typed with Latin stops ("…3.7个百分点. 各月累计平均增速保持在10%以上"): a point after a Chinese word, a percent
 * sign or a closing bracket, then a space or a line's end, ends a sentence as 。 does; a decimal point never does.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// A city's 上半年 report (http://y.tt/212011700070cn.html).
const HALF =
  '上半年以来, 规模以上工业增加值增速从1~2月11.0%起步, 到1~6月同比增长10.4%, 比全国高3.7个百分点. 各月累计平均增速保持在10%以上, 远高于上年同期各月累计平均增长5%以上的水平.\n上半年, 全市36个大类行业中, 28个行业实现正增长.';

describe('a Latin stop after a word', () => {
  it('ends the sentence: the next opens its own subject', () => {
    expect(the(HALF, '10', { asOf: '2021年上半年' }).label).toBe('各月增速');
    expect(the(HALF, '3.7', { asOf: '2021年上半年' }).label).toContain('规模以上工业增加值');
  });

  it('while a decimal point stays one', () => {
    expect(extractFigures(HALF, { asOf: '2021年上半年' }).map((x) => x.value)).toEqual(['11.0', '10.4', '3.7', '10', '5', '36', '28']);
  });
});
