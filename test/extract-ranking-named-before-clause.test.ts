/**
 * A ranking named by a 在…中 clause right before the clause of the places: "在国家高新区评价指标体系综合排名中,长春高新区
 * 由2008年的第20位上升到第16位" (长春高新区 2013, held-out set 56): both places are in that ranking (labelled by it), not
 * places of 长春高新区 itself; a later clause naming a measure of its own keeps it.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

// 大公网 on 长春高新区's 工作会议, 2014-03-17.
const CHANGCHUN =
  '在国家高新区评价指标体系综合排名中,长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位,已经进入全国先进国家高新区的前列。';

describe('places after "在…排名中,"', () => {
  it('are in that ranking', () => {
    expect(labels(CHANGCHUN, ['20', '16'])).toEqual(['国家高新区评价指标体系综合排名', '国家高新区评价指标体系综合排名']);
    expect(labels('在全省县域经济考评中,我县位列第3位。', ['3'])).toEqual(['全省县域经济考评']);
  });

  it('not in a later clause that names its own measure, nor without the ranking clause', () => {
    expect(labels(CHANGCHUN, ['4'])).toEqual(['可持续发展能力位次']);
    expect(labels('长春高新区由2008年的第20位上升到第16位。', ['16'])).toEqual(['长春高新区位次']);
  });
});
