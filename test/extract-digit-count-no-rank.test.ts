/**
 * 位数 after a number counts a rate's digits ("增速达到2位数": a two-digit rise), no place in a ranking.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('a number before 位数', () => {
  it('is no rank: "增速達到2位數" (新疆 2014 前三季度, a 繁體 copy, held-out set 45)', () => {
    const text =
      '前三季度,新疆工業生產保持平穩。規模以上工業企業增加值同比增長10%,增速達到2位數,其中重工業實現增加值2026.38億元,增速提高實現10.2%。';
    const figures = extractFigures(text, { asOf: '2014年前三季度' });
    expect(figures.map((f) => f.value + f.unit)).toEqual(['10%', '2026.38億元', '10.2%']);
  });

  it('is no rank in simplified characters either, and a place written 第2位 still is one', () => {
    const figures = extractFigures('全市规上工业增加值增长12%,增速保持2位数,居全省第2位。', { asOf: '2020年' });
    expect(figures.map((f) => `${f.value}${f.unit} ${f.kind}`)).toEqual(['12% growth', '2位 rank']);
  });
});
