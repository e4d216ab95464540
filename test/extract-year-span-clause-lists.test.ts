/**
 * A clause that is nothing but a span of n years ("2016年至2018年,") before a 分别 list of n values gives each value its
 * year, as a span inside the list's clause does; a clause after it in the sentence opening with 分别, of as many values,
 * is a parallel list of the same years: "三年来有130多个项目正在加速建设、或竣工投产,2016年至2018年,分别完成国内生产
 * 总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元" (金坛经济开发区,
 * held-out set 55): all six were given 2016-2018年.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => `${f.value}${f.unit} ${f.period}`);

describe('a clause of a span of years before 分别 lists', () => {
  it('gives each value of the list its year, and the parallel list after it the same years', () => {
    const jintan = () =>
      read(
        '三年来有130多个项目正在加速建设、或竣工投产,2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%。',
      );
    expect(jintan()).toEqual([
      '130个 2016-2018年',
      '236.3亿元 2016年',
      '314.5亿元 2017年',
      '365亿元 2018年',
      '24.5% 2016-2018年',
      '506亿元 2016年',
      '639.4亿元 2017年',
      '785亿元 2018年',
      '27.9% 2016-2018年',
    ]);
  });

  it('not for a span of years not written with them, nor for a list of another length', () => {
    // "五年来" (泉州 2011): five measures' averages over the five years.
    const quanzhou = () =>
      read(
        '五年来,我市生产总值、财政总收入、一般预算收入、规模以上工业产值、全社会固定资产投资年均分别增长14.1%、22.1%、20.6%、22.4%和26.8%。',
      );
    expect(quanzhou().every((x) => x.endsWith(' 2014-2018年'))).toBe(true);
    const two = () => read('2016年至2018年,分别完成国内生产总值236.3亿元、365亿元。');
    expect(two()).toEqual(['236.3亿元 2016-2018年', '365亿元 2016-2018年']);
  });
});
