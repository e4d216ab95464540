/**
 * A 分别 list of one measure's values over periods names no items: the measure written after 分别 and its verb is each
 * value's, as it is a single figure's after its verb: "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,
 * 预计年均增长24.5%;分别完成工业开票销售506亿元、…" (金坛经济开发区, held-out set 55): the values were labelled 项目, of
 * the clause before ("三年来有130多个项目…"), and the second list 国内生产总值 once the first was read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => `${f.value}${f.unit} ${f.label}`);

describe('a list over periods, its measure after 分别 and the verb', () => {
  it('labels each value with the measure', () => {
    const jintan = () =>
      read(
        '三年来有130多个项目正在加速建设、或竣工投产,2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%。',
      );
    expect(jintan()).toEqual([
      '130个 项目',
      '236.3亿元 国内生产总值',
      '314.5亿元 国内生产总值',
      '365亿元 国内生产总值',
      '24.5% 国内生产总值年均增速',
      '506亿元 工业开票销售',
      '639.4亿元 工业开票销售',
      '785亿元 工业开票销售',
      '27.9% 工业开票销售年均增速',
    ]);
    // The span inside the clause, the place before 分别.
    const inside = () => read('2016年至2018年全区分别完成地区生产总值236.3亿元、314.5亿元、365亿元。');
    expect(inside()).toEqual(['236.3亿元 地区生产总值', '314.5亿元 地区生产总值', '365亿元 地区生产总值']);
  });

  it('not a list of items, each named before 分别', () => {
    const items = () => read('2018年,甲园区、乙园区、丙园区分别完成工业产值236.3亿元、314.5亿元、365亿元。');
    expect(items().some((x) => x.endsWith(' 工业产值'))).toBe(false);
  });
});
