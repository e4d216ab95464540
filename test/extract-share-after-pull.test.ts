/**
 * A measure's share written right after a pull (拉动…增长N个百分点) is of what pulled, not of the pull: "…完成工業總產值
 * 605.39億元,增長10.99%,拉動規模以上工業總產值增長8.29個百分點,完成的總產值占規模以上工業總產值的75.44%" (柳州 2009
 * 上半年, 國家石油和化工網 on 广西发改委's figures, a 繁體 copy, held-out set 52): 75.44% was labelled 總產值占…比重, and 总产值
 * is now a measure a share may open with, as 产值 and 增加值 are.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const LIUZHOU =
  '汽車、冶金、機械是柳州市三大支柱產業,上半年完成工業總產值605.39億元,增長10.99%,拉動規模以上工業總產值增長8.29個百分點,完成的總產值占規模以上工業總產值的75.44%。';

describe('a share after a pull', () => {
  it('is of what pulled', () => {
    expect(the(LIUZHOU, '75.44', { asOf: '2009年1-6月' }).label).toBe('三大支柱產業工業總產值占規模以上工業總產值比重');
  });

  it('reads 总产值 and 增加值 after a pull the same way', () => {
    const text = '电子行业完成总产值500亿元,增长10.5%,拉动全市工业总产值增长4.2个百分点,总产值占全市工业的35.6%。';
    expect(the(text, '35.6').label).toBe('电子行业总产值占全市工业比重');
    const added = '高技术产业增加值增长15.2%,拉动规上工业增长3.1个百分点,增加值占规上工业比重为20.4%。';
    expect(the(added, '20.4').label).toBe('高技术产业增加值占规上工业比重');
  });
});
