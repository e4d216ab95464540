/**
 * Projects or firms classed by what is expected of them ("年预计产值超10亿元的项目") are named by that 预计: what they
 * did is a result, and the amount passed stays in their name.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 重庆 2016 1-11月 (http://chongqing.chinagdp.org/jjfz/201612/382.html).
const CHONGQING =
  '四是达产项目进度较佳。84个重点项目按期达产,达产面93.3%,京东方液晶显示屏、SK海力士芯片封装等21个年预计产值超10亿元的项目共计完成产值446亿元。';

describe('年预计产值超10亿元的项目', () => {
  it('did what the sentence says: a result', () => {
    expect(the(CHONGQING, '446').status).toBe('actual');
    expect(the(CHONGQING, '21').status).toBe('actual');
  });
  it('names the projects whose output is given', () => {
    expect(the('全市21个年产值超10亿元的项目共计完成产值446亿元。', '446').label).toBe('年产值超10亿元的项目产值');
  });
  it('leaves an estimate of the year an estimate', () => {
    expect(the('预计全年产值超10亿元,同比增长8%。', '8').status).toBe('estimate');
    expect(the('预计今年全市规上工业增加值增长7%左右。', '7').status).toBe('estimate');
  });
});
