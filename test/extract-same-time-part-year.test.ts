/**
 * A figure compared with the same time a year before, in a report on part of a year, is of the report's months,
 * not of the whole year its paragraph's 今年 names (青海 2014 前三季度, held-out set 19: "今年,全省以…为载体,…。在规模以上
 * 工业中,高技术産业完成工业增加值33.89亿元,比上年同期增长46.2%"); a time named in the sentence before the figure
 * would stop the rule, a time elsewhere does not.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const QINGHAI = [
  '青海省統計局提供的數據顯示,2014年前三季度,全省製造業生産快速增長,實現增加值447.23億元,比上年同期增長18.4%,製造業增加值佔規模以上工業增加值的61.1%,比重同比提高3.9%,高技術産業及裝備工業比重提高。而資源類行業佔比下降4.1個百分點。',
  '今年,全省以“123”科技支撐工程、重大技術進步、技術創新項目為載體,以企業為主體、市場為導向、産學研相結合,使我省高技術産業及裝備工業比重不斷提高。在規模以上工業中,高技術産業完成工業增加值33.89億元,比上年同期增長46.2%,佔規模以上工業增加值的比重為4.6%。',
].join('\n');

describe('a figure on the same time a year before, in a report on part of a year', () => {
  for (const asOf of ['2014年前三季度', undefined])
    it(`is of the report's months (${asOf ?? 'no as-of'})`, () => {
      const opts = asOf ? { asOf } : undefined;
      expect(the(QINGHAI, '33.89', opts)).toMatchObject({ period: '2014年前三季度', kind: 'level' });
      expect(the(QINGHAI, '46.2', opts)).toMatchObject({ period: '2014年前三季度', kind: 'growth' });
      expect(the(QINGHAI, '4.6', opts)).toMatchObject({ period: '2014年前三季度', kind: 'share' });
    });
});
