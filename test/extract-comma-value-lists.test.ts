/**
 * A list of values set apart by ASCII commas, each in the same unit ("同比回落12.3个,6个和4.7个百分点", "5.1%,3.2%"): the
 * comma joins the list's items as 、 does, so the verb before the first (回落) signs every item; it ends no clause.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 工信部 on December 2008 (chinanews.com.cn, 2009-02-01), its list as pages that write commas between items give it:
// "1-12月,冶金、有色、石化行业增加值分别增长10.5%、12.7%和7.5%,同比回落12.3个、6个和4.7个百分点".
const MIIT = '1-12月,冶金,有色,石化行业增加值分别增长10.5%,12.7%和7.5%,同比回落12.3个,6个和4.7个百分点。';

describe('values set apart by commas', () => {
  it('are one list: each falls, in points, its own item’s', () => {
    const points = extractFigures(MIIT, { asOf: '2008年12月' }).filter((f) => f.unit === '个百分点');
    expect(points.map((f) => [f.number, f.label])).toEqual([
      [-12.3, '冶金增加值变化'],
      [-6, '有色增加值变化'],
      [-4.7, '石化行业增加值变化'],
    ]);
  });

  it('not a comma before a number in another unit (a month)', () => {
    expect(the('全市规上工业增加值增长12.3%,6月份增长8.1%。', '8.1').period).toBe('6月');
  });
});
