/**
 * A target set (目标定为, 目标确定为, 目标初步定为) makes the sentence's figures targets, as 目标是 does: 杭州's 2012
 * aims, told at its meeting on 2011 (held-out set 20), read as results without --as-of.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HANGZHOU =
  '记者从会上获悉,2011年杭州市规模以上工业总产值和销售产值双双突破12000亿元大关,同比增长20.5%和20.2%。\n' +
  '2012年杭州工业发展目标初步定为:规模以上工业销售产值同比增长12%,力争达到13%;工业增加值同比增长10%,力争10.5%;万元GDP能耗下降4.1%以上。';

describe('目标…定为', () => {
  it('makes every figure of its sentence a target', () => {
    for (const v of ['12', '13', '10', '10.5', '4.1']) expect(the(HANGZHOU, v).status, v).toBe('target');
    expect(the('今年经济增长目标确定为9.5%左右。', '9.5').status).toBe('target');
  });

  it('leaves the results before it, and a target said to be reached, as results', () => {
    expect(the(HANGZHOU, '20.2').status).toBe('actual');
    expect(the('全年工业增加值增长9%,完成了年初确定的目标。', '9').status).toBe('actual');
  });
});
