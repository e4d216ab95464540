/**
 * A time named right after a figure and its comma, then 为 ("增长4.2%,1—2月份为下降6.5%"), says what the same measure
 * was then: an aside, the time of its own clause only. The items after it are of the sentence's time again.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('…,1—2月份为下降6.5%; the next item', () => {
  it('is of the month the sentence opened with', () => {
    // 国家统计局 2020年3月 (https://cucnews.com/news/202004173561.html).
    const march =
      '分三大门类看,3月份,采矿业增加值同比增长4.2%,1—2月份为下降6.5%;制造业下降1.8%,降幅收窄13.9个百分点;电力、热力、燃气及水生产和供应业下降1.6%,降幅收窄5.5个百分点。';
    expect(the(march, '6.5').period).toBe('1-2月');
    expect(the(march, '1.8').period).toBe('3月');
    expect(the(march, '5.5').period).toBe('3月');
    // 国家统计局 2020年4月 (https://m.fx361.cc/news/2020/0716/7637817.html).
    const april = '4月份,分三大门类看,采矿业增加值增长0.3%;制造业增长5.0%,3月份为下降1.8%;电力、热力、燃气及水生产和供应业增长0.2%。';
    expect(the(april, '1.8').period).toBe('3月');
    expect(the(april, '0.2').period).toBe('4月');
  });
  it('leaves a time that opens its sentence the time of what follows', () => {
    expect(the('1-5月为全年最好时期,全市规上工业增加值增长8%。', '8').period).toBe('1-5月');
  });
});
