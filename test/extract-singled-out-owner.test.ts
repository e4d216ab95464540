/**
 * The owner a clause before a figure names, when the figure's own clause gives only a measure: what 特别是 (尤其是) singles
 * out ("特别是汽车工业在经历了…困境后,…,实现了当月工业增加值13.0%的生产增速": 汽车工业增加值), and an owner named with the
 * same measure and how it fared ("中央企业投资增速较快,完成投资同比增长34.5%": 中央企业投资).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('what 特别是 singles out owns the measure after it', () => {
  // 吉林 2009 上半年 (held-out set 42, jilin-2009-h1-industry).
  const JILIN =
    '年初以来,虽然工业生产增速较往年明显放缓,但与上年末相比,工业生产回暖信号不断增强,特别是汽车工业在经历了自2008年12月份以来持续低迷甚至负增长的困境后,终于在6月份走出低谷,实现了当月工业增加值13.0%的生产增速(按可比价格计算)。';

  it('the industry, its 工业 written once', () => {
    expect(the(JILIN, '13.0').label).toBe('汽车工业增加值增速');
  });

  it('尤其是 alike; a figure in the singled-out clause keeps its own subject', () => {
    expect(the('尤其是纺织业在经历了2012年以来的持续下滑后,终于企稳回升,上半年实现增加值52亿元。', '52').label).toBe('纺织业增加值');
    // 柳林 2024 上半年 (liulin-2024-h1-economy).
    const LIULIN = '分行业看,采矿业增加值占比达96.05%,同比下降15.6%,特别是煤炭开采和洗选业占比为95.56%,同比下降15.4%。';
    expect(the(LIULIN, '95.56').label).toContain('煤炭开采和洗选业');
  });
});

describe('an owner named with the same measure in the clause before', () => {
  // Reported from a drafted deck (#19): the subject 中央企业 was lost.
  it('owns the measure named again', () => {
    expect(the('中央企业投资增速较快,完成投资同比增长34.5%。', '34.5').label).toBe('中央企业投资增速');
  });

  it('the measure of the industry the clause before names stays so', () => {
    // (萧县, 温州 kept: "大力发展农副产品加工业,2011年可实现工业产值138.3亿元".)
    expect(the('大力发展农副产品加工业,2011年可实现工业产值138.3亿元。', '138.3').label).toContain('农副产品加工业');
  });
});
