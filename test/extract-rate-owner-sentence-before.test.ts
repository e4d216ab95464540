/**
 * A bare rate (增速, 累计增速) with no owner before it in its sentence is of the owner whose 增速 the sentence before,
 * holding no figure, said moved: "可喜的是,工業基礎雄厚的柳州工業經濟增速逐月回升。從統計數據來看,1-6月累計增速分別為
 * -4.6%、4.6%、6.5%、5.7%、7.0%、10.3%" (柳州 2009 上半年, 國家石油和化工網 on 广西发改委's figures, a 繁體 copy with the
 * page's pinyin glosses, held-out set 52): each was labelled 增速 alone.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const LIUZHOU =
  '金融危機影響全球,柳州也不能獨善其身。可喜的是,工業基礎雄厚的柳州工業經濟增速逐月回升。從統計數據來看,1-6月累計增速分別為-4.6%、4.6%、6.5%、5.7%、7.0%、10.3%,工業經濟總體呈現向上的恢復性增長態勢。';

describe('a bare rate after a sentence saying whose 增速 moved', () => {
  it('is of that owner, each rate of the list', () => {
    for (const v of ['6.5', '5.7', '7.0', '10.3']) expect(the(LIUZHOU, v, { asOf: '2009年1-6月' }).label).toBe('柳州工業經濟增速');
  });

  it('reads simplified text the same', () => {
    expect(the('全市工业增速逐月回升。1-6月累计增速为6.5%。', '6.5').label).toBe('全市工业增速');
  });

  it('leaves a rate that names its own owner, and one after a sentence with figures, as before', () => {
    expect(the('全市工业增速逐月回升。1-6月规上工业增加值增速为6.5%。', '6.5').label).toBe('规上工业增加值增速');
    expect(the('全市工业增加值增长8%。1-6月累计增速为6.5%。', '6.5').label).not.toContain('全市工业增速');
  });
});
