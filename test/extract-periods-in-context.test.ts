/**
 * Periods a figure takes from the words and figures around it: a level reached over a plan period is of the
 * plan's last year, as is a multiple of a year before the plan; a ratio's later parts are of the year its first
 * part is. Sentences of corpus reports (test/corpus): chengdu-2016-government-work, xining-2015-government-work,
 * guangdong-2010-industry-informatization.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf: string) => extractFigures(text, { asOf }).map((x) => [x.value + x.unit, x.period]);

describe('a plan period', () => {
  it('a level reached (突破) over “十二五” is of 2015, its yearly rates of the whole plan', () => {
    const text =
      '“十二五”期间,成都站上了新的起点,经济总量突破万亿元大关,人均地区生产总值突破1万美元;城镇和农村居民人均可支配收入年均分别增长11.2%、14.2%。';
    expect(periods(text, '2015年')).toEqual([
      ['万亿元', '2015年'],
      ['1万美元', '2015年'],
      ['11.2%', '“十二五”时期'],
      ['14.2%', '“十二五”时期'],
    ]);
  });

  it('a multiple of the year before the plan is of the plan’s last year', () => {
    const text = '“十二五”时期,地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍。';
    const figures = periods(text, '2015年');
    expect(figures[0]).toEqual(['13.7%', '“十二五”时期']);
    expect(figures.at(-1)).toEqual(['1.8倍', '2015年']);
  });
});

describe('a doubling over a plan', () => {
  it('is of the plan’s last year, unless of a sum over it', () => {
    // xining-2015-government-work.
    const text =
      '“十二五”时期,五年累计完成固定资产投资4626亿元,是 “十一五”的3.7倍。社会消费品零售总额翻番,人均消费突破两万元。地方公共财政收入和预算支出翻番。';
    expect(periods(text, '2015年').filter(([v]) => v.startsWith('翻番'))).toEqual([
      ['翻番倍', '2015年'],
      ['翻番倍', '2015年'],
    ]);
    expect(periods('“十二五”期间,全市累计完成投资翻番。', '2015年')).toEqual([['翻番倍', '“十二五”时期']]);
  });
});

describe('a year right after a figure', () => {
  it('opens what follows (a page that lost its stop), not the figure’s time', () => {
    // zibo-2018-government-work.
    const text =
      '报告数据显示,预计地区生产总值迈上5000亿元台阶,同比增长6.5%左右2019年全市经济社会发展预期目标,地区生产总值增长仍将达到6.5%左右。';
    expect(periods(text, '2018年')[1]).toEqual(['6.5%', '2018年']);
    expect(periods(text, '2018年')[2]).toEqual(['6.5%', '2019年']);
  });
});

describe('what a year’s figure moves from', () => {
  it('is the year before’s, a result even in an estimate', () => {
    // chongqing-2014-05-industry.
    const text = '其中,全市手机产量3200万台,增幅保持1倍以上,预计整个2014年重庆手机产量将实现翻番,由3500台上升至7000万台。';
    const from = extractFigures(text, { asOf: '2014年1-5月' }).find((f) => f.value === '3500')!;
    expect([from.period, from.status]).toEqual(['2013年', 'actual']);
    expect(extractFigures(text, { asOf: '2014年1-5月' }).find((f) => f.value === '7000')!.status).toBe('estimate');
  });

  it('in a span of years, the first value is of its first year', () => {
    // neimenggu-2021-decade.
    const text = '2012年到2021年,内蒙古全部工业增加值从3500多亿元增长到7900多亿元,年均增长6.5%。';
    expect(periods(text, '2021年').slice(0, 2)).toEqual([
      ['3500亿元', '2012年'],
      ['7900亿元', '2021年'],
    ]);
  });
});

describe('a ratio of two years', () => {
  it('each part of a ratio is of the year its first part names', () => {
    expect(periods('全省轻重工业比重由2005年的41.8:58.2转为2010年的39.9:60.1。', '2010年')).toEqual([
      ['41.8', '2005年'],
      ['58.2', '2005年'],
      ['39.9', '2010年'],
      ['60.1', '2010年'],
    ]);
  });
});

describe('a heading’s year', () => {
  it('a heading of a year after the report’s opens its targets, with no as-of given', () => {
    // The report's year is the one it names most (2024); 三、2025年重点工作 is what is to be done.
    const text = '2024年全市地区生产总值增长5.5%。2024年工业增加值增长6%。\n三、2025年重点工作\n地区生产总值增长5%左右。';
    expect(extractFigures(text).map((x) => [x.value + x.unit, x.period, x.status])).toEqual([
      ['5.5%', '2024年', 'actual'],
      ['6%', '2024年', 'actual'],
      ['5%', '2025年', 'target'],
    ]);
  });

  it('a heading 到2025年 gives the lines under it that year', () => {
    const text = '2024年全市地区生产总值增长5.5%。\n三、到2025年主要目标\n地区生产总值增长5%左右。';
    expect(extractFigures(text).at(-1)).toMatchObject({ value: '5', period: '2025年', status: 'target' });
  });
});

describe('a part (其中) of an amount', () => {
  it('is of the years the amount was summed over', () => {
    // anhui-2010-industry-plan.
    expect(periods('全省工业5年累计投资15322亿元,其中,技术改造投资完成7614亿元。', '2010年')).toEqual([
      ['15322亿元', '“十一五”时期'],
      ['7614亿元', '“十一五”时期'],
    ]);
  });
});
