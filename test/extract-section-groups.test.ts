/**
 * A 工信 report's sections, each opened by a line naming a group of firms or an industry ("1、装备制造行业整体增速
 * 较慢。", "——机械制造企业增速呈下降态势。"), then its bare measures (累计实现工业增加值…, 实现税金…): each measure is
 * the group's. And a group's name in quotes ("“10强50户”企业") holds no figure. 天水 工信局 2014年4月, held-out set 14.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels, the } from './extract-helpers';

const TIANSHUI = [
  '2014年4月,“10强50户”企业累计实现工业增加值31.87亿元,同比增长6.4%;实现工业总产值71.17亿元,同比增长4.5%;实现税金2.27亿元,同比增长49.7%。',
  '1、装备制造行业整体增速较慢。累计实现工业增加值10.29亿元,同比增长7.6%,占“10强50户”总量的32%;实现主营业务收入27.17亿元,同比下降1.6%;实现税金1.29亿元,同比增长34.7%。',
  '其中:',
  '——机械制造企业增速呈下降态势。累计实现工业增加值2.68亿元,同比下降7.9%;实现出口交货值9910万元,同比增长1%;实现主营业务收入7.91亿元,同比下降20.8%;盈亏相抵后亏损481万元,上年完成利润总额827万元;实现税金1980万元,同比下降9.9%。',
  '——电子信息企业增长较快。累计实现工业增加值5.56亿元,同比增长16.4%;实现出口交货值4.81亿元,同比下降13.7%。',
].join('\n');

describe('a section opened by a group', () => {
  it('gives it its loss, and last year’s profit of the same months', () => {
    const loss = the(TIANSHUI, '481', { asOf: '2014年1-4月' });
    expect([loss.label, loss.period]).toEqual(['机械制造企业盈亏相抵后亏损', '2014年1-4月']);
    const before = the(TIANSHUI, '827', { asOf: '2014年1-4月' });
    expect([before.label, before.period]).toEqual(['机械制造企业利润总额', '2013年1-4月']);
    expect(the(TIANSHUI, '1980', { asOf: '2014年1-4月' }).period).toBe('2014年1-4月');
  });

  it('gives its bare measures the group named in its opening line', () => {
    expect(labels(TIANSHUI, ['10.29', '27.17', '1.29'])).toEqual([
      '装备制造行业工业增加值',
      '装备制造行业主营业务收入',
      '装备制造行业税金',
    ]);
    expect(labels(TIANSHUI, ['2.68', '9910', '7.91', '1980'])).toEqual([
      '机械制造企业工业增加值',
      '机械制造企业出口交货值',
      '机械制造企业主营业务收入',
      '机械制造企业税金',
    ]);
    expect(the(TIANSHUI, '20.8').label).toBe('机械制造企业主营业务收入增速');
    expect(the(TIANSHUI, '20.8').number).toBe(-20.8);
    expect(labels(TIANSHUI, ['5.56', '4.81'])).toEqual(['电子信息企业工业增加值', '电子信息企业出口交货值']);
    // The measures of the whole group the report is about, before any section, are its own (as 全市's are): 税金
    // after 工业总产值 is 工业's, no section's.
    expect(labels(TIANSHUI, ['71.17', '2.27'])).toEqual(['工业总产值', '工业税金']);
  });

  it('reads a share of the group total as the section’s', () => {
    expect(the(TIANSHUI, '32').label).toContain('装备制造');
  });
});

describe('a group named in quotes', () => {
  it('is no figure ("“10强50户”企业")', () => {
    expect(extractFigures(TIANSHUI).map((f) => f.value)).not.toContain('50');
    expect(extractFigures('“双百双千”企业增加值增长18.4%。').map((f) => f.value)).toEqual(['18.4']);
  });

  it('keeps a figure quoted as such ("实现了“7%”的增长")', () => {
    expect(extractFigures('全市工业实现了“7%”的增长。').map((f) => f.value)).toEqual(['7']);
  });
});
