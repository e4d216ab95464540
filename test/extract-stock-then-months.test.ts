/**
 * A dated report that opens on a 今年 sentence which only counts, then on months to date (泰州 2024, held-out set 35):
 * its rates are of the months, without the as-of too; the count of 今年 stays the year's.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract/report-period';
import { the } from './extract-helpers';

const TAIZHOU = [
  '“1+4”主导产业平稳增长,有力支撑全市工业经济',
  '  • 信息来源:市工业和信息化局',
  '  • 发布日期:2024-03-25 09:01',
  '',
  '市工信局结合全市中小企业进规情况,进一步优化调整“1+4”主导产业企业库,今年入库企业达1503家,比2023年增加198家,62个细分领域进一步精准优化为55个。',
  '',
  '1-2月,全市“1+4”主导产业完成产值870.9亿元,同比增长5.7%,高于规上工业1.4个百分点。',
  '',
  '大健康制造完成产值221.3亿元,同比增长0.7%,其中生物医药产业产值同比增长1.9%。',
].join('\n');

describe('a 今年 count, then months to date', () => {
  it('makes the report one of the months', () => {
    expect(reportPeriod(TAIZHOU).period).toBe('2024年1-2月');
    expect(the(TAIZHOU, '221.3').period).toBe('2024年1-2月');
    expect(the(TAIZHOU, '1503').period).toBe('2024年');
  });

  it('not when the 今年 sentence holds a rate of its own (made up)', () => {
    const rate = TAIZHOU.replace('今年入库企业达1503家', '今年入库企业达1503家,同比增长3%');
    expect(reportPeriod(rate).period).toBe('2024年');
  });
});
