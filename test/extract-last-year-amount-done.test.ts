/**
 * What the year before did, its number written right after 去年 (上年) and 实际完成数, 完成额 or 实现值, is of that year,
 * whatever compares with it ("以今年工业投资(不含电力)不低于去年实际完成数2201.5亿元测算", 云南's 工信委 on 2016 1-9月,
 * held-out set 57: given 2016年). The figures after it are of their own times.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 云南省工业和信息化委 2016年1-9月 工业投资通报.
const YUNNAN =
  '以今年工业投资(不含电力)不低于去年实际完成数2201.5亿元测算,四季度平均每月需完成投资238亿元;以今年全年目标数2300亿元测算,四季度每月需实现投资271亿元,任务十分艰巨。';

describe("the year before's amount done", () => {
  it('is of the year before, in simplified and traditional characters', () => {
    expect(the(YUNNAN, '2201.5', { asOf: '2016年1-9月' }).period).toBe('2015年');
    expect(the('以今年工業投資不低於去年實際完成數2201.5億元測算。', '2201.5', { asOf: '2016年1-9月' }).period).toBe('2015年');
    expect(the('全年工业投资不低于上年实际完成数1200亿元。', '1200', { asOf: '2016年' }).period).toBe('2015年');
  });

  it('the figures after it keep their own times', () => {
    const periods = () => extractFigures(YUNNAN, { asOf: '2016年1-9月' }).map((f) => [f.value, f.period]);
    expect(periods()).toEqual([
      ['2201.5', '2015年'],
      ['238', '四季度'],
      ['2300', '2016年'],
      ['271', '四季度'],
    ]);
  });

  it('去年 with no amount done right after it is as before', () => {
    expect(the('工业投资完成2036.4亿元,比去年完成的增长6.8%。', '2036.4', { asOf: '2016年1-9月' }).period).toBe('2016年1-9月');
  });
});
