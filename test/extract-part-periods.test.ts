/**
 * A part of the sentence's period, named for some figures only, in reports of the genre read for a sweep (not in
 * test/corpus): "其中当月…" in a half-year report, and "半年累计…" in a June report, hold to the end of their part of
 * the sentence (the next ；), after which the sentence's own period is back. 半年累计 is the first half (上半年), not
 * the month the sentence opened with, and no part of the label.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A city's half-year industry report, in traditional characters (wangluoshidai.cn).
const CITY_HALF =
  '上半年,全市611戶規模以上企業實現工業總產值736.7億元,同比增長11.4%;規模以上工業增加值增長13%,高於市政府下達目標4個百分點,全省排名第3位,其中當月工業增加值增長12%,高於全省平均水平3.3個百分點;工業對全市GDP貢獻率突破72%,拉動全市GDP增長7個百分點,創歷史新高;工業投資216.5億元,居全省第5位。';
// A county's June 2010 industry report (pjckts.cn).
const COUNTY_JUNE =
  '据我局统计,今年6月全县实现规上工业产值20.67亿元,同比负增长3.4%,半年累计完成规上工业产值108.7亿元,同比增长18.7%,增幅比5月下降6.8个百分点;完成规上销售产值20亿元,同比负增长1.7%,半年累计完成规上销售产值105.1亿元,增幅比5月下降8.9个百分点。';

describe('其中当月', () => {
  it('is the month of its own part of the sentence only', () => {
    const opts = { asOf: '2014年上半年' };
    expect(the(CITY_HALF, '12', opts).period).toMatch(/^(?:2014年)?6月$/u);
    expect(the(CITY_HALF, '3.3', opts).period).toMatch(/^(?:2014年)?6月$/u);
    expect(the(CITY_HALF, '72', opts).period).toBe('上半年');
    expect(the(CITY_HALF, '216.5', opts).period).toBe('上半年');
  });
});

describe('半年累计', () => {
  it('is the first half, up to the end of its part of the sentence', () => {
    const opts = { asOf: '2010年6月' };
    expect(the(COUNTY_JUNE, '20.67', opts).period).toBe('2010年6月');
    expect(the(COUNTY_JUNE, '108.7', opts)).toMatchObject({ period: '上半年', label: '规上工业产值' });
    expect(the(COUNTY_JUNE, '18.7', opts).period).toBe('上半年');
    expect(the(COUNTY_JUNE, '20', opts).period).toBe('2010年6月');
    expect(the(COUNTY_JUNE, '105.1', opts)).toMatchObject({ period: '上半年', label: '规上销售产值' });
  });

  it('is not the half of a longer word', () => {
    expect(the('全县近半年累计新增企业12家。', '12', { asOf: '2010年6月' }).period).not.toBe('上半年');
  });
});
