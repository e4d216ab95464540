/**
 * A list its count closes ("X、Y、Z4大战略性产业", "…五大产业") names a group, and the count says what the group holds:
 * a label too long for a column head is that group, never the list cut at an item, which dropped its first items
 * and left "4大" over three names (郑州 2015 1-9月, 万州 2020).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a long list closed by its count', () => {
  it('is labelled by the group the count names, its first items never dropped', () => {
    const zz =
      '预计1至9月,汽车及装备制造、电子信息、新材料、生物医药4大战略性产业占全市工业比重达到48%左右,同比提高约3个百分点;煤炭、化工、建材、钢铁、铝、电力6大高耗能产业比重降低到41%左右,同比下降约2个百分点。';
    expect(the(zz, '48').label).toBe('4大战略性产业占全市工业比重');
    expect(the(zz, '3').label).toBe('4大战略性产业占全市工业比重变化');
    // Short enough for a column head, the list stays whole.
    expect(the(zz, '41').label).toBe('煤炭、化工、建材、钢铁、铝、电力6大高耗能产业比重');
    const wz = '绿色照明、智能装备、新材料、汽车、食品医药五大产业占规模以上工业比重68.7%提高到71.5%。';
    expect(the(wz, '71.5').label).toBe('五大产业占规上工业比重');
  });

  it('keeps a short counted list as written', () => {
    expect(the('汽车及装备制造、电子信息2大产业占全市工业比重达到48%。', '48').label).toBe('汽车及装备制造、电子信息2大产业占全市工业比重');
  });
});
