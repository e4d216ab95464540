/**
 * Rates after a clause that ends on a rate's name (增速, 增幅): "2015年至2017年工业战略性新兴产业的增速,一直保持在10%以上"
 * (国家统计局 on 40 years of industry) reads the next clause's rates as that growth, and "长沙、岳阳…等市增速高于全省平均水平,
 * 分别为7.8%、7.1%" (湖南's 经信委, held-out set 49) too, also where the next clause only says where the rates moved to
 * ("分别提高到13.4%、11.3%", read as shares of 高技术制造业 before); but not where it names a share of its own (占…的比重).
 * The clause before is read whole, also when it is short and opens the sentence. Written from the survivors of
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

  it('are the growth moved to, each of the list', () => {
    const text = '高技术制造业、装备制造业的增速,分别提高到13.4%、11.3%。';
    expect(the(text, '13.4')).toMatchObject({ kind: 'growth', label: '高技术制造业增速', number: 13.4 });
    expect(the(text, '11.3')).toMatchObject({ kind: 'growth', label: '装备制造业增速', number: 11.3 });
    expect(the('2017年高技术制造业的增速,下降到5.1%。', '5.1')).toMatchObject({ kind: 'growth', number: 5.1 });
  });

  it('leave a place moved to a place', () => {
    expect(the('2017年全市规上工业增加值的增速,上升到第2位。', '2')).toMatchObject({ kind: 'rank', period: '2017年' });
  });

  it('are the growth named by a short clause opening the sentence', () => {
    expect(the('工业增速,一直保持在10%以上。', '10')).toMatchObject({ kind: 'growth', label: '工业增速', number: 10 });
  });
});
