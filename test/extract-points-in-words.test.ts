/**
 * Points written in Chinese numerals (包头 2012 政府工作报告, held-out set 21): "比2007年提高近十个百分点" is a change of
 * ten points, 近 kept; "回落两个百分点" a fall of two. 第十, 十几 and numerals glued to digits are not such figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('points in Chinese numerals', () => {
  it('are a change with their qualifier (包头 2012)', () => {
    const f = the('装备制造业增加值占规模以上工业的比重达到22%,比2007年提高近十个百分点。', '十', { asOf: '2012年' });
    expect([f.number, f.unit, f.kind, f.qualifier]).toEqual([10, '个百分点', 'change', '近']);
  });

  it('fall with the verb before them, and read numerals of two characters', () => {
    expect(the('工业增速比上年回落两个百分点。', '两').number).toBe(-2);
    expect(the('工业增速比上年提高十一个百分点。', '十一').number).toBe(11);
  });

  it('are not read from an ordinal or an approximate count', () => {
    const text = '这是第十个百分点的提升。增速高出十几个百分点。';
    expect(extractFigures(text).filter((f) => f.unit === '个百分点')).toEqual([]);
  });
});
