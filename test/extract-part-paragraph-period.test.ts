/**
 * A paragraph opening with 其中 is a part of the one before: its figures naming no time are of the time that one named
 * last (光明网 on 国家统计局's release for September 2022, http://tibet.cn/cn/Instant/culture/202210/t20221025_7294818.html:
 * the 采矿业, 制造业 and 电力 rates are those of 前三季度, not of the 9月 the page is on).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
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

  it('the paragraphs after it naming no time go on with that time (高技术制造业、装备制造业: 前三季度, not 9月)', () => {
    const text =
      PAGE +
      '高技术制造业、装备制造业增加值同比分别增长8.5%、6.3%,快于全部规模以上工业4.6、2.4个百分点。\n' +
      '国家统计局国民经济核算司司长赵同录表示,今年以来,各地区各部门坚持稳中求进工作总基调。\n';
    const after = extractFigures(text).filter((f) => f.start >= PAGE.length);
    expect(after.map((f) => f.value)).toEqual(['8.5', '6.3', '4.6', '2.4']);
    for (const f of after) expect(f.period, f.value).toBe('前三季度');
  });

  it('up to a paragraph that names a time of its own', () => {
    const text = PAGE + '9月份,高技术制造业增加值同比增长9.3%。\n装备制造业增加值同比增长7.8%。\n';
    expect(the(text, '9.3').period).toMatch(/9月$/u);
    expect(the(text, '7.8').period).not.toBe('前三季度');
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
