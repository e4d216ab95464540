/**
 * Numbers as reports write them, read by the extractor's tokens: thousands separators, 万 inside a number, a code
 * or a model name that holds digits (5G, PM2.5, C919, iPhone12) and is no figure, 万人民币. A code read as a figure
 * puts a false number in the review table; a separator misread cuts a figure to its first digits.
 * From the first survivors of the extractor's mutation run of part extract-tokens (issue 26).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text).map((f) => [f.value, f.number, f.unit]);

describe('numbers as written', () => {
  it('thousands separators: 3,446亿元 and 1,594,000人', () => {
    expect(read('完成投资3,446亿元，就业人数1,594,000人。')).toEqual([
      ['3,446', 3446, '亿元'],
      ['1,594,000', 1594000, '人'],
    ]);
  });

  it('万 inside a number: 3万8000亿元 is 38000 亿元', () => {
    expect(read('全市财政收入3万8000亿元。')).toEqual([['3万8000', 38000, '亿元']]);
  });

  it('a point typed twice is one number: "下降14..3%" is 14.3 (柳林县 2024年上半年, held-out set 11)', () => {
    expect(read('原煤产量1657.8万吨,同比下降14..3%;其中,县属企业完成1094.2万吨。')).toEqual([
      ['1657.8', 1657.8, '万吨'],
      ['14..3', -14.3, '%'],
      ['1094.2', 1094.2, '万吨'],
    ]);
    // An ellipsis after a number ends it; a third point is no number.
    expect(read('增长8%...产量3...5万吨。')).toEqual([['8', 8, '%']]);
  });

  it('万人民币 is an amount in 万元, not a count of people', () => {
    expect(read('人均收入达到1.2万人民币。')).toEqual([['1.2', 1.2, '万元']]);
  });
});

describe('digits that are no figure', () => {
  it('a grade in brackets after 折 (硫铁矿石(折含硫35%), 硫酸（折100%）) is part of the product’s name', () => {
    // 巴彦淖尔 2022年1~2月 (held-out set 11): the 7.9万吨 and its growth are the ore's, not a figure "折含硫".
    const text = '冻肉2.8万吨;硫铁矿石(折含硫35%)7.9万吨,同比增长14.1%;硫酸（折100%）12万吨。';
    expect(read(text)).toEqual([
      ['2.8', 2.8, '万吨'],
      ['7.9', 7.9, '万吨'],
      ['14.1', 14.1, '%'],
      ['12', 12, '万吨'],
    ]);
    expect(extractFigures(text).map((f) => f.label)).toEqual(['冻肉', '硫铁矿石', '硫铁矿石增速', '硫酸']);
    // A share written in brackets is still a figure: "采矿业增加值(占比75.9%)".
    expect(read('采矿业增加值(占比75.9%)增长14.4%。').map((r) => r[0])).toEqual(['75.9', '14.4']);
  });

  it('codes and model names, upper or lower case letters beside the digits', () => {
    expect(read('全年建成5G基站2万个。')).toEqual([['2', 2, '万个']]);
    expect(read('PM2.5平均浓度下降10%。')).toEqual([['10', -10, '%']]);
    expect(read('C919大飞机完成试飞，iPhone12产量增长8%。')).toEqual([['8', 8, '%']]);
    expect(read('A380和Z10系列产量增长8%。')).toEqual([['8', 8, '%']]);
  });
});
