/**
 * A share's move written in % after its own name ("比重同比提高3.9%", 青海 2014 in traditional characters: held-out
 * set 20) is a change of the share, not a growth rate.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const QINGHAI =
  '青海省統計局提供的數據顯示,2014年前三季度,全省製造業生産快速增長,實現增加值447.23億元,比上年同期增長18.4%,製造業增加值佔規模以上工業增加值的61.1%,比重同比提高3.9%,高技術産業及裝備工業比重提高。';

describe('a share moved, in %', () => {
  it('is a change after 比重 or 占比 and its verb', () => {
    expect(the(QINGHAI, '3.9', { asOf: '2014年前三季度' }).kind).toBe('change');
    expect(the('全省服务业增加值占比下降2.1%。', '2.1', { asOf: '2020年' }).kind).toBe('change');
  });

  it('leaves the growth of the measure and the share itself as they were', () => {
    expect(the(QINGHAI, '18.4', { asOf: '2014年前三季度' }).kind).toBe('growth');
    expect(the(QINGHAI, '61.1', { asOf: '2014年前三季度' }).kind).toBe('share');
    expect(the('全省高技术产业增加值同比提高3.9%。', '3.9', { asOf: '2014年' }).kind).toBe('growth');
  });
});
