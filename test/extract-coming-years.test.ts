/**
 * 未来N年 names the years to come after the one written in, a span of targets: what is summed over them (累计) is of
 * the span, what is reached (形成, 实现) of its last year.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 重庆 2012-10 (test/corpus/chongqing-2012-10-industry, written in December 2012).
const CHONGQING_2012 =
  '记者12月13日从重庆市经信委获悉,重庆已确立未来5年推进新型工业化的具体目标任务——形成七大千亿级产业集群和30个百亿级产业集群,累计完成工业投资1.6万亿元,实现销售产值4万亿元。';

describe('the years to come (未来5年)', () => {
  it('are targets: a sum over them is of the span, what they end holding or doing is of the last year', () => {
    const xs = extractFigures(CHONGQING_2012, { asOf: '2012年1-10月' });
    expect(xs.map((x) => [x.value, x.period, x.status])).toEqual([
      ['30', '2017年', 'target'],
      ['1.6', '2013-2017年', 'target'],
      ['4', '2017年', 'target'],
    ]);
  });

  it('as many as they are (未来三年)', () => {
    const xs = extractFigures('未来三年,全市累计完成工业投资3000亿元。', { asOf: '2020年' });
    expect(xs.map((x) => [x.period, x.status])).toEqual([['2021-2023年', 'target']]);
  });
});
