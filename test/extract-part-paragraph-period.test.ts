/**
 * A paragraph opening with 其中 is a part of the one before: its figures naming no time are of the time that one named
 * last (光明网 on 国家统计局's release for September 2022, http://tibet.cn/cn/Instant/culture/202210/t20221025_7294818.html:
 * the 采矿业, 制造业 and 电力 rates are those of 前三季度, not of the 9月 the page is on).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const PAGE =
  '数据图解|9月我国规上工业增加值同比增长6.3% 工业生产恢复加快\n' +
  '发布时间:2022-10-25 10:52:00来源: 光明网\n' +
  '光明网讯(记者 张诗奇)据国家统计局最新数据,9月份,规模以上工业增加值同比实际增长6.3%(增加值增速均为扣除价格因素的实际增长率)。前三季度,全国规模以上工业增加值同比增长3.9%,比上半年加快0.5个百分点。\n' +
  '其中,采矿业增加值同比增长8.5%,制造业增长3.2%,电力、热力、燃气及水生产和供应业增长5.6%。\n';

describe('a paragraph opening with 其中', () => {
  it('is of the time the paragraph before named last', () => {
    for (const v of ['8.5', '3.2', '5.6']) expect(the(PAGE, v).period, v).toBe('前三季度');
    expect(the(PAGE, '3.9').period).toBe('前三季度');
  });

  it('keeps a time it names itself', () => {
    const text = PAGE.replace('其中,采矿业', '其中,9月份采矿业');
    expect(the(text, '8.5').period).toMatch(/9月$/u);
  });

  it('is of the report’s time, with its year, when the paragraph before named that', () => {
    const text = '2019年1-5月全市工业运行情况\n1-5月,全市规模以上工业总产值增长5.2%。\n其中,汽车行业产值增长22.41%。\n';
    expect(the(text, '22.41').period).toBe('2019年1-5月');
  });
});
