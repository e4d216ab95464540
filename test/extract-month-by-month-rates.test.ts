/**
 * A rate followed month by month (国家统计局 2008, a Hong Kong wire in traditional characters): "6月份的增速還保持在
 * 16.0%,7月份回落至14.7%,8月份為12.8%,9月份為11.4%" are the growth rates of the measure before, each of its month; 還
 * (still) and 為 left after the month are no subject, and "X月份为N%" after a growth rate is that growth again.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const NATIONAL_2008 =
  '國家統計局13日發布的數字顯示,10月份,全國規模以上工業企業增加值同比增長8.2%,比上年同期回落9.7個百分點。三季度以來,我國規模以上工業企業增加值增速持續回落。6月份的增速還保持在16.0%,7月份回落至14.7%,8月份為12.8%,9月份為11.4%,10月份比9月份又回落3.2個百分點。';
const MEASURE = '全國規模以上工業企業增加值增速';

describe('a rate followed month by month', () => {
  it('is the measure’s growth, of each month', () => {
    for (const [value, month] of [
      ['16.0', '6月'],
      ['14.7', '7月'],
      ['12.8', '8月'],
      ['11.4', '9月'],
    ])
      expect(the(NATIONAL_2008, value, { asOf: '2008年10月' }), value).toMatchObject({ label: MEASURE, kind: 'growth', period: month });
    expect(the(NATIONAL_2008, '3.2', { asOf: '2008年10月' })).toMatchObject({ label: MEASURE + '變化', number: -3.2 });
  });
});
