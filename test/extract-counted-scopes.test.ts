/**
 * "增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名" (大武口区 2022, held-out set 19): every place is of the
 * growth the sentence before gave, whatever scope it is counted in; the scope and its count are not the subject.
 * The count of 22县区, written without a counter, is a count of the 县区 (it was missed).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
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

  it('a count of places without a counter (22县区, 14市州) is a count of them', () => {
    expect(the(DAWUKOU, '22', opts)).toMatchObject({ kind: 'count', unit: '', label: '县区', period: '1-5月' });
    const city = '1-5月,全市规上工业增加值增长5%,增速在全省14市州中排第3位。';
    expect(the(city, '14', opts)).toMatchObject({ kind: 'count', label: '市州' });
    expect(the(city, '3', opts).label).toBe('规上工业增加值增速位次');
  });

  // 郑州 2021 1-10月 (中原网, held-out set 41): a counter written (35个), right after the rate noun and 在, is no move of
  // the rate (a change) but the count of the cities the rank is given among.
  it('a scope counted with its counter after 增速在 is a count (35个大中城市), the place after it the rate’s', () => {
    const zhengzhou =
      '今年1~10月,全市工业生产保持增长。全市规上工业增加值同比增长13%,分别高于全国(10.9%)、全省(7.3%)2.1个、5.7个百分点,增速在35个大中城市中排名第12位,较去年同期提升1个位次。';
    for (const asOf of [{ asOf: '2021年1-10月' }, {}]) expect(the(zhengzhou, '35', asOf)).toMatchObject({ kind: 'count', unit: '个' });
    // The place is the rate's, of the measure before the count (not 大中城市位次), as 大武口's are; so is the move of it.
    expect(the(zhengzhou, '12', { asOf: '2021年1-10月' })).toMatchObject({ kind: 'rank', label: '规上工业增加值增速位次' });
    expect(the(zhengzhou, '1', { asOf: '2021年1-10月' }).label).toBe('规上工业增加值增速位次变化');
    // A rate after 增速在 is still the rate: "增速在10%以上".
    expect(the('1-5月,全市规上工业增加值增长12%,增速在10%以上。', '10', opts).kind).toBe('growth');
  });

  it('a number before a place that is no group is no count', () => {
    expect(extractFigures('全市22号文件出台,14市区道路改造完成。', opts)).toEqual([]);
  });
});
