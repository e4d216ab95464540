/**
 * A five-year plan named alone in its sentence (“十五五”时期…年均增长, 力争到“十五五”末…达到): the plan is the
 * sentence's only period word, so the prefilter must let each plan's name through — 十五五 too, whose second 五
 * follows a 五, not one of the numerals a quarter's 季 follows.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

describe('a plan named alone in its sentence', () => {
  it('is the period of its yearly rates, for every plan from 十一五 to 十五五', () => {
    for (const [no, span] of [
      ['一', '2006-2010'],
      ['二', '2011-2015'],
      ['三', '2016-2020'],
      ['四', '2021-2025'],
      ['五', '2026-2030'],
    ]) {
      const text = `“十${no}五”时期，全省规模以上工业增加值年均增长6%左右。`;
      expect(periodMentions(text, 2025), text).toMatchObject([{ text: `“十${no}五”时期`, role: 'time', span: true }]);
      expect(the(text, '6', { asOf: '2025年' }).period, span).toBe(`“十${no}五”时期`);
    }
  });

  it('gives a target to its end (力争到“十五五”末) that plan’s last year', () => {
    const text = '力争到“十五五”末，全省数字经济核心产业增加值占地区生产总值比重达到15%。';
    expect(periodMentions(text, 2025)).toMatchObject([{ text: '“十五五”末', role: 'target' }]);
    expect(the(text, '15', { asOf: '2025年' })).toMatchObject({ period: '2030年', status: 'target' });
  });
});

describe('a plan named as a document', () => {
  it('is no time of its own once the sentence has named its time, a year or a part of one', () => {
    const roles = (s: string) => periodMentions(s, 2015).map((m) => [m.text, m.role]);
    expect(roles('2015年，成都编制完成“十三五”规划纲要。')).toEqual([
      ['2015年', 'time'],
      ['“十三五”时期', 'base'],
    ]);
    expect(the('上半年，全市“十三五”规划重点项目完成投资120亿元。', '120', { asOf: '2015年上半年' }).period).toBe('上半年');
    expect(roles('“十二五”时期，全市工业年均增长10%，“十三五”规划提出年均增长8%。')).toEqual([
      ['“十二五”时期', 'time'],
      ['“十三五”时期', 'base'],
    ]);
    // A plan's years written out are its name too.
    expect(roles('2015年，全市编制完成2016-2020年规划纲要。')).toEqual([
      ['2015年', 'time'],
      ['2016-2020年', 'base'],
    ]);
  });

  it('stays the time when only a base came before it, or nothing', () => {
    const roles = (s: string) => periodMentions(s, 2015).map((m) => [m.text, m.role]);
    expect(roles('全市工业投资比2010年增长30%，“十二五”规划重点项目完成投资120亿元。')).toEqual([
      ['2010年', 'base'],
      ['“十二五”时期', 'time'],
    ]);
    expect(roles('“十二五”规划重点项目完成投资120亿元。')).toEqual([['“十二五”时期', 'time']]);
  });
});
