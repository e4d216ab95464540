/**
 * A year that a comparing verb (超过, 高于, 低于…) names a few words before, through 的 ("超过历史上第二高位的2008年"), is
 * what is compared with, as a year right after the verb is ("超过2008年"): it is no time of the figures, and the
 * sentences after it keep the report's own period.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 黑龙江 2011 前三季度 (黑龙江日报, http://heilongjiang.dbw.cn/system/2011/10/26/053472698.shtml; test/corpus/heilongjiang-2011-q3-industry).
const HEILONGJIANG_2011 =
  '生产总量连创新高。从3月份开始,每月实现增加值均在380亿元以上,6月份、8月份、9月份突破400亿元,前9个月累计实现3463.4亿元,超过历史上第二高位的2008年。生产总量连创新高,一方面是原油、煤炭、粮食等基础原材料价格大幅上涨拉动,另一方面是工业产品产量增加拉动,26种主要工业产品中,有19种产品产量同比增长,成品糖、化学纤维等6种产品增长20%以上。';

describe('a year compared with through 的', () => {
  it('is no time of the next sentence (黑龙江 2011)', () => {
    for (const asOf of ['2011年前三季度', undefined])
      for (const v of ['26', '19', '6', '20']) expect(the(HEILONGJIANG_2011, v, asOf ? { asOf } : {}).period, v).toBe('1-9月');
    expect(the(HEILONGJIANG_2011, '3463.4', { asOf: '2011年前三季度' }).period).toBe('1-9月');
  });

  it('after 高于 and 低于 too', () => {
    const s = '全年增长12.5%,高于金融危机前的2008年。规模以上工业增加值增长10.1%。';
    expect(the(s, '10.1', { asOf: '2011年' }).period).toBe('2011年');
  });

  it('leaves a year named through 的 without a comparing verb the time', () => {
    const s = '作为“十二五”开局之年的2011年,全省工业增加值增长13.6%。规模以上工业增加值增长10.1%。';
    expect(the(s, '13.6').period).toBe('2011年');
    expect(the(s, '10.1').period).toBe('2011年');
  });
});
