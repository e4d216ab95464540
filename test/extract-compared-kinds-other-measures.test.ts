/**
 * Kinds of firm compared with, their rates in brackets, when the measure compared is not 增加值 or the kind is named in
 * full: the form of "小微企业增加值增速(11.0%)快于大型(3.6%)和中型企业(4.7%)" (seen on a held-out report in session 29)
 * with 产值 or 利润 as the measure or none named, a short kind of three characters (大中型), and a whole named with its
 * own head (规上工业) against an industry named before. Written from the survivors of extract-subject's mutation run
 * (session 32: figure-subject.ts, the kinds compared in brackets: `ITEM_MEASURE.exec(root) ?? /增加值/u.exec(root)`,
 * `named[1].length <= 3`, `name && name !== owner`, the measure's '' when none is named, and
 * `t.unit === '%' && isIn(OPEN_BRACKET, …)`: a rate after a kind without a bracket is read by the rule of a rate compared;
 * `found[j].t.outerEnd <= verbAt`, `found[j].t.outerStart >= from`: the rate compared ends right at the verb or opens its clause).
 */
import { describe, expect, it } from 'vitest';
import { labels, the } from './extract-helpers';

describe('kinds compared with, their rates in brackets, of another measure', () => {
  it('keeps the measure compared (产值, 利润), not only 增加值', () => {
    expect(labels('小微企业产值增长11.0%,快于大型企业(3.6%)和中型企业(4.7%)。', ['3.6', '4.7'])).toEqual([
      '大型企业产值增速',
      '中型企业产值增速',
    ]);
    expect(labels('小微企业利润增长11.0%,快于大型(3.6%)和中型企业(4.7%)。', ['3.6', '4.7'])).toEqual([
      '大型企业利润增速',
      '中型企业利润增速',
    ]);
  });

  it('with no measure named, the kind alone', () => {
    expect(labels('小微企业增速(11.0%)快于大型(3.6%)和中型企业(4.7%)。', ['3.6', '4.7'])).toEqual(['大型企业增速', '中型企业增速']);
  });

  it('a kind compared with, its rate after it and no bracket, is read by the rule of a rate compared, not this one', () => {
    expect(the('小微企业增加值增长11.0%,快于大型企业3.6%的增速。', '3.6').label).toMatch(/^大型企业(?:增加值)?增速$/u);
  });

  it('the rate compared right before the verb, or opening its clause, is the one the kinds are compared with', () => {
    expect(labels('小微企业增加值增长11.0%快于大型企业(3.6%)和中型企业(4.7%)。', ['3.6', '4.7'])).toEqual([
      '大型企业增加值增速',
      '中型企业增加值增速',
    ]);
    expect(labels('小微企业增加值增速:11.0%,快于大型(3.6%)。', ['3.6'])).toEqual(['大型企业增加值增速']);
  });

  it('a short kind of three characters takes the head of the owner compared', () => {
    expect(labels('小微企业增加值增速(11.0%)快于大中型(3.6%)。', ['3.6'])).toEqual(['大中型企业增加值增速']);
  });

  it('a whole with its own head is the rate of that whole, not of the industry compared', () => {
    const [label] = labels('战略性新兴产业产值增长20.1%,快于规上工业(8.2%)。', ['8.2']);
    expect(label).toMatch(/^规上工业(?:产值)?增速$/u);
  });
});
