/**
 * "截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点" (大同 2021): a flow's
 * growth up to a month's end, and the change of that growth, are over the months since the year began (1-11月). A
 * share held at the month's end, and its change in points, stay of the day the report names.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string) => extractFigures(text).map((f) => [f.value, f.period]);

describe('up to a month’s end', () => {
  it('a growth rate and its change are over the months since January', () => {
    expect(periods('截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点。')).toEqual([
      ['6.9', '2020年1-11月'],
      ['4.4', '2020年1-11月'],
    ]);
  });

  it('the sum goes on to the next amounts of the sentence, and the moves of a flow’s growth rate are of the same months', () => {
    // 铜川印台区 2016 (区统计局, held-out set 32).
    const yintai =
      '截止7月底,全区规模以上工业企业累计完成工业总产值29.12亿元,同比下降15.65%,实现工业增加值12.67亿元,增长2.2%,增速较上半年回落0.5个百分点,较一季度回落0.8个百分点。';
    const found = extractFigures(yintai, { asOf: '2016年1-7月' });
    expect(found.map((f) => [f.value, f.number, f.period])).toEqual([
      ['29.12', 29.12, '1-7月'],
      ['15.65', -15.65, '1-7月'],
      ['12.67', 12.67, '1-7月'],
      ['2.2', 2.2, '1-7月'],
      ['0.5', -0.5, '1-7月'],
      ['0.8', -0.8, '1-7月'],
    ]);
    // Without 累计 an amount at a month's end is of that day (a stock, as 贷款余额).
    expect(periods('截至8月底,全省本外币工业贷款余额2359.4亿元,同比下降1.9%。')[0]).toEqual(['2359.4', '8月底']);
  });

  it('a flow’s growth at a quarter’s end is over the quarters since January; a stock’s stays of the day', () => {
    // 商洛 2009 (traditional; held-out set 32): the 1.2% is of 規模以上工業產值, named before.
    const shangluo =
      '元至二月份規模以上工業產值分別下降26.1%和14%,面對這一嚴峻形勢,全市工業系統按照市委市政府的工作要求,一企一策抓復產,全力以赴保產能,經過各方共同努力,很快扭轉了下滑頹勢,一季度末實現止跌回升,同比增長1.2%。';
    expect(extractFigures(shangluo, { asOf: '2009年' }).find((f) => f.value === '1.2')).toMatchObject({
      period: '一季度',
      label: '規模以上工業產值增速',
    });
    // 江西 2025 (held-out set 22): 生猪存栏 is a stock.
    expect(periods('二季度末,生猪存栏1681.4万头,增长1.3%。')).toEqual([
      ['1681.4', '二季度末'],
      ['1.3', '二季度末'],
    ]);
  });

  it('a share and its change stay of the month’s end', () => {
    expect(periods('截至11月末,全市高新技术产业增加值占比30.5%,比上年同期提高0.4个百分点。')).toEqual([
      ['30.5', '11月末'],
      ['0.4', '11月末'],
    ]);
  });
});
