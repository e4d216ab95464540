/**
 * The end of the year before as a figure's time: 去年底 (去年末, 去年年底) is the end of the year before the one the report
 * was written in, 上年末 (上年底) the end of the year before the report's own, written as the writer wrote it ("2011年底",
 * as the corpus annotates 鹰潭's); a base's own value after its measure ("比去年底占比42.5%的水平") is that end's; a flow's
 * growth at a year's end is over the whole year.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the end of the year before', () => {
  // 鹰潭 2012 上半年 (held-out set 41, yingtan-2012-h1-industry).
  const YINGTAN =
    '1-6月市属工业占全市工业的比重达到44.4%,比去年底占比42.5%的水平提高1.9个百分点,市属企业增加值占比提升,对全市工业的拉动作用进一步增强。';

  it('is the period of the base’s own value; the figures around it stay the report’s', () => {
    expect(the(YINGTAN, '42.5', { asOf: '2012年1-6月' }).period).toBe('2011年底');
    expect(the(YINGTAN, '44.4', { asOf: '2012年1-6月' }).period).toBe('1-6月');
    expect(the(YINGTAN, '1.9', { asOf: '2012年1-6月' }).period).toBe('1-6月');
  });

  it('is the time of what stands at it', () => {
    expect(the('截至去年底,全市规模以上工业企业达到1200户。', '1200', { asOf: '2012年1-6月' }).period).toBe('2011年底');
    const f = the('上年末全市共有高新技术企业320家。', '320', { asOf: '2012年1-6月' });
    expect(f).toMatchObject({ period: '2011年末', label: '高新技术企业' });
  });

  it('in a review of a whole year written after it, 去年 is the year reviewed; a flow’s growth then is the year’s', () => {
    // 商洛 2009 (held-out set 32, shangluo-2009-industry-traditional, written in 2010).
    const SHANGLUO = '其后工业经济逐步上扬向好,到去年底,全市规模以上工业总产值增速已达到28.7%,实现了省政府“保五争十”的工作要求。';
    expect(the(SHANGLUO, '28.7', { asOf: '2009年' }).period).toBe('2009年');
    expect(the('到去年底,全市规上工业企业达到356户。', '356', { asOf: '2009年' }).period).toBe('2009年底');
  });

  it('compared with, it is a base; a start counted from is no time', () => {
    expect(the('去年末,全市规上工业企业达到856家,比上年末增加52家。', '52', { asOf: '2012年1-6月' }).period).toBe('2011年末');
    expect(the('全市规上工业企业856家,比上年末增加52家。', '52', { asOf: '2012年' }).period).toBe('2012年');
    expect(the('自去年底以来,全市工业增速逐月回升,6月增长12%。', '12', { asOf: '2012年1-6月' }).period).toBe('6月');
  });
});
