/**
 * Projects past an amount are a class, not a figure: "新引进亿元以上项目241个、5亿元以上项目46个" (六安 2018, held-out
 * set 27) holds two counts, not 5亿元; an amount without 以上 before 项目 is still read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('N亿元以上项目', () => {
  it('reads the counts only', () => {
    const text = '预计到位内资541亿元、增长10%;新引进亿元以上项目241个、5亿元以上项目46个。';
    expect(extractFigures(text, { asOf: '2018年' }).map((f) => f.value + f.unit)).toEqual(['541亿元', '10%', '241个', '46个']);
  });

  it('keeps an amount before 项目 without 以上', () => {
    expect(extractFigures('全年完成投资50亿元,项目开工率100%。').map((f) => f.value)).toContain('50');
  });
});
