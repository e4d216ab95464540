/**
 * Rates in brackets after names, the rate they are named after the run: "宜昌(10.3%)、襄陽(10%)、黃石(9.8%)、
 * 孝感(9.6%)增速領跑全省" (湖北 2019 1-10月, 中國工業報 on 省經信廳 figures, held-out set 36) are growth rates, as they
 * are with 增速 before them ("累计增速高于全省平均水平，其中，甘孜(21.5%)、泸州(10.9%)").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HUBEI =
  '大部分市州增長較快。1-10月,17個市州中13個同比加快,宜昌(10.3%)、襄陽(10%)、黃石(9.8%)、孝感(9.6%)增速領跑全省,咸寧(9.4%)、隨州(9.1%)等地高于全省平均水平。';

describe('a run of bracketed rates named after it', () => {
  it('reads every rate of the run as a growth rate of its place', () => {
    for (const [v, place] of [
      ['10.3', '宜昌'],
      ['10', '襄陽'],
      ['9.8', '黃石'],
      ['9.6', '孝感'],
    ]) {
      const f = the(HUBEI, v, { asOf: '2019年1-10月' });
      expect(f.kind).toBe('growth');
      expect(f.label.startsWith(place)).toBe(true);
    }
  });

  it('leaves shares named after their run shares', () => {
    const text = '全市三大产业中,工业(45.2%)、服务业(48.1%)占比均有提高。';
    expect(the(text, '45.2').kind).toBe('share');
    expect(the(text, '48.1').kind).toBe('share');
  });

  it('reads a run of long industry names the same: the rates are the growth the run names after it', () => {
    // 江阴 1—4月 (江阴市人民政府办公室's site, a 繁體 copy, held-out set 52).
    const text =
      '其中,電氣機械和器材制造業(22.0%)、計算機通信和其他電子設備制造業(19.8%)、鐵路船舶航空航天和其他運輸設備制造業(18.5%)等3個重點行業增加值增速均超兩位數。';
    for (const [v, name] of [
      ['22.0', '電氣機械和器材制造業'],
      ['19.8', '計算機通信和其他電子設備制造業'],
      ['18.5', '鐵路船舶航空航天和其他運輸設備制造業'],
    ]) {
      const f = the(text, v, { asOf: '2025年1-4月' });
      expect(f.kind).toBe('growth');
      expect(f.label).toContain(name);
    }
  });

  it('leaves long names with shares named after their run shares', () => {
    const text = '計算機通信和其他電子設備制造業(32.1%)、鐵路船舶航空航天和其他運輸設備制造業(8.5%)占比均有提高。';
    expect(the(text, '32.1').kind).toBe('share');
    expect(the(text, '8.5').kind).toBe('share');
  });
});
