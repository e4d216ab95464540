/**
 * A report on months that names no year of its own but compares with a whole year (比2015全年, 较2015年全年) and with
 * 上年同期 is of the year after that whole year; without 上年 to say the base is the year before, no year is read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';

// 广西 2016 1至2月 (中國網 big5, held-out set 25).
const GUANGXI =
  '近日,從自治區統計局獲悉,1至2月,廣西規模以上工業增加值增長7.0%。\n1至2月,廣西規模以上工業增加值高於全國1.6個百分點,但比上年同期回落1.0個百分點,比2015全年回落0.9個百分點。對全區規上工業增長的貢獻從去年同期的第三位躍居首位。';

describe('a whole year compared with, in a report naming no year of its own', () => {
  it('is the year before the report’s', () => {
    expect(reportPeriod(GUANGXI)).toMatchObject({ period: '1-2月', year: 2016 });
    expect(reportPeriod('1-5月,全市规上工业增加值增长6%,较2015年全年加快1个百分点,比上年同期回落0.5个百分点。')).toMatchObject({
      year: 2016,
    });
    // 去年同期's place is then 2015's months, without --as-of too.
    const rank = extractFigures(GUANGXI).find((f) => f.value === '三')!;
    expect(rank.period).toBe('2015年1-2月');
  });

  it('not without 上年 in the text', () => {
    expect(reportPeriod('1-5月,全市规上工业增加值增长6%,较2015年全年加快1个百分点。').year).toBeUndefined();
  });
});
