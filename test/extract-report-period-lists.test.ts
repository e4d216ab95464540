/**
 * A report's own period is never an item of a list of periods ("一季度、上半年、前三季度GDP分别增长6.2%、6.7%、6.9%")
 * nor the year whose targets it sets ("2017年预期目标是,…"): 吉林 2016 (held-out set 18), which names no year of
 * its own, is left without one rather than read as 一季度 or 2017. A numbered heading ("一、2024年工作回顾") is no list.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract/report-period';

describe('the report period', () => {
  it('skips the items of a list of periods and a year of targets', () => {
    const jilin =
      '在15日开幕的吉林省十二届人大六次会议上,吉林省代省长刘国中介绍,刚刚过去的该省地区生产总值预计增长6.9%。\n' +
      '但是回溯吉林在整个东北新振兴元年的表现,一季度、上半年、前三季度GDP分别增长6.2%、6.7%、6.9%。\n' +
      '吉林官方制定的2017年预期目标是,地区生产总值增长7%左右,地方级财政收入增长3%左右。';
    const p = reportPeriod(jilin);
    expect(p.period).not.toBe('一季度');
    expect(p.year).not.toBe(2017);
  });

  it('reads a numbered heading’s year as before', () => {
    expect(
      reportPeriod('一、2024年工作回顾\n全省地区生产总值增长5.8%;\n二、2025年主要目标任务\n全省地区生产总值增长5.5%以上;'),
    ).toMatchObject({
      period: '2024年',
      year: 2024,
    });
  });
});
