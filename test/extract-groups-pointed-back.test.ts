/**
 * A count that points back at the items named (上述3个行业) or that a place is given in (5个工业大省第一位) names a
 * group, not a figure (the lead's convention on class names); a count of members that did something stays one. A
 * comparison after 、 is of the figure before, as after a comma.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const values = (text: string) => extractFigures(text).map((x) => x.value);

describe('groups named by a count', () => {
  // 河南 2019, a 繁體 copy (http://tasting24.com/xy/hn/701613.html).
  const HENAN_2019 =
    '2019年12月31日,河南省工業和信息化工作會議在鄭州召開。1—11月,全省規模以上工業增加值同比增長7.9%、高于全國2.3個百分點,增速居全國第6位、5個工業大省第一位。';
  // 江北区 2024 (http://www.cqjb.gov.cn/bm/qtjj_71929/zwgk_73798/fdzdgknr_73800/tjxx_130843/sjjd/202501/t20250121_14191094.html).
  const JIANGBEI_2024 =
    '2024年,全区规模以上工业企业出口交货值比上年增长30.8%。从结构上看,全区主要出口行业为汽车制造业、计算机、通信及其他电子设备制造业、橡胶和塑料制品业,上述3个行业合计出口产值占总量的90.8%。10个涉及出口的行业中,有6个实现正增长。';

  it('are no figures; the places and shares are', () => {
    expect(values(HENAN_2019)).not.toContain('5');
    expect(the(HENAN_2019, '一').kind).toBe('rank');
    expect(values(JIANGBEI_2024)).not.toContain('3');
    expect(the(JIANGBEI_2024, '90.8').kind).toBe('share');
  });

  it('members that did something are counted', () => {
    expect(the(JIANGBEI_2024, '6').kind).toBe('count');
    expect(the('全市有3个县区居全省第一位。', '3').kind).toBe('count');
  });

  it('a comparison after 、 is of the figure before', () => {
    expect(the(HENAN_2019, '2.3').label).toBe('規模以上工業增加值高于全國');
  });
});
