/**
 * "与全省相比低0.7个百分点", "与全省相比,低0.7个百分点": the place compared with, then a bare comparison (in its clause
 * or the next), is a gap against that place, "比全省低": signed by the comparison once, and labelled with the place
 * (never "低比低").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// (made up, on the genre's "比全省低0.7个百分点" (yunnan-2016-08-industry) written with 与…相比)
const GROWTH = '全市规上工业增加值增长2.1%,';

describe('compared with a place, then the bare comparison', () => {
  it.each([
    ['与全省相比低0.7个百分点', -0.7, '规上工业增加值比全省低'],
    ['与全省相比,低0.7个百分点', -0.7, '规上工业增加值比全省低'],
    ['增速与全省相比低0.7个百分点', -0.7, '规上工业增加值增速比全省低'],
    ['与全国相比高出0.7个百分点', 0.7, '规上工业增加值比全国高出'],
    ['与全省平均水平相比高0.7个百分点', 0.7, '规上工业增加值比全省平均水平高'],
  ])('%s', (written, number, label) => {
    expect(the(`${GROWTH}${written}。`, '0.7')).toMatchObject({ number, label, kind: 'change' });
  });

  it('a fall smaller than the place’s is a gain, as with 比', () => {
    expect(the('全市规上工业增加值下降2.1%,降幅与全省相比低0.7个百分点。', '0.7').number).toBe(0.7);
  });
});
