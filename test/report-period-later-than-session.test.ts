/**
 * A year after the congress session a report is given at is a target year ("2035年人均GDP比2020年翻一番" in a report on
 * the 2026 session), never the report's own: 今年's targets are the session's year's. 升幅, as a Hong Kong paper writes
 * 涨幅, is a rate.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 李强's 2026 政府工作报告 as a Hong Kong paper reported it (am730, 2026-03-05).
const AM730 =
  'date 2026-03-05 十四屆全國人大四次會議，今早9時在北京人民大會堂開幕，總理李強發表任內第二份政府工作報告。報告指，過去一年取得的成績來之不易。\n\n' +
  '十五五規劃提出20項主要指標 2035年人均GDP比2020年翻一番\n\n' +
  '李強指，今年發展主要預期目標是經濟增長4.5%至5%，在實際工作中努力爭取更好結果；城鎮調查失業率5.5%左右，城鎮新增就業1200萬人以上；居民消費價格升幅2%左右。\n';

describe('a year after the session', () => {
  it('is no report year: 今年 is the session’s', () => {
    expect(the(AM730, '4.5')).toMatchObject({ period: '2026年', status: 'target' });
    expect(the(AM730, '1200')).toMatchObject({ period: '2026年', status: 'target', qualifier: '以上' });
  });

  it('升幅 is a rate', () => {
    expect(the(AM730, '2')).toMatchObject({ kind: 'growth', label: '居民消費價格升幅', qualifier: '左右' });
  });
});
