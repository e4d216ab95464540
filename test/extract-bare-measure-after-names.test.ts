/**
 * A 分别 list whose phrase is a rate or a measure with no owner ("增速分别为…", "产值分别增长…"), right after a clause
 * with no figure that names as many items ("新材料产业、电子信息产业保持较快增长"), is of those items: not of the figures
 * of the clause before them, which are other owners' (工业, 农业). A contribution (贡献率) after such a clause is the
 * items' own, without their measure.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bare measure after a clause naming the items', () => {
  it('is of the items that clause names, not of the figures before it', () => {
    const text = '工业和农业增加值分别增长5%和6%,新材料产业、电子信息产业保持较快增长,产值分别增长4.6%和2.2%。';
    expect(the(text, '4.6').label).toBe('新材料产业产值增速');
    expect(the(text, '2.2').label).toBe('电子信息产业产值增速');
    expect(the(text, '5').label).toBe('工业增加值增速');
  });
});

describe('a contribution after a clause with no figure', () => {
  it('is of the items the list before names, without their measure', () => {
    const text = '电子信息产业、装备制造业增加值分别增长38.2%、18.8%,对全市工业增长形成有力支撑,贡献率分别为34.8%和42.1%。';
    expect(the(text, '34.8').label).toBe('电子信息产业贡献率');
    expect(the(text, '42.1').label).toBe('装备制造业贡献率');
  });
});
