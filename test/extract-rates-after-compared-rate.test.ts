/**
 * A clause whose subject is a rate compared with another's ("…等市增速高于全省平均水平,"), then a clause that gives only
 * the values ("分别为7.8%、7.1%、…"): those values are the rates, growth of each place, not shares (湖南's 经信委 on
 * 2016's first ten months, held-out set 49: all five were read as shares).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HUNAN =
  '1-10月,全省工业经济面对极其错综复杂的经济形势,总体保持稳中有进、稳中趋优态势。全省14个市州生产均实现增长,长沙、岳阳、株洲、湘潭、衡阳等市增速高于全省平均水平,分别为7.8%、7.1%、6.9%、6.7%、6.7%。';

describe('rates given after a compared rate', () => {
  it('reads a 分别为 list after "…增速高于全省平均水平," as each place growth', () => {
    for (const [value, place] of [
      ['7.8', '长沙'],
      ['7.1', '岳阳'],
      ['6.9', '株洲'],
    ] as const) {
      const f = the(HUNAN, value, { asOf: '2016年1-10月' });
      expect([f.kind, f.number]).toEqual(['growth', Number(value)]);
      expect(f.label).toContain(place);
    }
  });

  it('with a single rate and 低于', () => {
    expect(the('全市工业增加值增速低于全省平均水平,为5.2%。', '5.2').kind).toBe('growth');
  });

  it('keeps a share named in the clause a share', () => {
    expect(the('全市工业增加值增速低于全省平均水平,占比为7.8%。', '7.8').kind).toBe('share');
  });
});
