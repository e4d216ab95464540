/**
 * Places gained or lost, counted as 名次 after a verb of moving ("同比均提升近10个名次", its count qualified so that the
 * number keeps its unit 个), are a change of the measure whose place the sentence gave last, not of the places counted
 * before it nor of a rate given between.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places moved, counted as 名次', () => {
  it('are of the measure of the last place given (郑州 2015, held-out set 36, with 近)', () => {
    const text = '全市规模以上工业增加值在全国27个省会城市中排名第3位、35个大中城市中排名第4位,同比均提升近10个名次。';
    const moved = the(text, '10');
    expect(moved.kind).toBe('change');
    expect(moved.label).toBe('规模以上工业增加值变化');
  });

  it('are of the place that opens the sentence', () => {
    const moved = the('我市规模以上工业增加值增速居全省第3位,较上年提升近5个名次。', '5');
    expect(moved.label).toBe('规模以上工业增加值增速变化');
  });

  it('are of the place, not of a rate written between', () => {
    const moved = the('工业增速居全省第3位,工业投资增长8.5%,比一季度提升近5个名次。', '5');
    expect(moved.label).toBe('工业增速变化');
  });
});
