/**
 * Saved web pages write the ASCII , ; where a report has ， ；: the extractor reads them as the full-width marks,
 * so a list's subjects and a sentence's clauses come out as in the report itself. Sentences of corpus reports
 * saved from pages (test/corpus, puyang-2016-industry and ankang-2019-industry).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text).map((x) => [x.value + x.unit, x.label, x.kind]);

describe('ASCII punctuation of a saved page', () => {
  it('a comma opens a clause: the items of a list are named without the clause before them', () => {
    const text =
      '2016年,在全市35个工业行业大类中,化学原料和化学制品制造业、农副食品加工业、电气机械和器材制造业所占比重居前3位,分别为14.1%、13%、10.6%。';
    expect(read(text).slice(2)).toEqual([
      ['14.1%', '化学原料和化学制品制造业', 'share'],
      ['13%', '农副食品加工业', 'share'],
      ['10.6%', '电气机械和器材制造业', 'share'],
    ]);
  });

  it('a semicolon ends a clause: the count after it is a figure of its own', () => {
    const text = '全市非公经济增加值占GDP比重完成60.6%,连续6年保持全省第一;全市19个省级县域工业集中区完成工业总产值的比重达到71.5%。';
    expect(read(text)).toEqual([
      ['60.6%', '非公经济增加值占GDP比重', 'share'],
      ['一位', '非公经济增加值位次', 'rank'],
      ['19个', '省级县域工业集中区', 'count'],
      ['71.5%', '省级县域工业集中区工业总产值的比重', 'share'],
    ]);
  });
});

describe('a source in brackets before a saved page’s headline', () => {
  it('is no part of the subject (国家统计局 2021-07-15, traditional characters, read for a sweep)', () => {
    const headline = '[國家統計局]2021年6月份規模以上工業增加值增長8.3% 兩年平均增長6.5%\n6月份,規模以上工業增加值同比實際增長8.3%。';
    expect(extractFigures(headline)[0]).toMatchObject({ value: '8.3', label: '規模以上工業增加值增速', period: '2021年6月' });
    expect(extractFigures('【国家统计局】2021年6月份规模以上工业增加值增长8.3%。')[0].label).toBe('规模以上工业增加值增速');
  });
});

describe('a space between two figures of a headline', () => {
  it('parts them as a comma does (国家统计局 2021-07-15: 兩年平均增長 was labelled 兩年增速)', () => {
    const headline = '[國家統計局]2021年6月份規模以上工業增加值增長8.3% 兩年平均增長6.5%\n6月份,規模以上工業增加值同比實際增長8.3%。';
    expect(extractFigures(headline)[1]).toMatchObject({ value: '6.5', label: '規模以上工業增加值增速', period: '2021年6月' });
  });

  it('leaves the years of a yearly rate after it to that rate', () => {
    const [level, rate] = extractFigures('工业增加值增长8.3% 五年年均增长6.5%。', { asOf: '2022年' });
    expect(level).toMatchObject({ value: '8.3', label: '工业增加值增速', period: '2022年' });
    expect(rate).toMatchObject({ value: '6.5', label: '工业增加值年均增速', period: '2018-2022年' });
  });

  it('changes nothing where a comma stands', () => {
    const [level, rate] = extractFigures('工业增加值增长8.3%，五年年均增长6.5%。', { asOf: '2022年' });
    expect([level.period, rate.label, rate.period]).toEqual(['2022年', '工业增加值年均增速', '2018-2022年']);
  });
});
