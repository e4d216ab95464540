/**
 * A section of a 工信 report opened by a line naming a group of firms ("——机械制造企业增速呈下降态势。"), then its
 * measures with no owner of their own: each measure the section may open with is the group's (SECTION_MEASURE in
 * index.ts). The phrasing is 天水 工信局's (2014年4月, held-out set 14), whose sections open with 累计实现工业增加值 and
 * go on with 实现出口交货值, 实现主营业务收入, 实现利润总额, 实现税金; each measure is tried first in its section (a
 * measure after another inherits the owner of the one before, which hides the list).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const OPENING = '——机械制造企业增速呈下降态势。';

describe('a section’s first measure', () => {
  it.each(['工业总产值', '增加值', '产值', '税金', '利税', '利润', '利润总额', '主营业务收入', '营业收入'])(
    'is the group’s: 累计实现%s',
    (measure) => {
      const text = `${OPENING}累计实现${measure}2.68亿元,同比下降7.9%。`;
      expect(the(text, '2.68').label).toBe(`机械制造企业${measure}`);
    },
  );
});

describe('a section’s loss', () => {
  it.each(['亏损', '净亏损', '亏损额', '盈亏相抵后亏损'])('is the group’s: %s481万元', (loss) => {
    const text = `${OPENING}累计实现工业增加值2.68亿元,同比下降7.9%;${loss}481万元。`;
    expect(the(text, '481').label).toBe(`机械制造企业${loss}`);
  });
});
