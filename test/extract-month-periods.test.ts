/**
 * A month named before what is summed from January, and a month named twice ("12月份当月"): periods read in
 * held-out set 14 (天水 2014年4月, 山东 2017), as the reports write them.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

describe('a month before a cumulative clause', () => {
  const TIANSHUI = '2014年4月,“10强50户”企业累计实现工业增加值31.87亿元,同比增长6.4%;实现工业总产值71.17亿元,同比增长4.5%。';

  it('is the months up to it (累计: from January)', () => {
    expect(the(TIANSHUI, '31.87').period).toBe('2014年1-4月');
    expect(the(TIANSHUI, '6.4').period).toBe('2014年1-4月');
    expect(the(TIANSHUI, '71.17').period).toBe('2014年1-4月');
    // The same without the year, and with 份.
    expect(periodMentions('8月份，全市规上工业累计完成产值100亿元。', 2019).map((m) => m.text)).toEqual(['1-8月']);
  });

  it('stays the month when nothing after it is summed, or the month is January', () => {
    expect(the('2019年8月，全市规上工业增加值增长8.9%。', '8.9').period).toBe('2019年8月');
    expect(periodMentions('1月，全市规上工业累计完成产值100亿元。', 2019).map((m) => m.text)).toEqual(['1月']);
  });
});

describe('a month named again as 当月', () => {
  it('is that month ("2017年12月份當月達7.4%": 特别是 names no base)', () => {
    const text = '2017年，全省规模以上工业增加值同比增长6.9%。特別是2017年12月份當月達7.4%,高于江蘇、廣東,達到下半年最高點。';
    expect(the(text, '7.4').period).toBe('2017年12月');
    expect(the(text, '7.4', { asOf: '2017年' }).period).toBe('2017年12月');
    expect(periodMentions('特别是2017年12月份当月达7.4%。', 2017).map((m) => [m.text, m.role])).toEqual([['2017年12月', 'time']]);
  });

  it('keeps a base after 是 that is no 特别是 ("是2010年的1.8倍")', () => {
    expect(periodMentions('地区生产总值是2010年的1.8倍。', 2015).map((m) => m.role)).toEqual(['base']);
  });
});

describe('到 between two months', () => {
  // 浙江 2013 (浙江日报, held-out set 23): "1到11月" is the range 1-11月, as "1至11月" and "2013年1到11月" are.
  const ZHEJIANG = '1到11月,全省工业技改投资4245亿元,增长27.6%,占工业投资的64.7%;设备工器具购置费用2730亿元,增长17.5%,占工业投资的41.6%。';

  it('is a range of months, not the last month alone', () => {
    for (const v of ['4245', '27.6', '64.7', '2730']) expect(the(ZHEJIANG, v, { asOf: '2013年' }).period, v).toBe('1-11月');
    expect(periodMentions('1到11月,全省工业技改投资4245亿元。', 2013).map((m) => m.text)).toEqual(['1-11月']);
  });

  it('is no range where no month follows ("提高到11个百分点")', () => {
    expect(periodMentions('比重由8提高到11个百分点。', 2013)).toEqual([]);
  });
});

describe('a month after 去年', () => {
  it('is named as "去年1-11月" is, the year the report’s ("到去年12月末,…存款余额19147.62亿元", 陕西 2011, held-out set 24)', () => {
    const text = '2011年全省财政总收入完成2577.97亿元。到去年12月末,全省金融机构人民币(不含外资)各项存款余额19147.62亿元。';
    expect(the(text, '19147.62', { asOf: '2011年' }).period).toBe('12月末');
    expect(the(text, '19147.62').period).toBe('12月末');
    // A month inside a year written in digits is still read with its year.
    expect(periodMentions('2019年3月末,全市各项贷款余额100亿元。', 2019).map((m) => m.text)).toEqual(['2019年3月末']);
  });
});

describe('a breakdown by month (分月度看)', () => {
  // 山东 2020 上半年 (中国山东网, held-out set 30).
  const SHANDONG =
    '上半年,山东省规模以上工业增加值同比下降0.1%,降幅比一季度收窄5.7个百分点。\n\n' +
    '分月度看,6月份规模以上工业增加值同比增长7.0%,比5月份提高1.9个百分点,连续4个月增长。分经济类型看,国有控股企业增加值同比下降1.6%;股份制企业下降0.2%,外商及港澳台商投资企业下降0.7%;私营企业增长3.5%。';

  it('keeps its months to itself: the breakdowns after it are of the report’s period again', () => {
    expect(the(SHANDONG, '7.0', { asOf: '2020年上半年' }).period).toBe('6月');
    expect(the(SHANDONG, '1.9', { asOf: '2020年上半年' }).period).toBe('6月');
    for (const v of ['1.6', '0.2', '0.7', '3.5']) expect(the(SHANDONG, v, { asOf: '2020年上半年' }).period, v).toBe('2020年上半年');
  });

  it('still gives its own figures their month (南阳 2022, "从月度增速看")', () => {
    const text = '前7个月,全市规模以上工业增加值同比增长6.2%,居全省第8位。从月度增速看,7月份增长5.9%,居全省第11位,较6月份提高4个位次。';
    expect(the(text, '5.9', { asOf: '2022年1-7月' }).period).toBe('7月');
    expect(the(text, '6.2', { asOf: '2022年1-7月' }).period).toMatch(/1-7月$/u);
  });
});

describe('单月 (the single month) as 当月', () => {
  // 鄞州区经信局, 2020年1-10月 (held-out set 30).
  const YINZHOU = '但与全市平均比较,累计增幅仍偏低3.7个百分点,单月增幅仍偏低3.3个百分点。';

  it('is the last month of the report’s period, as 当月 is', () => {
    expect(the(YINZHOU, '3.3', { asOf: '2020年1-10月' }).period).toBe('2020年10月');
    expect(the('单月增幅仍偏低3.3个百分点。', '3.3', { asOf: '2020年1-10月' }).period).toBe('2020年10月');
  });

  it('after a month, is that month named again ("10月单月同比增7.9%"), a part that leaves the period after it', () => {
    const text = '全部规上工业1-10月实际完成工业增加值252.5亿元。10月单月同比增7.9%,单月增幅创新高。全区销售产值1124.55亿元。';
    expect(the(text, '7.9', { asOf: '2020年1-10月' }).period).toBe('2020年10月');
    expect(the(text, '1124.55', { asOf: '2020年1-10月' }).period).toBe('1-10月');
  });
});

describe('累计 in a clause naming no time', () => {
  // 鄞州区经信局, 2020年1-10月 (held-out set 30).
  const YINZHOU =
    '全部规上工业1-10月实际完成工业增加值252.5亿元,增幅-0.3%,降幅比1-9月收窄1.5个百分点。前三季度除第一季度负增长-25.1%外,四月份以来增幅转正,并逐渐走高,10月单月同比增7.9%,单月增幅创新高。但与全市平均比较,累计增幅仍偏低3.7个百分点,单月增幅仍偏低3.3个百分点。';

  it('is of the report’s months summed from January, not of a quarter the sentence before named', () => {
    expect(the(YINZHOU, '-25.1', { asOf: '2020年1-10月' }).period).toBe('一季度');
    expect(the(YINZHOU, '3.7', { asOf: '2020年1-10月' }).period).toBe('2020年1-10月');
  });

  it('keeps a time of its own clause, and a report of one quarter keeps its quarter', () => {
    expect(the('10月份,全市规上工业累计增长8.2%。', '8.2', { asOf: '2020年1-10月' }).period).toMatch(/1-10月$/u);
    expect(the('一季度,全市规上工业增加值增长6.1%。累计增速高于全省0.5个百分点。', '0.5', { asOf: '2020年一季度' }).period).toMatch(/一季度$/u);
  });
});

describe('a sentence opening with 其中', () => {
  it('is of the one month every figure of the sentence before was of (鄞州 2020年1-10月, held-out set 30)', () => {
    const text =
      '2020年1-10月鄞州区本级产值1138.53亿元,同比增长-7.54%,降幅比1—9月收窄0.9个百分点。全区1112家规上企业10月当月完成产值126.41亿元,同比增长-0.44%。其中奥克斯集团完成产值10.39亿元,同比增长-52.1%,剔除奥克斯集团后,10月产值同比增长10.3%。全区1-10月完成销售产值1124.55亿元。';
    expect(the(text, '10.39', { asOf: '2020年1-10月' }).period).toBe('2020年10月');
    expect(the(text, '-52.1', { asOf: '2020年1-10月' }).period).toBe('2020年10月');
    expect(the(text, '1124.55', { asOf: '2020年1-10月' }).period).toMatch(/1-10月$/u);
  });

  it('is of the paragraph’s period when the sentence before was of it too, a month only its part', () => {
    const text = '1-8月,全市规模以上工业增加值同比增长5.2%,其中8月当月增长6.3%。其中,制造业增长5.8%。';
    expect(the(text, '5.8', { asOf: '2020年1-8月' }).period).toMatch(/1-8月$/u);
  });
});
