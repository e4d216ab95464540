/**
 * "第一、二、三次产业…分别…": the ordinals share 第 and 产业, written once; each item is its own 第N产业.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('第一、二、三次產業…分別為', () => {
  it('gives each sector its own label', () => {
    // 榕江县 2016 (http://m.ilynn.cn/document_detail/12976.html).
    const text =
      '初步測算,全年累計實現生產總值56.69億元,比上年增長13.5%。第一、二、三次產業增加值占全縣生產總值的比重分別為28.8%、25.7%和45.4%。在三次產業中,第一、二、三次產業對經濟增長的貢獻(拉動度)分別為1.8%、4.0%和7.7%。';
    expect(labels(text, ['28.8', '25.7', '45.4'])).toEqual([
      '第一產業增加值占全縣生產總值的比重',
      '第二產業增加值占全縣生產總值的比重',
      '第三產業增加值占全縣生產總值的比重',
    ]);
    expect(labels('第二、三产业增加值分别增长3.5%和9%。', ['3.5', '9'])).toEqual(['第二产业增加值增速', '第三产业增加值增速']);
  });
});
