/**
 * "五年来,…中心城区建成区面161.5平方公里、城镇化59.5%,分别比2006年增加81.5平方公里和11.5个百分点" (泉州 2011, held-out
 * set 14): a change since the year before a span is of the span's last year, written 比 or 较, 增加 or 净增.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf?: string) => extractFigures(text, asOf ? { asOf } : {}).map((f) => [f.value, f.period]);

describe('a change since the year before a span', () => {
  it.each(['比', '较'])('is of the span’s last year, written %s2006年', (word) => {
    const text = `五年来,中心城区建成区面积161.5平方公里、城镇化率59.5%,分别${word}2006年增加81.5平方公里和11.5个百分点。`;
    expect(periods(text, '2011年')).toEqual([
      ['161.5', '2011年'],
      ['59.5', '2011年'],
      ['81.5', '2011年'],
      ['11.5', '2011年'],
    ]);
  });

  it('is of the span’s last year, written 净增', () => {
    expect(periods('2006-2010年,全市生产总值比2005年净增1000亿元。')).toEqual([['1000', '2010年']]);
  });
});
