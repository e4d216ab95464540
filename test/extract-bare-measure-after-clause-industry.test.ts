/**
 * A bare measure after a clause that names an industry with another measure ("汽车产业产值稳步提升,增加值同比增长32.5%")
 * is that industry's: the clause's measure is left out, the figure's own put in its place.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bare measure after a clause naming an industry and its measure', () => {
  it('is the industry’s measure', () => {
    expect(the('汽车产业产值稳步提升,增加值同比增长32.5%。', '32.5').label).toBe('汽车产业增加值增速');
  });
});
