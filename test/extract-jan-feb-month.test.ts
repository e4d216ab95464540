/**
 * January and February are reported together: the 本月/当月 of a 1-2月 report is those two months (no February of its
 * own), and its 上月 the December before (长治 2022, held-out set 37; periods.ts currentMonthOf).
 */
import { describe, expect, it } from 'vitest';
import { currentMonthOf } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const CHANGZHI =
  '長治市統(tǒng)計局消息,2022年1-2月份,長治市煤炭工業(yè)增加值同比增長5.37%,低于全市增速10.33個百分點。\n其中,能源工業(yè)同比增長4.57%。裝備制造業(yè)同比下降10.57%,成為本月唯一負(fù)增長行業(yè),較去年全年回落26.48個百分點,下拉工業(yè)增速0.34個百分點。';

describe('the month of a 1-2月 report', () => {
  it('本月 is 1-2月, with and without the as-of', () => {
    for (const opts of [{}, { asOf: '2022年1-2月' }]) {
      expect(the(CHANGZHI, '26.48', opts)).toMatchObject({ period: '2022年1-2月', number: -26.48 });
      expect(the(CHANGZHI, '0.34', opts)).toMatchObject({ period: '2022年1-2月', number: -0.34 });
    }
  });

  it('当月 in a simplified 1-2月 release (made up)', () => {
    const text = '1-2月,全省规模以上工业增加值同比增长6.1%。当月,制造业增长7.2%。';
    expect(the(text, '7.2', { asOf: '2024年1-2月' }).period).toBe('2024年1-2月');
  });

  it('a later month still reads its own last month', () => {
    const text = '1-7月,全省规模以上工业增加值同比增长6.1%。当月,制造业增长7.2%。';
    expect(the(text, '7.2', { asOf: '2024年1-7月' }).period).toBe('2024年7月');
  });

  it('2月当月 is February alone (中山 2022年1-2月, held-out set 39)', () => {
    const text = '2022年1-2月,全市规模以上工业企业实现增加值199.93亿元,同比增长5.0%,三年平均增长5.4%。其中:2月当月增长27.2%。';
    for (const opts of [{ asOf: '2022年1-2月' }, {}]) {
      expect(the(text, '27.2', opts).period, opts.asOf).toMatch(/^(?:2022年)?2月$/u);
      expect(the(text, '5.0', opts).period, opts.asOf).toBe('2022年1-2月');
    }
    expect(currentMonthOf('2022年1-2月', undefined, 0, true)).toBe('2022年2月');
  });

  it('currentMonthOf', () => {
    expect(currentMonthOf('2022年1-2月', undefined)).toBe('2022年1-2月');
    expect(currentMonthOf('1—2月份', 2022)).toBe('2022年1-2月');
    expect(currentMonthOf('2020年1月至2月', undefined)).toBe('2020年1-2月');
    expect(currentMonthOf('2022年1-2月', undefined, 1)).toBe('2021年12月');
    expect(currentMonthOf('2022年2月', undefined)).toBe('2022年2月');
    expect(currentMonthOf('2022年2月', undefined, 1)).toBe('2022年1月');
    expect(currentMonthOf('2022年1-12月', undefined)).toBe('2022年12月');
  });
});
