/**
 * A place's name of two characters ending in 中 (晋中, 汉中) keeps its 中: "晋中增长4.3%" (晋中's 2017 industry, seen on an
 * imported deck, session 33) was labelled 晋增速, the 中 read as that of a group among which ("行业中"), which still goes.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place named …中', () => {
  it('keeps its 中 when nothing else names the subject', () => {
    expect(the('晋中增长4.3%。', '4.3').label).toBe('晋中增速');
    expect(the('汉中增长7.1%。', '7.1').label).toBe('汉中增速');
  });
  it('a group among which still loses its 中', () => {
    expect(the('汽车制造业中增长12%。', '12').label).toBe('汽车制造业增速');
  });
});
