/**
 * A place right after a counted scope opened by 在 ("在7个县区中增速为第4位") is held among the places counted, whatever
 * words stand between the scope and the place: it is the place of the measure before, not of the places counted.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place among a counted scope after 在', () => {
  it('is the measure’s, with the rate and 为 between the scope and the place', () => {
    const text = '全县规上工业增加值增长8.5%,在7个县区中增速为第4位。';
    const place = the(text, '4');
    expect(place.kind).toBe('rank');
    expect(place.label).toBe('规上工业增加值位次');
    expect(the(text, '7').label).toBe('县区');
  });
});
