/**
 * A place written without 第 ("列全国10位、西部地区5位", 重庆 2024, held-out set 19) is a rank of the sentence's subject,
 * as 第10位 is; and 去年全年 compared with ("增速分别比去年同期、去年全年加快2.2、2.1个百分点") is a base, not the period
 * of the figures after it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const CHONGQING =
  '1—2月,全市规模以上工业增加值同比增长8.7%,高于全国1.7个百分点,增速分别比去年同期、去年全年加快2.2、2.1个百分点,列全国10位、西部地区5位。';
const opts = { asOf: '2024年1-2月' };

describe('a place written without 第', () => {
  it('is a rank of the subject, and so is the second place named by its scope', () => {
    for (const v of ['10', '5']) {
      const f = the(CHONGQING, v, opts);
      expect([f.kind, f.unit, f.period]).toEqual(['rank', '位', '1-2月']);
      expect(f.label).toContain('规模以上工业');
    }
  });

  it('places moved stay a change, and 居前3位 a rank', () => {
    const huaibei = '增速居全省第7位,位次分别较一季度、上半年和前三季度分别前移7位、8位和7位。';
    expect(the(huaibei, '8', { asOf: '2023年' }).kind).toBe('change');
    expect(the('电子信息产业规模居前3位。', '3', { asOf: '2023年' }).kind).toBe('rank');
  });
});

describe('去年全年 compared with', () => {
  it('is a base: the points are of the report’s months', () => {
    expect(the(CHONGQING, '2.2', opts).period).toBe('1-2月');
    expect(the(CHONGQING, '2.1', opts).period).toBe('1-2月');
    expect(the(CHONGQING, '2.1').period).toBe('1-2月');
    expect(the('1—2月,规模以上工业增加值增速比去年全年加快2.1个百分点。', '2.1', opts).period).toBe('1-2月');
  });

  it('elsewhere stays the whole year it was read as', () => {
    // 大同 (2021, on 2020): 去年 is the report's own year.
    const datong = '去年全年战略性新兴产业增加值增长速度目标是6.2%,截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%。';
    expect(the(datong, '6.2', { asOf: '2020年1-11月' }).period).toBe('2020年');
  });
});
