/**
 * A place's value in brackets written before any figure of the same unit ("是全国(53980元)的1.5倍", on the form of
 * "人均GDP为83538元，…是全国(53980元)的1.5倍", see extract-place-aside-measure-far-back.test.ts, here with the report's
 * own amount left out): no measure before it to give the place, and the sentence is still read, the multiple after it
 * the report's own. Written from the survivors of extract-subject's mutation run (session 31: figure-subject.ts,
 * `placeAside && measureBefore?.root`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place’s value in brackets, no figure of its unit before', () => {
  it('leaves the multiple after it the report’s own', () => {
    const text = '全市人均地区生产总值是全国(53980元)的1.5倍。';
    expect(the(text, '1.5')).toMatchObject({ label: '人均地区生产总值倍数', kind: 'multiple' });
    expect(the(text, '53980')).toMatchObject({ unit: '元', kind: 'level' });
  });
});
