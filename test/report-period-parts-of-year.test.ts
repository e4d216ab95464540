/**
 * A report opening on 今年, naming no year, whose first sentence then steps through the parts of the year to date
 * (一季度, 上半年, 前三季度) is about the last of them: figures that name no time are of that part.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

// 天津 2012 前三季度 (中国报告大厅 repost, held-out set 26).
const TIANJIN =
  '今年天津市工业系统努力克服金融危机、欧债危机等不利因素影响,今年仍实现平稳快速增长,今年一季度,全市规模以上工业增加值同比增长17.8%,上半年增长16.7%,前三季度完成工业总产值17332.3亿元人民币,同比增长16.2%。\n区县工业累计完成工业总产值5233.52亿元,同比增长20.79%。';

describe('parts of the year to date in a report’s first sentence', () => {
  it('the last of them is the report’s period', () => {
    expect(reportPeriod(TIANJIN).period).toBe('前三季度');
    expect(the(TIANJIN, '5233.52').period).toBe('前三季度');
  });

  it('not one part alone, nor a report that opens on another time', () => {
    expect(reportPeriod('今年全市工业平稳运行,1-7月规上工业增加值增长6%。').period).toBe('今年');
    expect(reportPeriod('1-7月,全市规上工业增加值增长6%,一季度增长5%。').period).toBe('1-7月');
  });
});
