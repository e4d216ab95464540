/**
 * The place a move to a rank starts from, written without 第: "可持续发展能力由24位上升到第4位" (长春高新区 2013, held-out
 * set 56) starts from the 24th place, a rank, not a level of 24.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 大公网 on 长春高新区's 工作会议, 2014-03-17.
const CHANGCHUN =
  '在国家高新区评价指标体系综合排名中,长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位,已经进入全国先进国家高新区的前列。';

describe('由N位 before a move to 第M位', () => {
  it('is a rank, as 第M位 is', () => {
    expect(the(CHANGCHUN, '24', { asOf: '2013年' })).toMatchObject({ unit: '位', kind: 'rank' });
    expect(the(CHANGCHUN, '4', { asOf: '2013年' }).kind).toBe('rank');
    expect(the('全市综合实力由12位前移至第9位。', '12', { asOf: '2013年' }).kind).toBe('rank');
  });

  it('not places moved by (前移3位), nor a place not followed by a move to a rank', () => {
    expect(the('全市综合实力位次前移3位。', '3', { asOf: '2013年' }).kind).toBe('change');
    expect(the('由24位专家组成评审组。', '24', { asOf: '2013年' }).kind).not.toBe('rank');
  });
});
