/**
 * A text naming no year of its own but the congress session a 政府工作报告 was given at reviews the year (or five
 * years) before the session's; a year its figures are likened to (是1950年到2002年53年的总和) is no year of its own.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

// 温家宝's 2008 政府工作报告, a 繁體 copy (http://dlnp.com.cn/infocus/2008-03/05/content_11611932.htm).
const REPORT_2008 =
  '3月5日上午9時,十一屆全國人大一次會議在人民大會堂開幕,聽取和審議國務院總理溫家寶作政府工作報告。中國網進行現場直播。\n' +
  '溫家寶說,過去五年我們制定和實施一系列產業政策和專項規劃,促進產業結構的優化升級。\n' +
  '青藏鐵路提前一年建成通車。五年新增電力裝機3.5億千瓦,是1950年到2002年53年的總和;新增公路19.2萬公里,其中高速公路2.8萬公里;建成萬噸級以上泊位568個。\n';

describe('a work report given at a congress session', () => {
  it('reviews the years before the session’s', () => {
    expect(the(REPORT_2008, '3.5').period).toBe('2003-2007年');
    expect(the(REPORT_2008, '568').period).toBe('2007年');
  });

  it('its 今年 stays the session’s year', () => {
    const targets =
      '新华社受权于14日全文播发李克强总理代表国务院在十四届全国人大一次会议上所作的《政府工作报告》。报告共分两个部分:一、过去一年和五年工作回顾;二、对今年政府工作的建议。\n报告指出,今年发展主要预期目标是:国内生产总值增长5%左右。\n';
    expect(the(targets, '5')).toMatchObject({ period: '2023年', status: 'target' });
  });

  it('a session named without its work report is the year of the text', () => {
    expect(reportPeriod('十一届全国人大一次会议在人民大会堂开幕。代表们审议了议案。').year).toBe(2008);
  });
});

describe('a year a figure is likened to', () => {
  it('is not the report’s year', () => {
    // (reportPeriod reads the text as the extractor gives it, in simplified characters.)
    expect(
      reportPeriod('十一届全国人大一次会议开幕,温家宝作政府工作报告。过去五年,新增电力装机3.5亿千瓦,是1950年到2002年53年的总和。').year,
    ).toBe(2007);
    expect(reportPeriod('全区规模以上工业增加值170亿元,是2010年的2.1倍。').year).toBeUndefined();
  });
});
