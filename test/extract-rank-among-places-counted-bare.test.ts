/**
 * A place held among places counted without a counter ("在22县区中排名第3位", the form of 大武口 2022's "增速在22县区排第
 * 14名"), in a clause opening with 在 after the measure's rate ("全市规模以上工业增加值…同比增长10.2%左右,在全国27个省会
 * 城市中排名第3位", 郑州 2015, held-out set 36): the place is the measure's, not the places counted (县区). Written from the
 * survivors of extract-subject's mutation run (session 31: figure-subject.ts, the loop after a 在 that opens its clause,
 * `f !== prevInClause && f.entity && !isCountUnit(f.t.unit)`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place among places counted with no counter, after the measure’s rate', () => {
  it('is the measure’s place', () => {
    for (const text of [
      '全市规模以上工业增加值同比增长10.2%,在22县区中排名第3位。',
      '全市规模以上工业增加值同比增长10.2%,在全省22县区中排名第3位。',
    ])
      expect(the(text, '3').label, text).toBe('规模以上工业增加值位次');
  });
});
