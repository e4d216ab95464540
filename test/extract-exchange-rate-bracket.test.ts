/**
 * An exchange rate written in a bracket right after 汇率: alone ("按年平均汇率(6.1927)计算", 上虞区 2013, held-out set 55)
 * or as one yuan to the dollar ("按2019年平均匯率(1:6.8985)計算為6438美元", 曲沃县 2019, held-out set 56). The rate is a
 * level, its "1:" no figure and no ratio, and the amount converted after it is the one before the rate.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 曲沃县 2019 统计公报 (繁體, the page's pinyin glosses left out here).
const QUWO = '人均地區生產總值44410元,按2019年平均匯率(1:6.8985)計算為6438美元。';
// 上虞区 2013 统计公报.
const SHANGYU = '按户籍人口计算,全区人均生产总值80229元,增长8.9%,按年平均汇率(6.1927)计算,人均生产总值达12955美元。';

describe('an exchange rate in a bracket', () => {
  it('written 1:X is the rate X, a level; the 1 is no figure', () => {
    expect(extractFigures(QUWO, { asOf: '2019年' }).map((f) => f.value)).toEqual(['44410', '6.8985', '6438']);
    expect(the(QUWO, '6.8985', { asOf: '2019年' })).toMatchObject({ number: 6.8985, unit: '', kind: 'level', label: '平均匯率' });
    // (按 and the year, its period, are no part of the rate's name.)
    expect(the(SHANGYU, '6.1927').label).toBe('年平均汇率');
  });

  it('the amount converted after it is the amount before the rate, in dollars', () => {
    expect(the(QUWO, '6438', { asOf: '2019年' })).toMatchObject({ unit: '美元', kind: 'level', label: '人均地區生產總值' });
    expect(the('人均地区生产总值44410元,按2019年平均汇率(1:6.8985)计算为6438美元。', '6438').label).toBe('人均地区生产总值');
    // Full-width brackets and colon, as most pages write them.
    const wide = '人均地区生产总值44410元，按2019年平均汇率（1：6.8985）计算为6438美元。';
    expect(extractFigures(wide).map((f) => [f.value, f.kind, f.label])).toEqual([
      ['44410', 'level', '人均地区生产总值'],
      ['6.8985', 'level', '平均汇率'],
      ['6438', 'level', '人均地区生产总值'],
    ]);
  });

  it('written alone is read, a level', () => {
    expect(the(SHANGYU, '6.1927', { asOf: '2013年' })).toMatchObject({ number: 6.1927, unit: '', kind: 'level' });
    expect(the(SHANGYU, '12955', { asOf: '2013年' }).label).toBe('人均生产总值');
  });

  it('a ratio of parts opening with 1 elsewhere is still a ratio, and a bare number in a bracket after other words is none', () => {
    expect(extractFigures('三次产业结构为1:2.5:6.5。').map((f) => [f.value, f.kind])).toEqual([
      ['1', 'share'],
      ['2.5', 'share'],
      ['6.5', 'share'],
    ]);
    expect(extractFigures('按可比价格(2015)计算,增长5%。').map((f) => f.value)).toEqual(['5']);
  });
});
