/**
 * A 分别 list with no word of its own ("同比分别增长…", "分别比上年提高…") after n figures that come after the
 * sentence's list before: the values are those n figures' rates or changes ("全县完成工业总产值60.54亿元,增加值16.03亿元,
 * 同比分别增长53.7%和25.1%;其中规模以上工业实现产值22.09亿元,增加值6.93亿元,同比分别增长106.1%和42%", a county's
 * 2011 report), whether the figures are amounts or rates. When the n figures before run into the list before, the values
 * are that list's items'.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list with no word of its own after n figures', () => {
  it('is of the n rates just before, not of the list before them', () => {
    const text = '工业和农业分别完成60.54亿元和16.03亿元,规模以上工业增加值增长8.4%,利润增长5.9%,分别比上年提高1.2和0.5个百分点。';
    expect(the(text, '1.2').label).toBe('规模以上工业增加值变化');
    expect(the(text, '0.5').label).toContain('利润');
  });

  it('is of the list before when the n figures just before run into it', () => {
    const text = '工业和农业分别完成60.54亿元和16.03亿元,服务业完成80亿元,同比分别增长53.7%和25.1%。';
    expect(the(text, '53.7').label).toBe('工业增速');
    expect(the(text, '25.1').label).toBe('农业增速');
  });
});
