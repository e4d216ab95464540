/**
 * The forms of the words the report's own period and the year it was written in are read from (report-period.ts's
 * module-level patterns): a two-digit month in a period ending the year, a congress session written short, a
 * meeting's plan with a word before its year, a change 由…年 without 的, the day of a meeting held in a named city.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod, writtenYear } from '../src/shared/extract/report-period';

describe("the report's period and the year it was written in, by the forms of their words", () => {
  it('reads a period that ends in December, dated in February, as of the year before', () => {
    // The whole year's figures are published in the next year's first months; "1-12月" ends in month 12, not 2.
    const text = '本报讯 2021年2月3日，记者从省统计局获悉，1-12月，全省规模以上工业增加值同比增长9.1%。';
    expect(reportPeriod(text)).toMatchObject({ period: '2020年1-12月', year: 2020 });
    // Dated in the period's last month or later, it is the date's year.
    expect(reportPeriod(text.replace('2021年2月3日', '2020年12月30日'))).toMatchObject({ period: '2020年1-12月', year: 2020 });
  });

  it('takes a congress session written short (十五届人大五次会议, no 第) as given the year after the one reported on', () => {
    const text = '在广州市十五届人大五次会议上，市长作政府工作报告。2020年，全市地区生产总值增长2.7%。';
    expect(writtenYear(text.replace('政府工作报告', '报告'), '2020年', 2020)).toBe(2021);
    expect(writtenYear('2020年，全市地区生产总值增长2.7%。', '2020年', 2020)).toBe(2020);
  });

  it('takes the year a meeting plans the work of, with a word between 部署 and the year, as the year it is held in', () => {
    const text = '会议回顾总结2014年工业经济运行情况，安排部署全市2015年工业经济工作。2014年，全市规模以上工业增加值增长9%。';
    expect(writtenYear(text, '2014年', 2014)).toBe(2015);
    // A sentence between them: the year is not what the meeting plans.
    expect(writtenYear('会议安排部署。2015年工业经济工作。2014年，全市工业增长9%。', '2014年', 2014)).toBe(2014);
  });

  it('reads the year a change is from without 的 after it (由2007年28.0∶72.0調整為)', () => {
    const text = '全省規模以上工業增加值比上年增長21.6%。輕重工業結構由2007年28.0∶72.0調整為29.0∶71.0。';
    expect(reportPeriod(text)).toMatchObject({ period: '2008年', year: 2008 });
  });

  it('takes the day of a meeting the reporter learned it at, with or without the city it was held in, as the dateline', () => {
    // 四川 2013 (test/corpus/sichuan-2012-industry-targets) says "在蓉"; the same report may name the city in full or not.
    const text =
      '2012年四川省规模以上工业增加值有望突破万亿元大关。记者从1月4日召开的全省工业经济工作座谈会上获悉，今年全省规模以上工业增加值增长14%。';
    expect(writtenYear(text, '2012年', 2012)).toBe(2013);
    expect(writtenYear(text.replace('1月4日', '1月4日在成都'), '2012年', 2012)).toBe(2013);
    expect(writtenYear(text.replace('1月4日', '7月4日在成都'), '2012年', 2012)).toBe(2012);
  });
});
