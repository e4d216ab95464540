/**
 * Rates after a clause that ends on a rate's name (增速, 增幅): "2015年至2017年工业战略性新兴产业的增速,一直保持在10%以上"
 * (国家统计局 on 40 years of industry) reads the next clause's rates as that growth, and "长沙、岳阳…等市增速高于全省平均水平,
 * 分别为7.8%、7.1%" (湖南's 经信委, held-out set 49) too; but not where the next clause names a share of its own (占…的比重),
 * and the clause before is read whole, also when it is short and opens the sentence. Written from the survivors of
 * extract-figure's mutation run (session 33: figure-kind.ts, the rule after RATE_CLAUSE_BEFORE).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('rates after a clause ending on a rate’s name', () => {
  it('are shares where the next clause names a share of its own', () => {
    const text = '高技术制造业、装备制造业增速均高于全市平均水平,占规上工业增加值的比重分别为25.1%、30.2%。';
    expect(the(text, '25.1')).toMatchObject({ kind: 'share', number: 25.1 });
    expect(the(text, '30.2')).toMatchObject({ kind: 'share', number: 30.2 });
  });

  it('are the growth named by a short clause opening the sentence', () => {
    expect(the('工业增速,一直保持在10%以上。', '10')).toMatchObject({ kind: 'growth', label: '工业增速', number: 10 });
  });
});
