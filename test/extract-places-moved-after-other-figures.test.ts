/**
 * Places gained or lost (名次 counted after a verb of moving) are of the measure whose place the sentence gave, even
 * when other figures stand between that place and the move ("…排名第3位,增速高于全国3.9个百分点,比上年前移5个名次":
 * the figure right before the move is no place; the place before it is looked for further back).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places moved, after a figure that is no place', () => {
  it('are of the measure whose place was given before (郑州 2015 style)', () => {
    const text = '全市规模以上工业增加值同比增长10.2%,在全国27个省会城市中排名第3位,增速高于全国3.9个百分点,比上年前移5个名次。';
    expect(the(text, '5').label).toMatch(/^规模以上工业增加值/u);
    expect(the(text, '3').label).toMatch(/^规模以上工业增加值/u);
  });
});
