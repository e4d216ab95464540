/**
 * A move that names no time of its own starts from the year the sentence's earlier move names: "长春高新区由2008年的第20位
 * 上升到第16位,可持续发展能力由24位上升到第4位" (长春高新区 2013, held-out set 56): the 24th place is 2008's too, not the
 * year before the report's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 大公网 on 长春高新区's 工作会议, 2014-03-17.
const CHANGCHUN =
  '在国家高新区评价指标体系综合排名中,长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位,已经进入全国先进国家高新区的前列。';

describe('a move from, after one from a year named', () => {
  it('starts from that year', () => {
    expect(the(CHANGCHUN, '20', { asOf: '2013年' }).period).toBe('2008年');
    expect(the(CHANGCHUN, '24', { asOf: '2013年' }).period).toBe('2008年');
    expect(the(CHANGCHUN, '4', { asOf: '2013年' }).period).toBe('2013年');
    expect(the('全市工业比重由2010年的35%提高到42%,服务业比重由40%提高到45%。', '40', { asOf: '2015年' }).period).toBe('2010年');
  });

  it('alone in its sentence, from the year before the report’s, as before', () => {
    expect(the('可持续发展能力由24位上升到第4位。', '24', { asOf: '2013年' }).period).toBe('2012年');
  });
});
