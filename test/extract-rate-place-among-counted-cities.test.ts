/**
 * "增速在35个大中城市中排名第12位" (after 郑州 2021 1-10月, held-out set 41): a bare rate's place among a counted scope
 * is the place of the rate of the measure given before the scope, the sentence's first figure too, not of the cities
 * counted, of firms counted between, or of what a place in a league (前5位) was of.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate’s place among counted cities', () => {
  it('is of the sentence’s first figure’s measure', () => {
    const place = the('全市规上工业增加值增长8.5%,增速在35个大中城市中排名第12位。', '12');
    expect(place.kind).toBe('rank');
    expect(place.label).toBe('规上工业增加值增速位次');
  });

  it('reads past a count between', () => {
    const text = '全市规上工业增加值增长8.5%,新增企业15家,增速在35个大中城市中排名第12位。';
    expect(the(text, '12').label).toBe('规上工业增加值增速位次');
  });

  it('reads past a place in a league between (总量排名全省前5位)', () => {
    const text = '全市规上工业增加值增长8.5%,总量排名全省前5位,增速在35个大中城市中排名第12位。';
    expect(the(text, '12').label).toBe('规上工业增加值增速位次');
  });
});
