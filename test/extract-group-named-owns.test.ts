/**
 * Names listed, then 是 and the group they make up (三大支柱产业, 两大行业), own the measures of the next clause by the
 * group's name: "汽車、冶金、機械是柳州市三大支柱產業,上半年完成工業總產值605.39億元,增長10.99%,拉動規模以上工業總產值
 * 增長8.29個百分點" (柳州 2009 上半年, 國家石油和化工網 on 广西发改委's figures, a 繁體 copy with the page's pinyin glosses,
 * held-out set 52): not 工業總產值 alone, the city's whole measure.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const LIUZHOU =
  '汽車、冶金、機械是柳州市三大支柱產業,上半年完成工業總產值605.39億元,增長10.99%,拉動規模以上工業總產值增長8.29個百分點,完成的總產值占規模以上工業總產值的75.44%。';

describe('a group the names listed before it make up', () => {
  it('owns the measures of the clauses after it', () => {
    const read = (v: string) => the(LIUZHOU, v, { asOf: '2009年1-6月' }).label;
    expect(read('605.39')).toBe('三大支柱產業工業總產值');
    expect(read('10.99')).toMatch(/^三大支柱產業工業總產值增/u);
    expect(read('8.29')).toMatch(/^三大支柱產業/u);
  });

  it('reads simplified text the same, and a group of two', () => {
    expect(the('装备制造和食品加工是全市的两大支柱产业,一季度实现工业产值88.6亿元。', '88.6').label).toBe('两大支柱产业工业产值');
  });

  it('leaves a single name defined as the group to the rules before', () => {
    expect(the('能源产业是云南第一大支柱产业,上半年完成增加值500亿元。', '500').label).not.toMatch(/^第一大/u);
  });
});
