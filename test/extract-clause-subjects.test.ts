/**
 * The subject a clause before names for a figure without one (subjectBetween): an industry only when the clause is
 * about it, its name whole. 广东 2010 ("…在…三大产业上取得实质性突破,总产值达1.11万亿元"): a clause that merely holds 产业
 * names no industry; 山东 2018 ("着力培育新兴产业,前2个月,代表工业发展新方向的高技术制造业,利润同比增幅则达到7.6%"):
 * the industry the clause names is kept whole, not cut after a 发展 inside it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a clause that holds 产业 without naming an industry', () => {
  it('names no subject (广东 2010)', () => {
    const text = '战略性新兴产业在高端新型电子信息、新能源汽车、半导体照明三大产业上取得实质性突破,总产值达1.11万亿元,同比增长19.5%。';
    for (const v of ['1.11', '19.5']) expect(the(text, v, { asOf: '2010年' }).label, v).not.toContain('实质性');
    expect(the(text, '1.11', { asOf: '2010年' }).label).toBe('总产值');
  });
});

describe('an industry named with 发展 inside its name', () => {
  it('is kept whole (山东 2018, 1-2月)', () => {
    const text =
      '而山东正在推进的新旧动能转换重大工程,着力培育新兴产业,前2个月,代表工业发展新方向的高技术制造业,利润同比增幅则达到7.6%,占规模以上工业利润总额的比重超过10%。';
    expect(the(text, '7.6', { asOf: '2018年2月' }).label).toBe('代表工业发展新方向的高技术制造业利润增速');
  });
});

describe('a clause between whose subject is a property (增长率)', () => {
  it('names no subject: a share after it is of the measure before', () => {
    const text = '全市工业增加值增长8%，增长率居全省前列，占GDP比重为35%。';
    expect(the(text, '35').label).toBe('工业增加值占GDP比重');
  });
});

describe('a clause with 看 inside it (看好)', () => {
  it('still names its industry; only a clause ending with 看 (分行业看) names none', () => {
    const text = '全市工业增加值增长8%，新能源汽车产业前景看好，产值增长15%。';
    expect(the(text, '15').label).toMatch(/^新能源汽车产业/u);
    expect(the('全市工业增加值增长8%，分行业看，产值增长15%。', '15').label).toBe('产值增速');
  });
});
