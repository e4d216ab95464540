/**
 * An intensity, a measure per unit of output, is one unit with its slash: "1.361噸標準煤/萬元" (held-out set 35), not
 * 吨标准煤 with "/万元" left over.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 陕西 2007 (台灣網, big5, held-out set 35).
const SHAANXI =
  '其中,我省單位GDP能耗1.361噸標準煤/萬元,下降4.54%,列全國第四位,西部省區第一位;單位工業增加值能耗2.270噸標準煤/萬元,下降7.81%,列全國第十位、西部省區第三位;單位GDP電耗1340.24千瓦時/萬元,下降1.79%,列全國第八位、西部省區第三位。';
// 2008 年能耗公报 (人民日报 2009-06-30, from the pages corpus).
const NATIONAL =
  '公报还显示,去年分省份单位GDP能耗从低向高排,前三位省份依次是北京、广东、浙江,北京的单位GDP能耗为0.662吨标准煤/万元;后三位依次是贵州、青海、宁夏,宁夏的单位GDP能耗为3.686吨标准煤/万元。';

describe('a unit per 万元', () => {
  it('is read whole, a level', () => {
    expect(the(SHAANXI, '1.361')).toMatchObject({ unit: '噸標準煤/萬元', number: 1.361, kind: 'level' });
    expect(the(SHAANXI, '1340.24')).toMatchObject({ unit: '千瓦時/萬元', kind: 'level' });
    expect(the(NATIONAL, '0.662')).toMatchObject({ unit: '吨标准煤/万元', kind: 'level' });
    expect(the(NATIONAL, '3.686')).toMatchObject({ unit: '吨标准煤/万元', kind: 'level' });
  });

  it('leaves the figures after it and a counter after a slash as they were', () => {
    expect(the(SHAANXI, '4.54')).toMatchObject({ unit: '%', number: -4.54, kind: 'growth' });
    expect(the('更新设备24426台/套。', '24426').unit).toBe('台');
  });
});
