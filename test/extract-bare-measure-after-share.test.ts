/**
 * A bare measure's rate right after a share (华龙区, held-out set 15: "石油和天然气开采业占比36.3%,增加值同比增长6.4%") is
 * of what the share was of, also when that is named in two characters (电力), and 总量 is that owner's too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bare measure after a share', () => {
  it('is of an owner of two characters (电力)', () => {
    expect(the('分行业看,电力占比36.3%,增加值同比增长6.4%。', '6.4').label).toBe('电力增加值增速');
  });
  it('总量 is of the owner the share was of', () => {
    expect(the('石油和天然气开采业占比36.3%,总量同比增长6.4%。', '6.4').label).toBe('石油和天然气开采业总量增速');
  });
});
