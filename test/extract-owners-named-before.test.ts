/**
 * Whose a measure is when its clause does not say (held-out set 21): the industry a clause before names, past a
 * clause on what it does to another ("对全市工业增长拉动作用比较突出", 齐齐哈尔 2013) and through "继续保持良好增长势头"
 * or "快速发展" (包头 2012); a share written "产值已占…" needs that owner too; "与上年同期相比" opening a clause is
 * what the figure is compared with, not its subject.
 */
import { describe, expect, it } from 'vitest';
import { labels, the } from './extract-helpers';

describe('the owner of a measure named clauses before', () => {
  it('is the industry keeping up its growth, not what it pulls (齐齐哈尔 2013)', () => {
    const text = '其中,食品工业继续保持良好增长势头,对全市工业增长拉动作用比较突出,共实现工业增加值17.3亿元,比上年同期增长20.6%。';
    // (工业 written once: 食品工业增加值, not 食品工业工业增加值.)
    expect(labels(text, ['17.3', '20.6'])).toEqual(['食品工业增加值', '食品工业增加值增速']);
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

describe('其 (its) before a bare measure (四平 2011, held-out set 24)', () => {
  it('names the subject before, as the bare measure alone does ("…财政收入完成17.5亿元,…,其总量由全省第八位跃升到第四位")', () => {
    const text = '市本级地方级财政收入完成17.5亿元,增长44.6%,实现两年翻番,其总量由全省第八位跃升到第四位。';
    expect(the(text, '八', { asOf: '2011年' }).label).toContain('市本级地方级财政收入');
    expect(the(text, '四', { asOf: '2011年' }).label).toContain('市本级地方级财政收入');
    expect(the('全市工业增加值完成100亿元,增长10%,其总量居全省第三位。', '三').label).toContain('工业增加值');
  });
});

describe('a span of years alone before the figure (held-out set 24)', () => {
  it('is when, not what: the subject is the one before ("五年跨越3个十亿级台阶,年均增速达到8%", "实现两年翻番")', () => {
    const lingchuan = '预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;规模以上工业增加值增长16%。';
    expect(the(lingchuan, '3', { asOf: '2025年' }).label).toContain('地区生产总值');
    expect(the(lingchuan, '8', { asOf: '2025年' }).label).toContain('地区生产总值');
    const siping = '市本级地方级财政收入完成17.5亿元,增长44.6%,实现两年翻番,其总量由全省第八位跃升到第四位。';
    expect(the(siping, '翻番', { asOf: '2011年' }).label).toContain('市本级地方级财政收入');
  });
});
