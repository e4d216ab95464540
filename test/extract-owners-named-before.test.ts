/**
 * Whose a measure is when its clause does not say (held-out set 21): the industry a clause before names, past a
 * clause on what it does to another ("对全市工业增长拉动作用比较突出", 齐齐哈尔 2013) and through "继续保持良好增长势头"
 * or "快速发展" (包头 2012); a share written "产值已占…" needs that owner too; "与上年同期相比" opening a clause is
 * what the figure is compared with, not its subject.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('the owner of a measure named clauses before', () => {
  it('is the industry keeping up its growth, not what it pulls (齐齐哈尔 2013)', () => {
    const text = '其中,食品工业继续保持良好增长势头,对全市工业增长拉动作用比较突出,共实现工业增加值17.3亿元,比上年同期增长20.6%。';
    expect(labels(text, ['17.3', '20.6'])).toEqual(['食品工业工业增加值', '食品工业工业增加值增速']);
  });

  it('is the industries growing fast before a share of their output (包头 2012)', () => {
    const text = '煤化工、风力发电等战略性新兴产业快速发展,产值已占规模以上工业的11.7%。';
    expect(labels(text, ['11.7'])[0]).toContain('战略性新兴产业产值');
  });

  it('is not cut out of a list of funds by an industry word inside it (重庆 2015, the seed report)', () => {
    const text = '设立工业振兴专项资金、民营经济发展专项资金，累计安排32.2亿元，支持项目6023个。';
    expect(labels(text, ['32.2'])).toEqual(['工业振兴专项资金、民营经济发展专项资金']);
  });

  it('is the subject before when the clause opens with what it is compared with (齐齐哈尔 2013)', () => {
    const text = '一季度装备工业实现工业增加值10.25亿元,占全市工业比重的23.1%,与上年同期相比下降23.3%。';
    expect(labels(text, ['23.3'])[0]).toMatch(/^装备工业/u);
    expect(labels('全市工业用电量12.5亿千瓦时,同去年相比增长4.2%。', ['4.2'])[0]).toMatch(/^全市工业用电量|^工业用电量/u);
  });
});
