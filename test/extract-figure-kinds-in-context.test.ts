/**
 * A figure's kind, sign, qualifier and period read from the figures around it in its sentence: a place's rate
 * given as "X为N%" after a growth rate, a share named in brackets, a level a growth moved from, a narrowing after
 * a fall, a country's value in brackets, a range of years. Each on a sentence of a corpus report (test/corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const figure = (text: string, value: string) => extractFigures(text).find((x) => x.value === value)!;

describe('kinds', () => {
  it('"X为N%" after a growth rate is X’s growth rate', () => {
    // gansu-2024-q3-industry.
    const text = '8个工业大市中,预计金昌市规上工业经济同比增长31.1%,白银市为19.1%,酒泉市为12.6%,嘉峪关市为10%。';
    for (const [value, label] of [
      ['19.1', '白银市增速'],
      ['12.6', '酒泉市增速'],
      ['10', '嘉峪关市增速'],
    ])
      expect(figure(text, value), value).toMatchObject({ label, kind: 'growth' });
  });

  it('a share named right before its brackets stays a share', () => {
    // guangdong-2022-q1-industry.
    const text = '一季度规模以上工业增加值增速比GDP增速高2.5个百分点,对GDP增长的贡献率达到53.7%,比去年同期贡献率(41.5%)提高12.2个百分点。';
    expect(figure(text, '41.5')).toMatchObject({ kind: 'share', period: '上年一季度' });
  });

  it('the amount a growth moved from is a level, not a rate', () => {
    // neimenggu-2021-decade.
    const text = '2012年到2021年,内蒙古全部工业增加值从3500多亿元增长到7900多亿元,年均增长6.5%。';
    expect(extractFigures(text).map((x) => [x.value + x.unit, x.kind, x.period, x.qualifier])).toEqual([
      ['3500亿元', 'level', '2012年', '多'],
      ['7900亿元', 'level', '2021年', '多'],
      ['6.5%', 'growth', '2012-2021年', null],
    ]);
  });

  it('a country’s value in brackets is a level of the country', () => {
    // zhejiang-2016-achievements.
    const text = '2016年,人均GDP为83538元,按可比价计算,比2011年增长43.1%,年均增长7.4%,是全国(53980元)的1.5倍。';
    expect(figure(text, '53980')).toMatchObject({ label: '全国人均GDP', kind: 'level' });
  });
});

describe('signs and qualifiers', () => {
  it('a narrowing after a fall is unsigned: the rate rose', () => {
    // yunnan-2020-q3-economy.
    const text = '2020年前三季度,云南省规模以上工业发电量2452.49亿千瓦小时,同比下降0.4%,较上半年收窄9.3个百分点。';
    expect(figure(text, '0.4').number).toBe(-0.4);
    expect(figure(text, '9.3')).toMatchObject({ number: 9.3, kind: 'change' });
  });

  it('影响 a rate is a fall only after a fall', () => {
    // qinghai-2020-04-industry's 影响 (see extract-figure-owners) is signed for the falls before it; alone it is not.
    expect(figure('以上三个行业影响全省规模以上工业增加值增速1.2个百分点。', '1.2').number).toBe(1.2);
  });

  it('a profit written as a loss (亏损) is negative', () => {
    expect(figure('全市规模以上工业企业利润亏损12.3亿元。', '12.3').number).toBe(-12.3);
  });

  it('约占 keeps 约 as the share’s qualifier', () => {
    // guizhou-2009-industry.
    expect(figure('煤层气资源约占全国总量的22%,居全国第二位。', '22')).toMatchObject({ qualifier: '约', kind: 'share' });
  });
});

describe('a rate with neither subject nor verb of its own', () => {
  const shandong =
    '“進”——工業增速快于上年。2017年,全省規模以上工業增加值同比增長6.9%,比上年提高0.1個百分點,高于全國0.3個百分點。特別是2017年12月份當月達7.4%,高于江蘇、廣東,達到下半年最高點。';

  it('after a growth rate of the measure it inherits is that growth again', () => {
    // shandong-2017-industry (held-out set 14).
    expect(figure(shandong, '7.4')).toMatchObject({ kind: 'growth', label: '規模以上工業增加值增速', period: '2017年12月' });
  });

  it('after a share stays a share', () => {
    const share = '高技术制造业增加值占规上工业比重为15.2%。12月份當月達16.1%。';
    expect(figure(share, '16.1').kind).toBe('share');
  });
});
