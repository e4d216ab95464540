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
