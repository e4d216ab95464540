/**
 * "在遼寧省40個工業大類中,17大類1月至10月規上工業增加值保持同比增長" (辽宁 2022 1-10月, held-out set 31): 大类 is the
 * measure word of a count of industry classes when 个 is left out; the count is of 工业大类, as "40個工業大類" is. A
 * class named in numerals ("十大类产品") stays a name, and "41个大类行业" counts in 个 as before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const LIAONING = '此外,在遼寧省40個工業大類中,17大類1月至10月規上工業增加值保持同比增長。';

describe('大类 after a number', () => {
  it('counts industry classes (辽宁)', () => {
    const f = the(LIAONING, '17', { asOf: '2022年1-10月' });
    expect(f.unit).toBe('大類');
    expect(f.kind).toBe('count');
    expect(f.label).toContain('工業大類');
    expect(the(LIAONING, '40', { asOf: '2022年1-10月' }).unit).toBe('個');
  });

  it('is no figure in numerals, and 个 stays the unit of "41个大类行业"', () => {
    expect(extractFigures('全省十大类产品产量增长。', { asOf: '2022年' })).toEqual([]);
    expect(the('41个大类行业中有37个行业增加值保持同比增长。', '41', { asOf: '2018年1-2月' }).unit).toBe('个');
  });
});

describe('a count of industries before 中的 and the count of those among them (福建 2011 1-2月, held-out set 43)', () => {
  it('counts the industries, not the measure the sentence before named', () => {
    const fujian =
      '福建省统计局披露,今年前两个月里,福建制造业投资占城镇投资的比重为27.8%,对城镇投资的增长贡献率为36.7%;30个行业中的23个实现投资增长,其中非金属矿物制品业等7个行业投资翻倍增长。';
    expect(the(fujian, '30', { asOf: '2011年1-2月' }).label).toBe('行业');
    expect(the(fujian, '23', { asOf: '2011年1-2月' }).label).toBe('行业');
  });
});
